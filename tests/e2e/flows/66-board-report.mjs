// Issue 11: the results page links to the board report and has a small form for its period; the form is
// checked with axe and at 320 px, and submitting it downloads the PDF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, signIn, visit } from '../harness.mjs';

test('the board report is downloaded from the results page for a chosen period', async () => {
  const ctx = await newContext({ acceptDownloads: true });
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    await visit(page, `${org}/rounds`);
    const results = await page.$$eval('main a[href$="/results"]', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(results.length > 0, 'the demo has a closed round');
    await visit(page, results[0], { reflow: true });

    const round = results[0].split('/')[2];
    const link = page.locator(`main a[href="/rounds/${round}/report.pdf"]`);
    assert.equal(await link.textContent(), 'Hent bestyrelsesrapporten (PDF)');
    const form = page.locator('form.board-report-form');
    assert.match(await form.locator('legend').textContent(), /Bestyrelsesrapport for en periode/);
    await page.fill('#br-from', '2025-01-01');
    await page.fill('#br-to', '2026-12-31');
    const [download] = await Promise.all([page.waitForEvent('download'), form.locator('button').click()]);
    assert.equal(download.suggestedFilename(), `forkant-bestyrelsesrapport-${round}.pdf`);
    assert.match(download.url(), /report\.pdf\?from=2025-01-01&to=2026-12-31$/);
  } finally {
    await ctx.close();
  }
});
