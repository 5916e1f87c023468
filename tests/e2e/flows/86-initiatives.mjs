// The initiative register: the list, a new initiative through the form (a refused attempt first, which
// names the list and the row and keeps what was typed), its page with every field by question, an edit,
// a phase change with its reason, a measured benefit, and a stop recorded among the deliberate
// non-choices. Axe on the list, the new form, the page and the edit form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, signIn, submitWith, visit } from '../harness.mjs';

const TITLE = 'AI-støttet visitation til hjemmehjælp';

test('record an initiative, edit it, move it and measure a benefit', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    await visit(page, `${org}/initiatives`, { reflow: true });
    assert.match(await page.textContent('main table'), /Lønrobot/, 'the demo initiatives are not listed');
    await submitWith(page, () => page.click(`a[href="${org}/initiatives/new"]`));
    await checkPage(page, { reflow: true });

    // Weights that do not add up to 100: refused, the input kept.
    await page.fill('#title', TITLE);
    await page.selectOption('#purpose_1', 'p.citizens');
    await page.fill('#purpose_weight_1', '60');
    await page.selectOption('#purpose_2', 'p.efficiency');
    await page.fill('#purpose_weight_2', '30');
    await page.check('input[name="technologies"][value="machine_learning"]');
    await page.fill('#source_system_1', 'Cura');
    await page.selectOption('#source_quality_1', 'poor');
    await page.fill('#partner_name_1', 'Syddansk Universitet');
    await page.selectOption('#partner_kind_1', 'university');
    await page.fill('#standard_1', 'MitID');
    await page.fill('#benefit_title_1', 'Tid pr. visitation');
    await page.fill('#benefit_unit_1', 'minutter');
    await page.fill('#benefit_baseline_1', '45');
    await page.fill('#benefit_target_1', '30,5');
    const refused = await submitWith(page, () => page.click('form.card button[type="submit"]'));
    assert.equal(refused.status, 422, 'weights adding up to 90 were not refused with 422');
    await checkPage(page);
    assert.match(await page.textContent('[role="alert"]'), /90 %/);
    assert.equal(await page.inputValue('#title'), TITLE, 'the title was lost on the refused form');
    assert.equal(await page.inputValue('#benefit_target_1'), '30,5', 'the benefit was lost on the refused form');

    await page.fill('#purpose_weight_2', '40');
    await submitWith(page, () => page.click('form.card button[type="submit"]'));
    const detail = new URL(page.url()).pathname;
    assert.match(detail, /\/initiatives\/\d+$/, `saving led to ${page.url()}`);
    await checkPage(page, { reflow: true });
    const shown = await page.textContent('main');
    assert.match(shown, /Syddansk Universitet/);
    assert.match(shown, /Dårlig/, 'the data quality per source is not shown');

    // An edit: version 2 in the history.
    await submitWith(page, () => page.click(`a[href="${detail}/edit"]`));
    await checkPage(page, { reflow: true });
    await page.fill('#asked_by', 'Visitatorerne');
    await submitWith(page, () => page.click('form.card button[type="submit"]'));
    assert.equal(new URL(page.url()).pathname, detail);
    await checkPage(page);
    assert.match(await page.textContent('main'), /Visitatorerne/);

    // A phase change with its reason, and a measurement.
    await page.selectOption('#phase-to', 'analysis');
    await page.fill('#phase-reason', 'Behovet er bekræftet');
    await submitWith(page, () => page.click(`form[action="${detail}/phase"] button`));
    await checkPage(page);
    assert.match(await page.textContent('#phases'), /Behovet er bekræftet/);
    await page.fill('#measure-value', '41,5');
    await submitWith(page, () => page.click(`form[action="${detail}/measurements"] button`));
    await checkPage(page);
    assert.match(await page.textContent('main'), /41,5/);

    // Stopping without a reason is refused on the page; with one it becomes a deliberate non-choice.
    await page.selectOption('#phase-to', 'stopped');
    const noReason = await submitWith(page, () => page.click(`form[action="${detail}/phase"] button`));
    assert.equal(noReason.status, 422);
    await checkPage(page);
    await page.selectOption('#phase-to', 'stopped');
    await page.fill('#phase-reason', 'Datakvaliteten i Cura er for dårlig til et godt forslag.');
    await submitWith(page, () => page.click(`form[action="${detail}/phase"] button`));
    await checkPage(page);
    await visit(page, `${org}/decisions?kind=deselected`);
    assert.match(await page.textContent('main table'), new RegExp(`Stoppet: ${TITLE}`));
  } finally {
    await ctx.close();
  }
});
