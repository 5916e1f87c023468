// The meeting history: the next meeting lists what happened since the last one and links to earlier
// meetings; each held meeting shows its agenda as sent, minutes, decisions and follow-ups with owner and
// date. The minutes form names the meeting it records.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, signIn, submitWith, visit } from '../harness.mjs';

test('read the meeting history and a held meeting', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    await visit(page, `${org}/meetings`);
    const series = await page.$$eval('main li.card h2 a', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(series.length >= 1, 'the demo has no meeting series');
    await visit(page, series[0], { reflow: true });
    assert.match(await page.textContent('#since'), /Siden sidste møde/);
    assert.match(await page.textContent('main form[action$="/minutes"]'), /Referatet gælder mødet den/);

    await submitWith(page, () => page.click(`a[href="${series[0]}/history"]`));
    await checkPage(page, { reflow: true });
    const held = await page.$$eval('main table tbody tr td a', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(held.length >= 3, 'the demo has fewer than three held meetings');

    await submitWith(page, () => page.click(`a[href="${held[0]}"]`));
    await checkPage(page, { reflow: true });
    const main = await page.textContent('main');
    assert.match(main, /Dagsordenspunktet, som det blev sendt/);
    assert.match(main, /Målingen er lukket/, 'the minutes are not shown');
    const followUps = await page.textContent('#follow-ups + .table-scroll table');
    assert.match(followUps, /\d{2}-\d{2}-\d{4}/, 'a follow-up has no date (Danish table style, 03-12-2026)');

    // Another organisation's or a made-up meeting id is not found.
    await visit(page, `${series[0]}/held/999999`, { status: 404 });
  } finally {
    await ctx.close();
  }
});
