// The change log in plain language: no raw action codes or role codes, times in Danish time, objects
// linked, filtered by kind and person, paged with links that keep the filter; a bad filter is refused
// with a message. Self-contained on the demo database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, signIn, visit } from '../harness.mjs';

test('the change log reads as sentences and filters', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    await visit(page, `${org}/audit`);
    assert.match(await page.textContent('h1'), /Ændringslog/);
    const table = await page.textContent('main table');
    assert.doesNotMatch(table, /\b(decision|round|step|member|session)\.[a-z_]+\b/, 'a raw action code is shown');
    assert.doesNotMatch(table, /\b(deselected|leader|coordinator|viewer)\b/, 'a raw code is shown');
    assert.match(table, /\d\d-\d\d-\d{4} \d\d:\d\d/, 'times are not in the Danish table format');

    // Filter by kind: decisions only, every row with a link to its decision.
    await page.selectOption('#audit-kind', 'decision');
    await Promise.all([page.waitForNavigation(), page.click('form.filter-form button[type=submit]')]);
    assert.match(page.url(), /kind=decision/);
    await visit(page, new URL(page.url()).pathname + new URL(page.url()).search);
    assert.match(await page.textContent('main table'), /fravalgte|besluttede|udskød|rettede/);
    assert.ok(await page.locator(`main table a[href^="${org}/decisions/"]`).count() > 0, 'no decision linked');

    // Paging keeps the filter.
    const next = page.locator('nav.pager a[rel=next]');
    if (await next.count() > 0) {
      assert.match(await next.getAttribute('href'), /kind=decision&page=2/);
      await Promise.all([page.waitForNavigation(), next.click()]);
      await visit(page, new URL(page.url()).pathname + new URL(page.url()).search);
      assert.match(await page.getAttribute('nav.pager a[rel=prev]', 'href'), /kind=decision&page=1/);
    }

    // A bad filter is refused with a message.
    const res = await page.goto(`${org}/audit?from=2026-13-40`);
    assert.equal(res.status(), 400);
    assert.match(await page.textContent('main'), /ikke gyldig/);
  } finally {
    await ctx.close();
  }
});
