// Signing out ends the session on the server: the old page needs a new sign-in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, signIn, submitWith } from '../harness.mjs';

test('sign out', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    await submitWith(page, () => page.click('form[action="/logout"] button[type="submit"]'));
    assert.equal(new URL(page.url()).pathname, '/login');
    await page.goto(org);
    assert.equal(new URL(page.url()).pathname, '/login', 'a signed-out visitor still sees the organisation');
  } finally {
    await ctx.close();
  }
});
