// The change-password page from the header link, and its refusal, both checked; the password itself is
// left alone (the other flows sign in with it). Changing it is covered by tests/integration/password_test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, signIn, submitWith } from '../harness.mjs';

test('open the change-password page and get a specific refusal', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    await submitWith(page, () => page.click('header a[href="/password"]'));
    await checkPage(page, { reflow: true });
    await page.fill('#current-password', 'ikke den rigtige adgangskode');
    await page.fill('#new-password', 'en helt ny og lang sætning');
    await page.fill('#repeat-password', 'en helt ny og lang sætning');
    const refused = await submitWith(page, () => page.press('#repeat-password', 'Enter'));
    assert.equal(refused.status, 422);
    await checkPage(page, { reflow: true });
    assert.equal(await page.getAttribute('#current-password', 'aria-invalid'), 'true');
    assert.match(await page.textContent('[role="alert"]'), /nuværende adgangskode er forkert/);
    // The summary's link takes keyboard focus to the field in question.
    await page.click('[role="alert"] a');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'current-password');
  } finally {
    await ctx.close();
  }
});
