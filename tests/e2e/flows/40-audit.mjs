// The owner invites someone, then finds the invitation in the audit log (self-contained: no flow
// depends on another having run).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, signIn, submitWith, uniqueEmail, visit } from '../harness.mjs';

test('read the audit log', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    await page.goto(`${org}/members`);
    await page.fill('#invite-email', uniqueEmail('revision'));
    await submitWith(page, () => page.press('#invite-email', 'Enter'));
    await page.waitForSelector('code.secret');
    await page.click(`nav a[href="${org}/audit"]`);
    await page.waitForURL(`**${org}/audit`);
    await visit(page, `${org}/audit`);
    const rows = await page.$$('main table tbody tr');
    assert.ok(rows.length > 0, 'the audit log is empty after sign-ins and an invitation');
    assert.match(await page.textContent('main table'), /invit/i, 'no invitation in the audit log');
    // The scrollable table region is reachable by keyboard (axe checks the name; we check the focus).
    assert.equal(await page.getAttribute('.table-scroll', 'tabindex'), '0');
  } finally {
    await ctx.close();
  }
});
