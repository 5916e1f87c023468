// The technology radar (issue 17): reached from the organisation's navigation; the chart is an image with
// its text alternative and the table of the same entries; an entry is added through the form (a refused
// name shows the reason and keeps the input), an earlier edition is read-only history, two editions side
// by side on the compare page, and a refused import names the row and the reason. axe on every page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, signIn, submitWith, visit } from '../harness.mjs';

test('the radar: navigation, chart and table, an entry, history, compare, a refused import', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;

    await submitWith(page, () => page.click(`nav a[href="${org}/radar"]`));
    await checkPage(page, { reflow: true });
    assert.match(await page.textContent('h1'), /Teknologiradar/);
    assert.equal(await page.getAttribute('figure.radar-chart svg', 'role'), 'img');
    const blips = await page.$$eval('figure.radar-chart g.radar-blip title', (ts) => ts.length);
    const rows = await page.$$eval('#radar-table tbody tr', (rs) => rs.length);
    assert.ok(blips > 0, 'a chart without blips');
    assert.equal(blips, rows, 'the chart and the table show the same entries');

    // A new entry: a name with markup is refused with the reason, the input kept; then saved.
    await submitWith(page, () => page.click(`a[href="${org}/radar/entries/new"]`));
    await checkPage(page);
    await page.fill('#name', 'Vektordatabaser <beta>');
    await page.check('input[name="ring"][value="assess"]');
    await page.fill('#prerequisite_name_1', 'Borgerdata');
    const refused = await submitWith(page, () => page.click('form[action$="/radar/entries"] button[type="submit"]'));
    assert.equal(refused.status, 422);
    await checkPage(page, { errorStatus: 422 });
    assert.match(await page.textContent('#form-error'), /< eller >/);
    assert.equal(await page.inputValue('#prerequisite_name_1'), 'Borgerdata');
    await page.fill('#name', 'Vektordatabaser');
    await submitWith(page, () => page.click('form[action$="/radar/entries"] button[type="submit"]'));
    await checkPage(page);
    assert.match(await page.textContent('#radar-table'), /Vektordatabaser/);

    // The entry's edit form, with its delete form.
    await submitWith(page, () => page.click('#radar-table a:text("Vektordatabaser")'));
    await checkPage(page);

    // An earlier edition: read-only history.
    await visit(page, `${org}/radar`);
    const earlier = await page.$$eval('#radar-editions a', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(earlier.length > 0, 'the demo has an earlier edition');
    await visit(page, earlier[0]);
    assert.match(await page.textContent('main'), /tidligere udgave/);

    // Two editions side by side.
    await visit(page, `${org}/radar/compare`, { reflow: true });
    assert.equal(await page.$$eval('figure.radar-chart svg', (s) => s.length), 2);

    // A refused import names the row and the reason.
    await visit(page, `${org}/radar/import`);
    await page.fill('#import-text', 'name,ring,quadrant,isNew,description\nA,adopt,q1,TRUE,d\nB,explore,q2,FALSE,d\n');
    const bad = await submitWith(page, () => page.click('form[action$="/radar/import"] button[type="submit"]'));
    assert.equal(bad.status, 422);
    await checkPage(page, { errorStatus: 422 });
    assert.match(await page.textContent('#import-error'), /Række 3/);

    // The holds are among the deliberate non-choices in the register.
    await visit(page, `${org}/decisions`);
    assert.match(await page.textContent('#radar-holds'), /radar: i bero/);
  } finally {
    await ctx.close();
  }
});
