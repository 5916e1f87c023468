// Personal API tokens from the header link: create one with a name and a lifetime (shown once), see it
// listed, revoke it; every page state checked with axe and at 320 CSS px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, signIn, submitWith } from '../harness.mjs';

test('create, list and revoke a personal API token', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    await submitWith(page, () => page.click('header a[href="/tokens"]'));
    await checkPage(page, { reflow: true });
    await page.fill('#token-name', 'E2E-nøgle');
    await page.fill('#token-days', '30');
    const created = await submitWith(page, () => page.press('#token-days', 'Enter'));
    assert.equal(created.status, 201, "the token is shown on the answer itself, never after a redirect");
    await checkPage(page, { reflow: true });
    const token = (await page.textContent('#new-token')).trim();
    assert.ok(token.length >= 40, `a token of ${token.length} characters`);
    const row = page.locator('table.data tbody tr', { hasText: 'E2E-nøgle' });
    assert.equal(await row.count(), 1);
    await submitWith(page, () => row.locator('button[type="submit"]').click());
    await checkPage(page, { reflow: true });
    assert.match(await page.textContent('[role="status"]'), /tilbagekaldt/i);
    assert.equal(await page.locator('table.data tbody tr', { hasText: 'E2E-nøgle' }).count(), 0);
  } finally {
    await ctx.close();
  }
});
