// Changing the language with the footer button: lang="en", English titles, and back to Danish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, newPage, signIn, submitWith, visit } from '../harness.mjs';

test('switch to English and back, signed in and signed out', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const danishNav = await page.textContent('header nav');
    await page.focus('footer button[name="lang"][value="en"]');
    await submitWith(page, () => page.keyboard.press('Enter'));
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.notEqual(await page.textContent('header nav'), danishNav, 'the navigation did not change language');
    assert.ok(await page.$('footer button[name="lang"][value="da"]'), 'no way back to Danish');
    assert.match(new URL(page.url()).pathname, /^\/orgs\/\d+$/, 'the switch did not return to the same page');
    await checkPage(page);
    await visit(page, new URL(page.url()).pathname + '/members');
    assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the choice did not stick');
    await submitWith(page, () => page.click('footer button[name="lang"][value="da"]'));
    assert.equal(await page.getAttribute('html', 'lang'), 'da');

    // Signed out, on the sign-in page (its own, cookie-only preference).
    const anon = await newContext();
    try {
      const p = await newPage(anon);
      await visit(p, '/login');
      await submitWith(p, () => p.click('footer button[name="lang"][value="en"]'));
      assert.equal(await p.getAttribute('html', 'lang'), 'en');
      await checkPage(p, { reflow: true });
    } finally {
      await anon.close();
    }
  } finally {
    await ctx.close();
  }
});
