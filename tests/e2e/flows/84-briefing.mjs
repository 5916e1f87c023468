// The political briefing: the organisation overview links to it; the draft page has a labelled text
// field per section with its hint and a written-out character count; saving keeps the text; an oversize
// section is refused with the message and the text kept; freezing leads to the frozen version's page,
// which links to its PDF. The demo has one frozen version already.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, signIn, submitWith, visit } from '../harness.mjs';

test('edit, save and freeze the political briefing, and read a frozen version', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    await visit(page, org);
    await submitWith(page, () => page.click(`main a[href="${org}/briefing"]`));
    await checkPage(page, { reflow: true });
    for (const name of ['proposals', 'not_doing', 'asks', 'noticed', 'benefits']) {
      const label = await page.textContent(`label[for="briefing-${name}"]`);
      assert.ok(label.trim().length > 0, `no label for ${name}`);
      assert.match(await page.textContent(`#briefing-${name}-count`), /af højst 600 tegn/);
    }
    const versionsBefore = await page.$$eval('main table tbody tr', (rows) => rows.length);
    assert.ok(versionsBefore >= 1, 'the demo has no frozen briefing');

    await page.fill('#briefing-asks', 'Godkend budgettet for den digitale indgang – æøå.');
    await submitWith(page, () => page.click('main form button:not([formaction])'));
    await checkPage(page, { reflow: true });
    assert.match(await page.textContent('main [role="status"]'), /Kladden er gemt/);
    assert.equal(await page.inputValue('#briefing-asks'), 'Godkend budgettet for den digitale indgang – æøå.');

    await page.fill('#briefing-benefits', 'x'.repeat(601));
    await submitWith(page, () => page.click('main form button:not([formaction])'));
    await checkPage(page, { reflow: true });
    assert.match(await page.textContent('main [role="alert"]'), /er for langt: 601 tegn/);
    assert.equal((await page.inputValue('#briefing-benefits')).length, 601, 'the typed text was lost');

    await page.fill('#briefing-benefits', 'Halvdelen af henvendelserne klares digitalt inden for to år.');
    await submitWith(page, () => page.click('main form button[formaction]'));
    await checkPage(page, { reflow: true });
    assert.match(new URL(page.url()).pathname, /\/briefing\/versions\/\d+$/);
    const main = await page.textContent('main');
    assert.match(main, /Godkend budgettet for den digitale indgang – æøå\./);
    assert.match(main, /Frosset af/);
    const pdf = await page.getAttribute('main a[href$=".pdf"]', 'href');
    const res = await ctx.request.get(new URL(pdf, page.url()).toString());
    assert.equal(res.status(), 200);
    assert.equal(res.headers()['content-type'], 'application/pdf');

    await visit(page, `${org}/briefing`);
    const versionsAfter = await page.$$eval('main table tbody tr', (rows) => rows.length);
    assert.equal(versionsAfter, versionsBefore + 1);
    await visit(page, `${org}/briefing/versions/999999`, { status: 404 });
  } finally {
    await ctx.close();
  }
});
