// The director's status page: the next meeting, what is overdue (with links that lead to the step), the
// latest closed round per question with top management's position, the latest decisions not to pursue;
// checked with axe, at 320 px, and in English. Then the report of choices and decisions not to pursue from
// the navigation, with links to the decisions and the latest score. Self-contained on the demo database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, signIn, visit } from '../harness.mjs';

test('the overview says where we stand and what is due', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    await visit(page, org, { reflow: true });
    const main = await page.textContent('main');
    assert.match(main, /Næste møde/);
    assert.match(main, /Forfaldent/);
    assert.match(main, /Topledelsen har taget klar stilling til \d+ af \d+/);
    assert.match(main, /Seneste fravalg/);
    assert.equal(await page.locator('table.overview-table tbody tr').count(), 10, 'one line per question');

    // The overdue step's link leads to the step on its goal's page.
    const overdue = page.locator('.overview-overdue a[href*="#step-"]').first();
    const href = await overdue.getAttribute('href');
    assert.ok(href, 'no overdue step linked');
    await Promise.all([page.waitForNavigation(), overdue.click()]);
    assert.ok(page.url().includes('#step-'), `the overdue link went to ${page.url()}`);

    // The latest round's link leads to its results.
    await visit(page, org);
    const results = await page.locator('#ov-round ~ p a[href$="/results"], section[aria-labelledby="ov-round"] a[href$="/results"]').first().getAttribute('href');
    assert.match(results, /^\/rounds\/\d+\/results$/);

    // The report of choices and decisions not to pursue is in the navigation.
    await page.click(`nav a[href="${org}/account"]`);
    await page.waitForURL(`**${org}/account`);
    await visit(page, `${org}/account`);
    assert.match(await page.textContent('h1'), /Redegørelse for valg og fravalg/);
    assert.ok(await page.locator(`main a[href^="${org}/decisions/"]`).count() > 0, 'no item links to its decision');
    assert.match(await page.textContent('main'), /Seneste score: \d,\d\d/);
  } finally {
    await ctx.close();
  }
});

test('the overview in English at phone width', async () => {
  const ctx = await newContext({ viewport: { width: 375, height: 800 } });
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    await page.click('footer button[value="en"]');
    await page.waitForLoadState('load');
    await visit(page, org, { reflow: true });
    const main = await page.textContent('main');
    assert.match(main, /Latest decisions not to pursue/);
    assert.match(main, /Top management has taken a clear position on \d+ of \d+/);
    assert.match(main, /closed \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
    // Back to Danish for the flows after this one.
    await page.click('footer button[value="da"]');
    await page.waitForLoadState('load');
  } finally {
    await ctx.close();
  }
});
