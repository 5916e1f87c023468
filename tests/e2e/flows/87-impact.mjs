// Impact assessments: the questionnaire library imports Canada's AIA as a file upload; the routing
// page is a form of selects, saved and reset; an initiative's page starts a screening, which is answered
// page by page without JavaScript (the first choice of every question), reviewed and completed; the
// result shows the forum and the obligations; an AIA page shows its English texts marked lang="en".
// axe runs on every page (checkPage).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPage, newContext, signIn, submitWith, visit } from '../harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const AIA = path.resolve(here, '../../../../shared/data/aia/survey-enfr.json');

test('import the AIA, edit the routing, screen an initiative and read the result', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;

    await visit(page, `${org}/assessments/questionnaires`);
    await page.setInputFiles('#import-file', AIA);
    await page.fill('#import-version', `e2e-${Date.now()}`);
    await submitWith(page, () => page.click('main form[enctype] button[type="submit"]'));
    await checkPage(page, { reflow: true });
    assert.match(await page.textContent('main [role="status"]'), /importeret/);

    await visit(page, `${org}/assessments/routing`);
    await page.selectOption('main form select >> nth=0', 'kommunalbestyrelsen');
    await submitWith(page, () => page.click('main form button.primary'));
    await checkPage(page, { reflow: true });
    assert.match(await page.textContent('main [role="status"]'), /gemt/);
    await submitWith(page, () => page.click('main form[action$="/reset"] button'));
    await checkPage(page);

    await visit(page, `${org}/initiatives`);
    const initiative = await page.getAttribute('main a[href*="/initiatives/"]:not([href$="/new"])', 'href');
    await visit(page, initiative);
    await submitWith(page, () => page.click('main form input[value="screening"] ~ button'));
    await checkPage(page, { reflow: true });
    for (let n = 0; n < 30 && /\/pages\/\d+/.test(page.url()); n++) {
      for (const group of await page.$$('main fieldset.impact-question')) {
        const first = await group.$('input[type="radio"], input[type="checkbox"]');
        if (first) await first.check();
      }
      await submitWith(page, () => page.click('main form button.primary'));
      await checkPage(page, { reflow: true });
    }
    assert.match(new URL(page.url()).pathname, /\/review$/);
    await submitWith(page, () => page.click('main form[action$="/complete"] button'));
    await checkPage(page, { reflow: true });
    assert.match(await page.textContent('main'), /Vurderingen er afsluttet/);
    assert.ok(await page.$('#obligations'), 'the result has no obligations section');

    await visit(page, initiative);
    await submitWith(page, () => page.click('main form input[value="aia"] ~ button'));
    await checkPage(page, { reflow: true });
    assert.ok(await page.$('main [lang="en"]'), 'the AIA page marks no English text');
    await visit(page, new URL(page.url()).pathname.replace(/\/pages\/\d+$/, ''));
  } finally {
    await ctx.close();
  }
});
