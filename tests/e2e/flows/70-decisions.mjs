// The decision register: record a deliberate non-choice with the form (after a refused attempt that
// keeps what was typed), edit it so that the first version stays in its history, add a follow-up
// note, find it with the filters and in the account for politicians; then evaluate a small step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, signIn, submitWith, visit } from '../harness.mjs';

const TITLE = 'Vi bygger ikke vores egen chatbot';
const RATIONALE = 'Fællesoffentlige løsninger dækker behovet.\n\nVi bruger kræfterne på datagrundlaget først.';

test('record a deselected decision, correct it, follow it up and find it again', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    await visit(page, `${org}/decisions`, { reflow: true });
    await submitWith(page, () => page.click(`a[href="${org}/decisions/new?kind=deselected"]`));
    await checkPage(page);
    assert.equal(await page.isChecked('input[name="kind"][value="deselected"]'), true,
      'the "chose not to" button did not preselect the kind');

    // Without a title the form comes back with a specific error and keeps what was typed.
    await page.fill('#rationale', RATIONALE);
    await page.check('input[name="questions"][value="4"]');
    const refused = await submitWith(page, () => page.click('form.card button[type="submit"]'));
    assert.equal(refused.status, 422, 'a decision without a title was not refused with 422');
    await checkPage(page);
    assert.match(await page.title(), /^Fejl: /, 'the refused form does not say "Fejl" in its title');
    assert.equal(await page.inputValue('#rationale'), RATIONALE, 'the rationale was lost on the refused form');
    assert.equal(await page.isChecked('input[name="questions"][value="4"]'), true, 'the chosen question was lost');

    await page.fill('#title', TITLE);
    await page.fill('#alternatives', 'Et indkøb af en færdig chatbot');
    await page.fill('#body', 'Direktionen');
    await submitWith(page, () => page.click('form.card button[type="submit"]'));
    const detail = new URL(page.url()).pathname;
    assert.match(detail, /\/decisions\/\d+$/, `saving led to ${page.url()}`);
    await checkPage(page, { reflow: true });
    const shown = await page.textContent('main');
    assert.match(shown, new RegExp(TITLE));
    assert.match(shown, /datagrundlaget først/);

    // An edit keeps the first version visible in the history.
    await submitWith(page, () => page.click(`a[href="${detail}/edit"]`));
    await checkPage(page);
    await page.fill('#rationale', 'Fællesoffentlige løsninger dækker behovet bedre end en egen chatbot.');
    await submitWith(page, () => page.click('form.card button[type="submit"]'));
    assert.equal(new URL(page.url()).pathname, detail);
    await checkPage(page);
    assert.match(await page.textContent('main'), /datagrundlaget først/, 'the earlier version is not in the history');

    // A follow-up note.
    await page.fill('#note-text', 'Genbesøges, når den fællesoffentlige løsning er evalueret.');
    await submitWith(page, () => page.click(`form[action="${detail}/notes"] button`));
    await checkPage(page);
    assert.match(await page.textContent('main'), /fællesoffentlige løsning er evalueret/);

    // The filters find it: deliberately not pursued, question 4.
    await visit(page, `${org}/decisions`);
    await page.selectOption('#f-kind', 'deselected');
    await page.selectOption('#f-question', '4');
    await submitWith(page, () => page.click('form[method="get"] button[type="submit"]'));
    await checkPage(page);
    assert.match(await page.textContent('main table'), new RegExp(TITLE), 'the filtered list misses the decision');

    // A crafted filter the form cannot produce is refused on the page as in the API: 400 and its reason.
    await visit(page, `${org}/decisions?kind=bogus`, { status: 400, reflow: true });
    assert.match(await page.textContent('[role="alert"]'), /Type/);

    // The account tells politicians what was chosen not to do, and why.
    await visit(page, `${org}/account`, { reflow: true });
    assert.match(await page.textContent('main'), new RegExp(TITLE), 'the account misses the deselected decision');
  } finally {
    await ctx.close();
  }
});

test('evaluate a running step with a verdict', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    await visit(page, `${org}/goals`, { reflow: true });
    const goals = await page.$$eval('main h2 a[href*="/goals/"]', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(goals.length >= 1, 'the demo has no goals');

    // The first goal with a step that can be evaluated (the demo has running steps).
    let evaluate = null;
    for (const goal of goals) {
      await visit(page, goal, { reflow: true });
      evaluate = await page.$('main a[href$="/complete"]');
      if (evaluate) break;
    }
    assert.ok(evaluate, 'no running step to evaluate in the demo goals');
    const goal = new URL(page.url()).pathname;
    await submitWith(page, () => evaluate.click());
    await checkPage(page);

    // Without a verdict the evaluation is refused and keeps the text.
    await page.fill('#result', 'Sagsbehandlingstiden faldt fra 14 til 9 dage.');
    await page.fill('#learned', 'Borgerne bruger selvbetjeningen, når den er enkel.');
    const refused = await submitWith(page, () => page.click('form.card button[type="submit"]'));
    assert.equal(refused.status, 422, 'an evaluation without a verdict was not refused with 422');
    await checkPage(page);
    assert.equal(await page.inputValue('#learned'), 'Borgerne bruger selvbetjeningen, når den er enkel.');

    await page.check('input[name="verdict"][value="continue"]');
    await submitWith(page, () => page.click('form.card button[type="submit"]'));
    assert.equal(new URL(page.url()).pathname, goal, `the evaluation led to ${page.url()}`);
    await checkPage(page);
    assert.match(await page.textContent('main'), /selvbetjeningen, når den er enkel/, 'the lesson is not on the goal');
  } finally {
    await ctx.close();
  }
});
