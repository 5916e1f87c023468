// An assessment round from start to finish, the way a coordinator and the respondents use it: create
// the round with the form, open it, download private links as CSV, answer through three links with the
// keyboard only (every respondent page checked at 320 CSS px too), close the round, read the results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { checkPage, newContext, newPage, signIn, submitWith, visit } from '../harness.mjs';

// Answers the respondent page in front of it with the keyboard: the first option of every radio
// group (Tab to it, Space), 100 points on the first purpose, then the page's primary submit button.
// Returns false on a page without a form (the thank-you page).
async function answerPageByKeyboard(page) {
  const groups = await page.$$eval('main input[type="radio"]', (rs) => [...new Set(rs.map((r) => r.name))]);
  for (const name of groups) {
    await page.focus(`main input[type="radio"][name="${name}"]`);
    await page.keyboard.press('Space');
  }
  const points = await page.$$('main [data-allocation] input[type="number"]');
  for (let i = 0; i < points.length; i++) {
    await points[i].focus();
    await page.keyboard.type(i === 0 ? '100' : '0');
  }
  const submit = await page.$('main form button[type="submit"].primary, main form button[type="submit"]');
  if (!submit) return false;
  await submit.focus();
  await submitWith(page, () => page.keyboard.press('Enter'));
  return true;
}

// Walks one private link from the intro page to the thank-you page; `check` runs the page checks
// (axe, landmarks, 320 px reflow) on every page. Returns the number of pages answered.
async function answerLink(ctx, link, { check }) {
  const page = await newPage(ctx);
  try {
    if (check) await visit(page, link, { reflow: true });
    else await page.goto(link);
    // The intro page starts with a link: focus it and press Enter, as a keyboard user does.
    await page.focus(`main a[href^="${link}/q/"]`);
    await submitWith(page, () => page.keyboard.press('Enter'));
    if (check) await checkPage(page, { reflow: true });
    let pages = 0;
    for (; pages < 40 && (await answerPageByKeyboard(page)); pages++) {
      if (check) await checkPage(page, { reflow: true });
    }
    assert.match(await page.textContent('main'), /[Tt]ak|[Tt]hank/, `no thank-you page after ${pages} pages`);
    return pages;
  } finally {
    await page.close();
  }
}

test('create, open, answer by keyboard, close and read a round through the pages', async () => {
  const owner = await newContext({ acceptDownloads: true });
  const respondents = await newContext();
  try {
    const page = await signIn(owner);
    const org = new URL(page.url()).pathname;

    // Create: title, the default groups (direktion, chefer), k = 3.
    await visit(page, `${org}/rounds`);
    await page.fill('#round-title', 'E2E-runde 2026');
    await page.fill('#round-k', '3');
    await submitWith(page, () => page.press('#round-title', 'Enter'));
    assert.match(new URL(page.url()).pathname, /^\/rounds\/\d+$/, `creating a round led to ${page.url()}`);
    const round = new URL(page.url()).pathname;
    await checkPage(page);

    // Open, then download three private links for the first group as CSV.
    await submitWith(page, () => page.click('form[action$="/open"] button'));
    await checkPage(page);
    await page.fill('#links-count', '3');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('form[action$="/links"] button')]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    const links = [...csv.matchAll(/https?:\/\/[^\s;,"]+\/r\/([A-Za-z0-9_-]{22,})/g)].map((m) => `/r/${m[1]}`);
    assert.equal(links.length, 3, `expected 3 links in the CSV, got:\n${csv}`);

    // Three respondents; the first one's every page gets the full checks.
    const pages = await answerLink(respondents, links[0], { check: true });
    assert.equal(pages, 11, 'expected ten question pages and the review page');
    await answerLink(respondents, links[1], { check: false });
    await answerLink(respondents, links[2], { check: false });

    // A used link shows the thank-you page and takes nothing more.
    const used = await newPage(respondents);
    await used.goto(links[0]);
    assert.equal(await used.$('main form button[type="submit"]'), null, 'a submitted link still shows a form');
    await used.close();

    // The coordinator sees three submitted (never who), closes the round and reads the results.
    await visit(page, round);
    const submitted = await page.textContent('tfoot td:last-child');
    assert.equal(submitted.trim(), '3', 'the round page does not count 3 submitted');
    await submitWith(page, () => page.click('form[action$="/close"] button'));
    await checkPage(page);
    await submitWith(page, () => page.click(`a[href="${round}/results"]`));
    await checkPage(page);
    const results = await page.textContent('main');
    assert.match(results, /E2E-runde 2026/);
    // Three respondents reach k = 3, so the scores are shown, each with its chart and data table.
    assert.ok((await page.$$('main svg')).length > 0, 'no chart on the results page');
    assert.ok((await page.$$('main table')).length > 0, 'no data table on the results page');

    // The same results in English, through the language switch every page has.
    await submitWith(page, () => page.click('footer button[name="lang"][value="en"]'));
    await checkPage(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await submitWith(page, () => page.click('footer button[name="lang"][value="da"]'));
    assert.equal(await page.getAttribute('html', 'lang'), 'da');
  } finally {
    await respondents.close();
    await owner.close();
  }
});
