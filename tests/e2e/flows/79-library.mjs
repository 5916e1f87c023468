// The shared library of a network (issue 15): the demo's network library with its search form, a search
// with Danish stemming, a filter, a search that finds nothing, one item's page with the "Spørg" mailto:
// link, and the page in English; every page checked with axe. The demo's network is the one the
// networks page links to (or the first network when that page is not there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, signIn, submitWith, visit } from '../harness.mjs';

async function libraryPath(page, org) {
  const res = await page.goto(`${org}/networks`);
  if (res && res.status() === 200) {
    const href = await page.$$eval('main a[href*="/networks/"]', (as) =>
      as.map((a) => a.getAttribute('href')).find((h) => /\/networks\/\d+$/.test(h)));
    if (href) return `${href}/library`;
  }
  return `${org}/networks/1/library`;
}

test('search the network library, filter it, open an item and read it in English', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname.match(/^\/orgs\/\d+/)[0];
    const library = await libraryPath(page, org);

    await visit(page, library, { reflow: true });
    assert.match(await page.textContent('h1'), /Netværkets bibliotek/);
    const total = await page.textContent('#library-results');
    assert.match(total, /\d+ resultat/);

    // A search with a word in another form than the texts': stemming finds it, the count says how many.
    await page.fill('#l-q', 'kommunerne');
    await submitWith(page, () => page.click('form[role="search"] button[type="submit"]'));
    await checkPage(page);
    assert.match(new URL(page.url()).search, /q=kommunerne/);
    assert.match(await page.textContent('#library-results'), /\d+ resultat/);

    // Search syntax is plain text: no error page.
    await page.fill('#l-q', '"kommune* OR NEAR(a:b) & !');
    await submitWith(page, () => page.click('form[role="search"] button[type="submit"]'));
    await checkPage(page);
    assert.match(await page.textContent('main'), /Intet i biblioteket matcher|\d+ resultat/);

    // A filter by kind, then nothing found.
    await visit(page, `${library}?kind=deselection`);
    await checkPage(page);
    await visit(page, `${library}?q=zzzyxxq`);
    assert.match(await page.textContent('main'), /Intet i biblioteket matcher/);

    // One item: its page, with a mailto: link when the sharer gave a contact.
    await visit(page, library);
    const href = await page.$eval('.library-item h3 a', (a) => a.getAttribute('href'));
    await visit(page, href, { reflow: true });
    const mail = await page.$('a[href^="mailto:"]');
    if (mail) assert.match(await mail.textContent(), /^Spørg /);

    // English.
    await submitWith(page, () => page.click('form[action="/language"] button[value="en"]'));
    await checkPage(page, { reflow: true });
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await visit(page, library);
    assert.match(await page.textContent('h1'), /The network's library/);
    await submitWith(page, () => page.click('form[action="/language"] button[value="da"]'));
  } finally {
    await ctx.close();
  }
});
