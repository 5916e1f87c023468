// The portfolio of initiatives (issue 12, section 4): reached from the organisation's navigation; the
// filter form is a GET form (a refused value shows the reason on the field, with 422); the chart, when
// there is one, is an image with its text alternative and the table of the same figures; the exports keep
// the filter. axe on every state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, signIn, submitWith, visit } from '../harness.mjs';

test('the portfolio: navigation, filters, a refused filter, the chart and its table', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;

    await submitWith(page, () => page.click(`nav a[href="${org}/portfolio"]`));
    await checkPage(page, { reflow: true });
    assert.equal(await page.textContent('h1'), 'Portefølje af initiativer');
    assert.match(await page.textContent('.portfolio-counts'), /initiativer vises/);

    // The chart is an image with a title and a description, described by the table that follows it.
    if (await page.$('figure.portfolio-figure')) {
      assert.equal(await page.getAttribute('figure.portfolio-figure svg', 'role'), 'img');
      assert.equal(await page.getAttribute('figure.portfolio-figure', 'aria-describedby'), 'portfolio-table-caption');
      const points = await page.$$eval('figure.portfolio-figure g.portfolio-point title', (ts) => ts.length);
      assert.ok(points > 0, 'a chart without points');
    }

    // A filter through the form: the address carries it, and so do the export links.
    await page.selectOption('#f-phase', 'pilot');
    await page.check('#f-open');
    await submitWith(page, () => page.click('form[action$="/portfolio"] button[type="submit"]'));
    await checkPage(page);
    assert.match(page.url(), /phase=pilot/);
    assert.match(page.url(), /open=1/);
    assert.match(await page.getAttribute('a[href*="/portfolio.csv"]', 'href'), /phase=pilot&open=1/);

    // A value no form offers is refused with the reason, on the field.
    await visit(page, `${org}/portfolio?phase=done`, { status: 422 });
    assert.match(await page.textContent('#filter-error'), /»Fase«/);
    assert.equal(await page.getAttribute('#f-phase', 'aria-invalid'), 'true');
  } finally {
    await ctx.close();
  }
});
