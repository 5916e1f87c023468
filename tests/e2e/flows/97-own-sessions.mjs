// One's own sessions (ASVS 3.3.4, docs/sign-in.md): a member signed in on two devices sees both on
// /me/sessions (linked from the password page), this one marked; just after signing in they end the other
// one by keyboard without typing the password again, and that device is signed out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, signIn, submitWith, uniqueEmail, visit } from '../harness.mjs';

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
  'Version/18.1 Safari/605.1.15';

test('a member lists their sessions and signs the other device out', async () => {
  const owner = await newContext();
  const laptop = await newContext({ userAgent: FIREFOX });
  const mac = await newContext({ userAgent: SAFARI });
  try {
    // A member of their own, so that no other flow's session is touched.
    const page = await signIn(owner);
    const org = new URL(page.url()).pathname;
    await visit(page, `${org}/members`);
    const email = uniqueEmail('sessioner');
    await page.fill('#invite-email', email);
    await submitWith(page, () => page.press('#invite-email', 'Enter'));
    const link = (await page.textContent('code.secret')).trim();
    const join = await laptop.newPage();
    await join.goto(new URL(link).pathname);
    await join.fill('#join-name', 'Sif Sessionsen');
    await join.fill('#join-password', 'et langt nyt kodeord 2026');
    await submitWith(join, () => join.press('#join-password', 'Enter'));
    await join.close();

    const here = await signIn(laptop, { email, password: 'et langt nyt kodeord 2026' });
    const there = await signIn(mac, { email, password: 'et langt nyt kodeord 2026' });

    await visit(here, '/password');
    await visit(here, await here.getAttribute('a[href="/me/sessions"]', 'href'));
    const table = await here.textContent('table');
    assert.match(table, /Firefox · Windows \(denne\)/, 'this session is not marked');
    assert.match(table, /Safari · macOS/, 'the other device is not listed');
    assert.equal(await here.locator('#session-password').count(), 0, 'the password is asked just after sign-in');

    // Keyboard only: the other device's choice, then Enter.
    await here.getByLabel(/Kun Safari · macOS/).focus();
    await here.keyboard.press('Space');
    await submitWith(here, () => here.keyboard.press('Enter'));
    assert.equal(new URL(here.url()).search, '?ended=1');
    await checkPage(here);
    assert.match(await here.textContent('[role="status"]'), /Sessionen er logget ud/);
    assert.doesNotMatch(await here.textContent('table'), /Safari/);

    await there.goto('/password');
    assert.equal(new URL(there.url()).pathname, '/login', 'the ended session still opens pages');
    await visit(here, '/me/sessions');
  } finally {
    await mac.close();
    await laptop.close();
    await owner.close();
  }
});
