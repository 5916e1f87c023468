// The opt-in public page (issue 11): the owner's settings page; publishing a decision from its page
// (an empty summary is refused with the reason, then a summary is published); the public page and its
// English version as an anonymous visitor, who is given no cookie; unpublishing takes it off again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, newPage, signIn, submitWith, visit } from '../harness.mjs';

const TITLE = 'Digitale kompetencer i alle lederudviklingsforløb';
const SUMMARY = 'Alle ledere i kommunen lærer at stille gode spørgsmål til ny teknologi.';

test('publish a decision, read it on the public page without signing in, and unpublish it', async () => {
  const ctx = await newContext();
  const anon = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;

    // The owner's settings: the demo's page is on at demo-kommune.
    await visit(page, `${org}/public-page`, { reflow: true });
    assert.equal(await page.inputValue('#public-address'), 'demo-kommune');
    assert.ok(await page.isChecked('#public-enabled'), 'the demo page is not on');
    assert.match(await page.textContent('#public-state'), /\/p\/demo-kommune/);

    // The decision's page: publish with an empty summary, then with one.
    await visit(page, `${org}/decisions`);
    const href = await page.$$eval('main a[href*="/decisions/"]', (as, title) =>
      as.find((a) => a.textContent.trim() === title)?.getAttribute('href'), TITLE);
    assert.ok(href, `the demo has no decision "${TITLE}"`);
    await visit(page, href, { reflow: true });
    assert.match(await page.textContent('#publication-status'), /ikke offentliggjort/);
    const refused = await submitWith(page, () => page.click('form[action$="/publish"] button[type="submit"]'));
    assert.equal(refused.status, 422, 'an empty summary was not refused');
    await checkPage(page);
    assert.match(await page.textContent('#publish-error'), /Skriv en kort forklaring/);
    await page.fill('#publish-summary', SUMMARY);
    await submitWith(page, () => page.click('form[action$="/publish"] button[type="submit"]'));
    await checkPage(page);
    assert.match(await page.textContent('#publication-status'), /Offentliggjort/);

    // Anyone reads it, in Danish and in English, without a cookie.
    const visitor = await newPage(anon);
    await visit(visitor, '/p/demo-kommune', { reflow: true });
    const text = await visitor.textContent('main');
    assert.ok(text.includes(SUMMARY), 'the summary is not on the public page');
    assert.ok(!text.includes('Ledere skal kunne stille de rigtige spørgsmål'), 'the internal rationale leaked');
    assert.equal(await visitor.getAttribute('link[type="application/atom+xml"]', 'href'),
      '/p/demo-kommune/feed.atom');
    await submitWith(visitor, () => visitor.click('a[hreflang="en"]'));
    await checkPage(visitor, { reflow: true });
    assert.equal(await visitor.getAttribute('html', 'lang'), 'en');
    assert.match(await visitor.textContent('main'), /Not pursued/);
    assert.deepEqual(await anon.cookies(), [], 'an anonymous reader was given a cookie');

    // Unpublished: gone from the page. The page may be cached for 60 s (Cache-Control: public,
    // max-age=60), so the visitor asks for a URL of it not yet seen.
    await submitWith(page, () => page.click('form[action$="/unpublish"] button[type="submit"]'));
    await checkPage(page);
    assert.match(await page.textContent('#publication-status'), /ikke offentliggjort/);
    await visit(visitor, '/p/demo-kommune?lang=da');
    assert.ok(!(await visitor.textContent('main')).includes(SUMMARY), 'the unpublished summary is still shown');
  } finally {
    await ctx.close();
    await anon.close();
  }
});
