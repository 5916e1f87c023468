// The owner invites a colleague; the colleague accepts the link in a fresh browser and is a member.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, newPage, signIn, submitWith, uniqueEmail, visit } from '../harness.mjs';

test('invite a member and accept the invitation in a fresh context', async () => {
  const owner = await newContext();
  const guest = await newContext();
  try {
    const page = await signIn(owner);
    const org = new URL(page.url()).pathname;
    await visit(page, `${org}/members`);

    const email = uniqueEmail('ny-leder');
    await page.fill('#invite-email', email);
    const roles = await page.$$eval('#invite-role option', (os) => os.map((o) => o.value));
    assert.ok(roles.length >= 2, `expected a choice of roles, got ${roles}`);
    await page.selectOption('#invite-role', roles[roles.length - 1]);
    await submitWith(page, () => page.press('#invite-email', 'Enter'));
    const link = (await page.textContent('code.secret')).trim();
    assert.match(link, /\/join\/[A-Za-z0-9_-]{16,}$/, `no invitation link on the page: ${link}`);
    await checkPage(page);

    const p = await newPage(guest);
    await visit(p, new URL(link).pathname, { reflow: true });
    assert.match(await p.textContent('main'), new RegExp(email.replace(/[.+]/g, '\\$&')));
    await p.fill('#join-name', 'Åse Ørsted-Ænø');
    await p.fill('#join-password', 'et langt nyt kodeord 2026');
    await submitWith(p, () => p.press('#join-password', 'Enter'));
    assert.equal(new URL(p.url()).pathname, '/login', `accepting did not lead to the sign-in page: ${p.url()}`);
    await p.close();

    // The new member signs in with the new password and sees the organisation, named in the header.
    const member = await signIn(guest, { email, password: 'et langt nyt kodeord 2026' });
    await checkPage(member);
    assert.match(await member.textContent('header'), /Åse Ørsted-Ænø/, 'the new member is not signed in by name');

    await visit(page, `${org}/members`);
    assert.match(await page.textContent('table'), /Åse Ørsted-Ænø/, 'the new member is not listed');
  } finally {
    await guest.close();
    await owner.close();
  }
});

test('a used or unknown invitation link is refused accessibly', async () => {
  const ctx = await newContext();
  try {
    const page = await newPage(ctx);
    const res = await page.goto('/join/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    assert.ok([404, 410].includes(res.status()), `unknown invitation answered ${res.status()}`);
    // Error pages share one title by design; check them without the title-uniqueness rule.
    assert.equal((await page.$$('main')).length, 1);
  } finally {
    await ctx.close();
  }
});
