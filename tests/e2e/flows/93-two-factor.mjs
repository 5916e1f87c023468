// Two-factor sign-in (issue 16) is accessible on every page of its way: enrolling an authenticator (QR code
// and the secret as text), the recovery codes shown once, the second step of the next sign-in with a wrong
// code refused and a recovery code taken; and the page that asks for a password reset link. The owner of a
// peer municipality enrols (the server of these tests lets owners in without TOTP, so that the other
// flows can sign in the director with a password alone).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { checkPage, newContext, newPage, signIn, submitWith, visit } from '../harness.mjs';

// The owner of a peer municipality in the demo network, whom no other flow signs in.
const MEMBER = { email: 'ejer@midtby.demo.forkant.dk', password: 'forkant-demo-2026' };

// RFC 6238 with SHA-1, 6 digits, 30-second steps, from the base32 secret the page shows.
function totp(base32, at = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of base32.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = crypto.createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1e6).padStart(6, '0');
}

test('enrolling TOTP, the recovery codes, and the second step of the next sign-in', async () => {
  const ctx = await newContext();
  let recovery;
  try {
    const page = await signIn(ctx, MEMBER);
    await visit(page, '/two-factor', { reflow: true });
    await submitWith(page, () => page.click('form[action="/two-factor/enrol"] button[type="submit"]'));
    await checkPage(page);
    assert.ok(await page.locator('svg').count() > 0, 'no QR code on the enrolment page');
    const secret = (await page.textContent('#totp-secret')).trim();
    await page.fill('#totp-code', totp(secret));
    const confirmed = await submitWith(page, () => page.click('form[action="/two-factor/confirm"] button[type="submit"]'));
    assert.equal(confirmed.status, 200, 'the right code did not confirm the enrolment');
    await checkPage(page);
    recovery = (await page.locator('.recovery-codes li').allTextContents()).map((c) => c.trim());
    assert.equal(recovery.length, 10);
  } finally {
    await ctx.close();
  }

  const next = await newContext();
  try {
    const page = await newPage(next);
    await page.goto('/login');
    await page.fill('#email', MEMBER.email);
    await page.fill('#password', MEMBER.password);
    await submitWith(page, () => page.click('form[action="/login"] button[type="submit"]'));
    assert.equal(new URL(page.url()).pathname, '/login/two-factor', 'the password alone opened a session');
    await checkPage(page);
    await page.fill('#totp-code', '000000');
    const refused = await submitWith(page, () => page.click('form[action="/login/two-factor"] button[type="submit"]'));
    assert.ok(refused.status >= 400, `a wrong code was taken (${refused.status})`);
    await checkPage(page, { errorStatus: refused.status });
    await page.fill('#totp-code', recovery[0]);
    await submitWith(page, () => page.click('form[action="/login/two-factor"] button[type="submit"]'));
    assert.match(new URL(page.url()).pathname, /^\/(orgs\/\d+|two-factor)?$/, 'the recovery code did not sign in');
  } finally {
    await next.close();
  }
});

test('the page that asks for a password reset link', async () => {
  const ctx = await newContext();
  try {
    const page = await newPage(ctx);
    await visit(page, '/password/forgot', { reflow: true });
    assert.equal(await page.locator('h1').count(), 1);
  } finally {
    await ctx.close();
  }
});
