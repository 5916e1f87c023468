// Issue 10: the results lead with top management (position share, disagreement, priorities), the whole
// round's figures follow labelled "Alle svar", the perception gaps are a section of their own, the group
// comparison marks large gaps by a symbol with a legend, and a meeting's drafted item carries the
// findings of a round closed since the last meeting, each linking to its section of the results page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, signIn, submitWith, visit } from '../harness.mjs';

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

test('the results lead with top management and the agenda carries the findings', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;

    // The demo's latest round (closed 15 days ago): its results, checked with axe and at 320 px.
    await visit(page, `${org}/rounds`);
    const demo = await page.$$eval('main tbody tr', (rows) =>
      rows.filter((r) => r.textContent.includes('Ledelsens status'))
        .map((r) => ({ title: r.querySelector('th a').textContent.trim(),
          href: r.querySelector('a[href$="/results"]')?.getAttribute('href') })).filter((r) => r.href));
    assert.ok(demo.length >= 2, 'the demo has two closed rounds');
    const results = demo.map((r) => r.href);
    await visit(page, results[0], { reflow: true });

    const main = await page.textContent('main');
    assert.match(main, /Topledelsen \(Direktion\)/);
    assert.match(main, /Topledelsen har taget klar stilling til \d+ af 10 spørgsmål/);
    assert.match(main, /Uenighed i topledelsen/);
    assert.match(main, /Alle svar under ét/);
    const order = await page.$$eval('#leadership, #whole-heading, #groups, #gaps', (els) => els.map((e) => e.id));
    assert.deepEqual(order, ['leadership', 'whole-heading', 'groups', 'gaps'], 'top management leads the page');

    // Perception gaps: largest first, each with sign and words.
    const gaps = await page.$$eval('table.gaps-table tbody tr', (rows) =>
      rows.map((r) => r.querySelector('td:last-child').textContent.trim()));
    assert.ok(gaps.length >= 3, `expected perception gaps, got ${gaps.length}`);
    const size = (text) => Math.abs(parseFloat(text.replace('\u2212', '-').replace(',', '.')));
    for (let i = 1; i < gaps.length; i++) assert.ok(size(gaps[i - 1]) >= size(gaps[i]), `gaps out of order: ${gaps}`);
    assert.match(gaps[0], /(højere|lavere)/);
    // Large gaps in the comparison table are marked by a symbol explained in a legend, not by colour alone.
    assert.ok((await page.$$('table.groups-table .gap-marker')).length > 0, 'no marked gap');
    assert.match(await page.textContent('p.legend'), /mindst 0,5 point/);
    // The chart legend explains the terms, and the radar's legend names both rounds in full.
    assert.match(await page.textContent('dl.chart-legend'), /På forkant \/ på bagkant/);
    assert.match(await page.textContent('dl.chart-legend'), /Prioritet/);
    const radar = await page.textContent('figure.radar-figure svg');
    assert.ok(radar.includes(demo[0].title) && radar.includes(demo[1].title),
      `the radar's legend does not name both rounds in full: ${radar}`);
    assert.ok(!radar.includes('\u2026'), 'a label is cut with an ellipsis');

    // A meeting series whose window reaches back past the round's closing: its draft carries the findings.
    await visit(page, `${org}/meetings`);
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    await page.fill('#series-title', 'Ledelsesmøde om resultaterne');
    await page.selectOption('#series-cadence', 'every_n_weeks');
    await page.fill('#series-weeks', '4');
    await page.fill('#series-first', isoDay(tomorrow));
    await submitWith(page, () => page.click('form[action$="/meetings"] button[type="submit"]'));
    await checkPage(page, { reflow: true });
    const findings = await page.$$eval('ul.findings a', (as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
    assert.ok(findings.length >= 3, `expected findings on the agenda, got ${JSON.stringify(findings)}`);
    assert.ok(findings.some((f) => /højeste prioriteter/.test(f.text)), 'no priorities among the findings');
    assert.ok(findings.some((f) => f.href.endsWith('#gaps')), 'no perception gap among the findings');
    // Each link lands on its section of the results page.
    for (const f of findings.slice(0, 3)) {
      const [path, anchor] = f.href.split('#');
      await visit(page, path);
      assert.ok(await page.$(`#${anchor}`), `the results page has no #${anchor}`);
    }
  } finally {
    await ctx.close();
  }
});
