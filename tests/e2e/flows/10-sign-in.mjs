// A newcomer signs in: the sign-in page (also at 320 px), a wrong password, then the keyboard only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OWNER, checkPage, newContext, newPage, submitWith, visit } from '../harness.mjs';

test('sign in with the keyboard; a wrong password is explained accessibly', async () => {
  const ctx = await newContext();
  try {
    const page = await newPage(ctx);
    await visit(page, '/login', { reflow: true });
    assert.equal(await page.getAttribute('html', 'lang'), 'da', 'Danish is the default language');

    // Wrong password: the error page is checked too (alert, aria-describedby).
    await page.fill('#email', OWNER.email);
    await page.fill('#password', 'not-the-password');
    await submitWith(page, () => page.press('#password', 'Enter'));
    await page.waitForSelector('[role="alert"]');
    await checkPage(page, { reflow: true });

    // Keyboard only: skip link, then Tab through the form to the fields.
    await page.goto('/login');
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Enter'); // into main
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement.id)) !== 'email' && guard++ < 20) {
      await page.keyboard.press('Tab');
    }
    assert.equal(await page.evaluate(() => document.activeElement.id), 'email', 'Tab never reached the e-mail field');
    await page.keyboard.type(OWNER.email);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'password', 'Tab from e-mail does not reach the password');
    await page.keyboard.type(OWNER.password);
    await submitWith(page, () => page.keyboard.press('Enter'));
    assert.match(new URL(page.url()).pathname, /^\/orgs\/\d+$/);
    await checkPage(page);
    assert.match(await page.textContent('h1'), /Demo Kommune/);
  } finally {
    await ctx.close();
  }
});

test('/ sends a visitor who is not signed in to the sign-in page', async () => {
  const ctx = await newContext();
  try {
    const page = await newPage(ctx);
    await page.goto('/');
    assert.equal(new URL(page.url()).pathname, '/login');
  } finally {
    await ctx.close();
  }
});
