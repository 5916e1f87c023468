// Issue 11: the results page links to the round's workbook beside the CSV export; the link downloads an
// .xlsx (a zip) with a plain file name. The workbook's content is checked by tests/integration/
// xlsx_export_test.cpp; here, that a person finds and gets it from the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { newContext, signIn, visit } from '../harness.mjs';

test('the results page downloads the workbook', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    await visit(page, `${org}/rounds`);
    // The demo's closed rounds are called "Ledelsens status ..." (as in 62-results-leadership.mjs).
    const href = await page.$$eval('main tbody tr', (rows) => rows
      .filter((r) => r.textContent.includes('Ledelsens status'))
      .map((r) => r.querySelector('a[href$="/results"]')?.getAttribute('href')).find((h) => h));
    await visit(page, href);
    const link = page.locator('a[href$="/report.xlsx"]');
    assert.match(await link.textContent(), /regneark \(XLSX\)/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.match(download.suggestedFilename(), /^forkant-round-\d+-report\.xlsx$/);
    const bytes = fs.readFileSync(await download.path());
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an .xlsx is a zip');
  } finally {
    await ctx.close();
  }
});
