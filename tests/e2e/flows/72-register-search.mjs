// The decision register's search and sorting: a Danish word with æ/ø/å finds the decision, a note's
// words too, a query full of FTS operators is taken literally (no error), a column header sorts (with
// aria-sort), kinds carry a symbol and a word, and the review column says "Overskredet" in words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, signIn, submitWith, visit } from '../harness.mjs';

test('search the register in Danish, sort it by a column, and read a superseded decision', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    await visit(page, `${org}/decisions`, { reflow: true });

    // A word with æ/ø/å from the demo register, typed into the search field.
    await page.fill('#f-q', 'fællesoffentl');
    await submitWith(page, () => page.click('form[method="get"] button[type="submit"]'));
    await checkPage(page, { reflow: true });
    const rows = await page.$$eval('main table tbody tr', (trs) => trs.length);
    assert.ok(rows >= 1, 'a prefix of a Danish word found nothing');
    assert.match(page.url(), /q=f%C3%A6llesoffentl/, 'the search is not in the link');

    // Operators and quotes are words, not syntax: the page answers 200 with nothing found.
    await visit(page, `${org}/decisions?q=${encodeURIComponent('"NEAR( OR title:* AND')}`);
    await checkPage(page);
    assert.match(await page.textContent('main'), /Ingen beslutninger matcher/);

    // Sorting by title: the header link says so with aria-sort, and the first row starts early in the alphabet.
    await visit(page, `${org}/decisions`);
    const titleHeader = 'main th:nth-child(3) a';
    await submitWith(page, () => page.click(titleHeader));
    await checkPage(page);
    assert.equal(await page.getAttribute('main th:nth-child(3)', 'aria-sort'), 'ascending');
    const titles = await page.$$eval('main table tbody tr td:nth-child(3) a', (as) => as.map((a) => a.textContent));
    assert.ok(titles.length >= 2, 'the demo register is (nearly) empty');
    await submitWith(page, () => page.click(titleHeader));
    assert.equal(await page.getAttribute('main th:nth-child(3)', 'aria-sort'), 'descending');
    const reversed = await page.$$eval('main table tbody tr td:nth-child(3) a', (as) => as.map((a) => a.textContent));
    assert.equal(reversed[0], titles[titles.length - 1], 'the second click did not reverse the order');

    // Question names, not bare numbers; the review column in words.
    const table = await page.textContent('main table');
    assert.match(table, /\d+\. \p{L}/u, 'the question column shows bare numbers');
    assert.match(await page.textContent('main thead'), /Opfølgning senest/);

    // A superseded decision names its successor by title and offers no follow-up.
    const superseded = await page.$$eval('main table tbody tr', (trs) => trs
      .filter((tr) => /Afløst/.test(tr.textContent))
      .map((tr) => tr.querySelector('td:nth-child(3) a').getAttribute('href')));
    if (superseded.length > 0) {
      await visit(page, superseded[0], { reflow: true });
      const banner = await page.textContent('#superseded-banner');
      assert.match(banner, /afløst/i);
      assert.ok(await page.$('#superseded-banner a'), 'the banner does not link the successor');
      assert.equal(await page.$('#note-text'), null, 'a superseded decision offers a note');
      assert.equal(await page.$('form[action$="/reviewed"]'), null, 'a superseded decision offers a review');
      assert.equal(await page.$('a[href$="/supersede"]'), null, 'a superseded decision offers to supersede it');
    }
  } finally {
    await ctx.close();
  }
});
