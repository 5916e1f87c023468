// Editing a goal and a step: the demo has a planned step without a success criterion, which cannot start;
// it is given one through its edit form and then starts; the goal's title is edited; the goal page shows
// both edits in its history.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, signIn, submitWith, visit } from '../harness.mjs';

test('give a step its success criterion, start it, and edit the goal', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    await visit(page, `${org}/goals`);
    const goals = await page.$$eval('main h2 a[href*="/goals/"]', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(goals.length >= 1, 'the demo has no goals');

    // The first goal with a planned step that has no success criterion yet.
    let goal = null;
    let stepId = null;
    for (const g of goals) {
      await visit(page, g);
      stepId = await page.$$eval('main li[id^="step-"]', (lis) => {
        const li = lis.find((l) => /mangler/.test(l.textContent) && l.querySelector('a[href$="/edit"]')
          && l.querySelector('form[action$="/start"]'));
        return li ? li.id.replace('step-', '') : null;
      });
      if (stepId) { goal = g; break; }
    }
    assert.ok(stepId, 'no planned step without a success criterion in the demo');
    await visit(page, goal, { reflow: true });

    await submitWith(page, () => page.click(`#step-${stepId} a[href$="/edit"]`));
    await checkPage(page, { reflow: true });
    await page.fill('#step-criterion', 'Halvdelen af områdecheferne bruger tallene på deres møder');
    await submitWith(page, () => page.click('form.card button[type="submit"]'));
    assert.equal(new URL(page.url()).pathname, goal, `saving the step led to ${page.url()}`);
    await checkPage(page);
    await submitWith(page, () => page.click(`#step-${stepId} form[action$="/start"] button`));
    await checkPage(page);
    assert.match(await page.textContent(`#step-${stepId}`), /I gang/, 'the edited step did not start');

    // The goal's title.
    await submitWith(page, () => page.click(`a[href="${goal}/edit"]`));
    await checkPage(page, { reflow: true });
    const title = await page.inputValue('#goal-title');
    await page.fill('#goal-title', `${title} – skærpet`);
    await submitWith(page, () => page.click('form.card button[type="submit"]'));
    await checkPage(page);
    assert.match(await page.textContent('main h1'), /skærpet/);
    const history = await page.textContent('#history + ol');
    assert.match(history, /titel/, 'the goal edit is not in the history');
    assert.match(history, /succeskriterium/, 'the step edit is not in the history');
  } finally {
    await ctx.close();
  }
});
