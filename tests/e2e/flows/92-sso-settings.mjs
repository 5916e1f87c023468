// Single sign-on's settings page (issue 16) is accessible as shown and as refused: the owner sees the
// redirect URI to register; a mapping line that does not read is refused with its line number, the
// form kept as typed and the secret field empty. The sign-in itself runs against a real provider in
// tests/sso/run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, signIn, submitWith, visit } from '../harness.mjs';

test('the single sign-on settings page, and a refused mapping explained accessibly', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    await visit(page, `${org}/sign-in`, { reflow: true });
    assert.match(await page.inputValue('#sso-redirect'), /\/sso\/callback$/);
    await page.fill('#sso-issuer', 'https://login.microsoftonline.com/tenant/v2.0');
    await page.fill('#sso-client-id', 'forkant');
    await page.fill('#sso-client-secret', 'not-kept-in-the-form');
    await page.fill('#sso-mappings', 'g-owners owner\ng-chiefs chief');
    const refused = await submitWith(page, () => page.click('form[action$="/sign-in"] button[type="submit"]'));
    assert.equal(refused.status, 422, 'a mapping with an unknown role was not refused');
    await checkPage(page);
    assert.match(await page.textContent('#sso-error'), /Linje 2/);
    assert.equal(await page.inputValue('#sso-client-id'), 'forkant');
    assert.equal(await page.inputValue('#sso-client-secret'), '');
  } finally {
    await ctx.close();
  }
});
