// A person's data (docs/privacy.md): a colleague joining with a dictionary password is told so and
// chooses another; they download their data from the password page; the owner deletes their personal
// data from the members page (a tick box confirms), after which they cannot sign in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, newPage, signIn, submitWith, uniqueEmail, visit } from '../harness.mjs';

test('join refuses a dictionary password, the member downloads their data, the owner erases them', async () => {
  const owner = await newContext();
  const guest = await newContext();
  try {
    const page = await signIn(owner);
    const org = new URL(page.url()).pathname;
    await visit(page, `${org}/members`);
    const email = uniqueEmail('privat');
    await page.fill('#invite-email', email);
    await submitWith(page, () => page.press('#invite-email', 'Enter'));
    const link = (await page.textContent('code.secret')).trim();

    // Joining with a dictionary word and digits: refused in words, with the field described by the error.
    const p = await newPage(guest);
    await visit(p, new URL(link).pathname);
    await p.fill('#join-name', 'Pia Privatsen');
    await p.fill('#join-password', 'sunshine2024!');
    await submitWith(p, () => p.press('#join-password', 'Enter'));
    assert.match(await p.textContent('[role="alert"]'), /mest brugte/, 'the refusal does not say why');
    assert.match(await p.getAttribute('#join-password', 'aria-describedby'), /join-error/);
    await p.fill('#join-name', 'Pia Privatsen');
    await p.fill('#join-password', 'et langt nyt kodeord 2026');
    await submitWith(p, () => p.press('#join-password', 'Enter'));
    assert.equal(new URL(p.url()).pathname, '/login', `joining did not lead to the sign-in page: ${p.url()}`);
    await p.close();

    // The member's own data, linked from the password page, as a JSON file.
    const member = await signIn(guest, { email, password: 'et langt nyt kodeord 2026' });
    await visit(member, '/password');
    const href = await member.getAttribute('a[href="/me/data"]', 'href');
    assert.equal(href, '/me/data');
    const res = await member.request.get('/me/data');
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-disposition'] ?? '', /attachment/);
    const data = await res.json();
    assert.equal(data.account.email, email);
    assert.equal(data.account.name, 'Pia Privatsen');

    // The owner erases the member: tick the box, press the button.
    await visit(page, `${org}/members`);
    const row = page.locator('tr', { hasText: 'Pia Privatsen' });
    await row.getByRole('checkbox').check();
    await submitWith(page, () => row.getByRole('button').click());
    assert.match(new URL(page.url()).search, /erased=1/);
    await checkPage(page);
    assert.match(await page.textContent('[role="status"]'), /Tidligere medlem/);
    assert.doesNotMatch(await page.textContent('table'), /Pia Privatsen/);

    // The member's session is gone and the password opens nothing.
    const after = await member.goto('/password');
    assert.notEqual(new URL(member.url()).pathname, '/password', `the erased member's session still works (${after.status()})`);
  } finally {
    await guest.close();
    await owner.close();
  }
});
