// The peer benchmark (issue 15): on the first closed round's page the section "Del med netværk" lists
// Demo Kommune's network; the owner shares the round and withdraws it again; the network's benchmark
// page shows Demo Kommune against its five peers (table, box plots, own position), in Danish and English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, signIn, submitWith, visit } from '../harness.mjs';

test('share a closed round with the network, read the peer benchmark, withdraw the round', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;

    // The older closed round: the demo shared only the latest one.
    await visit(page, `${org}/rounds`);
    const hrefs = await page.$$eval('main a[href^="/rounds/"]', (as) =>
      [...new Set(as.map((a) => a.getAttribute('href')).filter((h) => /^\/rounds\/\d+$/.test(h)))]);
    assert.ok(hrefs.length >= 2, 'the demo has fewer than two rounds');
    const first = hrefs.map((h) => Number(h.split('/')[2])).sort((a, b) => a - b)[0];
    await visit(page, `/rounds/${first}`, { reflow: true });
    assert.match(await page.textContent('#share-heading'), /Del med netværk/);
    assert.match(await page.textContent('#share'), /Aldrig en enkelt besvarelse/);
    await submitWith(page, () => page.click('#share form[action$="/contribute"] button[type="submit"]'));
    await checkPage(page);
    assert.match(await page.textContent('#share'), /Delt/);

    // The benchmark page, from the section's link.
    const benchmark = await page.getAttribute('#share a[href$="/benchmark"]', 'href');
    assert.ok(benchmark, 'no link to the benchmark');
    await visit(page, benchmark, { reflow: true });
    assert.match(await page.textContent('#benchmark-organisations'), /5 andre organisationer/);
    assert.equal(await page.locator('#benchmark-table tbody tr').count(), 10);
    assert.equal(await page.locator('svg[role="img"]').count(), 2);
    await submitWith(page, () => page.click('footer button[name="lang"][value="en"]'));
    await checkPage(page, { reflow: true });
    assert.match(await page.textContent('#benchmark-organisations'), /5 other organisations/);
    await submitWith(page, () => page.click('footer button[name="lang"][value="da"]'));

    // Withdrawn again.
    await visit(page, `/rounds/${first}`);
    await submitWith(page, () => page.click('#share form[action$="/withdraw-contribution"] button[type="submit"]'));
    await checkPage(page);
    assert.match(await page.textContent('#share'), /Ikke delt/);
  } finally {
    await ctx.close();
  }
});
