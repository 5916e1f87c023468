// The recurring agenda item: open the next meeting's draft, edit it, print it, export it as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, signIn, submitWith, visit } from '../harness.mjs';

test('open, edit, print and export the next agenda item', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    await visit(page, `${org}/meetings`, { reflow: true });
    const series = await page.$$eval('main li.card h2 a', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(series.length >= 1, 'the demo has no meeting series');
    await visit(page, series[0], { reflow: true });

    // The draft is built from what is due: it is not empty, and it names at least one of the ten questions.
    const draft = await page.inputValue('#agenda-text');
    assert.ok(draft.trim().length > 40, `the agenda draft is (nearly) empty: ${JSON.stringify(draft)}`);

    await page.fill('#agenda-text', `${draft}\n\nEkstra punkt: status på datagrundlaget.`);
    await submitWith(page, () => page.click('form[action$="/agenda"] button'));
    await checkPage(page);
    assert.match(await page.inputValue('#agenda-text'), /Ekstra punkt: status på datagrundlaget\./,
      'the edited agenda was not kept');

    await submitWith(page, () => page.click(`a[href="${series[0]}/print"]`));
    await checkPage(page);
    assert.match(await page.textContent('main'), /Ekstra punkt: status på datagrundlaget\./);

    const text = await page.request.get(`${series[0]}/agenda.txt`);
    assert.equal(text.status(), 200);
    assert.match(text.headers()['content-type'], /^text\/plain/);
    assert.match(await text.text(), /Ekstra punkt: status på datagrundlaget\./);
  } finally {
    await ctx.close();
  }
});
