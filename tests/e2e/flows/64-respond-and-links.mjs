// Running a round, as the coordinator and a respondent on a phone meet it: a draft previewed as a
// respondent sees it (read-only, nothing posted), edited, opened; a respondent at 375 px who presses
// "Næste" with points that do not add up to 100 stays on the page with the error announced and linked
// to the field; the progress bar on every question; a paper form typed in through the respondent's
// pages and counted as entered by hand; a draft deleted after its confirmation page. Axe on every state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { checkPage, newContext, newPage, signIn, submitWith, visit } from '../harness.mjs';

// Answers the question page in front of it with the keyboard (the first option of every radio group,
// 100 points on the first purpose) and presses its primary button. False on a page without a form.
async function answerByKeyboard(page) {
  const groups = await page.$$eval('main input[type="radio"]', (rs) => [...new Set(rs.map((r) => r.name))]);
  for (const name of groups) {
    await page.focus(`main input[type="radio"][name="${name}"]`);
    await page.keyboard.press('Space');
  }
  const points = await page.$$('main [data-allocation] input[type="number"]');
  for (let i = 0; i < points.length; i++) {
    await points[i].fill(i === 0 ? '100' : '');
  }
  const submit = await page.$('main form .actions button.primary');
  if (!submit) return false;
  await submit.focus();
  await submitWith(page, () => page.keyboard.press('Enter'));
  return true;
}

async function createRound(page, org, title) {
  await visit(page, `${org}/rounds`);
  await page.fill('#round-title', title);
  await page.fill('#round-k', '3');
  await submitWith(page, () => page.press('#round-title', 'Enter'));
  assert.match(new URL(page.url()).pathname, /^\/rounds\/\d+$/, `creating a round led to ${page.url()}`);
  return new URL(page.url()).pathname;
}

test('preview, edit, a phone respondent\'s allocation error, a paper form and a deleted draft', async () => {
  const owner = await newContext({ acceptDownloads: true });
  const phone = await newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  try {
    const page = await signIn(owner);
    const org = new URL(page.url()).pathname;
    const round = await createRound(page, org, 'E2E-runde 64');
    await checkPage(page);

    // The preview: the respondent's pages with a banner, links instead of a form.
    await submitWith(page, () => page.click(`main a[href="${round}/preview"]`));
    await checkPage(page, { reflow: true });
    assert.match(await page.textContent('main'), /Forhåndsvisning – svar gemmes ikke/);
    await submitWith(page, () => page.click(`main a[href="${round}/preview/q/1"]`));
    await checkPage(page, { reflow: true });
    assert.equal(await page.$('main form'), null, 'the preview has a form that could post');
    assert.equal(await page.getAttribute('#progress-bar', 'value'), '1');
    await submitWith(page, () => page.click(`main a[href="${round}/preview/q/2"]`));
    await checkPage(page);
    assert.equal(await page.getAttribute('#progress-bar', 'value'), '2');

    // Edit the draft, then open it and download one link for the first group.
    await visit(page, round);
    await submitWith(page, () => page.click(`main a[href="${round}/edit"]`));
    await checkPage(page, { reflow: true });
    await page.fill('#edit-title', 'E2E-runde 64, rettet');
    await submitWith(page, () => page.click('main form button.primary'));
    await checkPage(page);
    assert.match(await page.textContent('h1'), /E2E-runde 64, rettet/);
    assert.match(await page.textContent('[role="status"]'), /Ændringerne er gemt/);
    await submitWith(page, () => page.click('form[action$="/open"] button'));
    await page.fill('#links-count', '1');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('form[action$="/links"] button')]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    assert.match(csv, /\nDirektion;/, `the links CSV does not name the group by its label:\n${csv}`);
    const link = `/r/${csv.match(/\/r\/([A-Za-z0-9_-]{22,})/)[1]}`;

    // A respondent on a phone: on the question with the points, 60 + 10 and "Næste" stays with the error.
    const mobile = await newPage(phone);
    let n = 1;
    for (; n <= 10; n++) {
      await visit(mobile, `${link}/q/${n}`, { reflow: n === 1 });
      assert.ok(await mobile.$('#progress-bar'), `no progress bar on question ${n}`);
      if (await mobile.$('main [data-allocation]')) break;
    }
    assert.ok(n <= 10, 'no question asks for the allocation');
    if (n > 1) assert.ok(await mobile.$('main .actions button[value="prev"]'), 'no "Forrige" after question 1');
    const points = await mobile.$$('main [data-allocation] input[type="number"]');
    await points[0].fill('60');
    await points[1].fill('10');
    const refused = await submitWith(mobile, () => mobile.click('main .actions button.primary'));
    assert.equal(refused.status, 422, 'Næste with 70 points did not stay on the page');
    await checkPage(mobile, { reflow: true });
    assert.equal(new URL(mobile.url()).pathname, `${link}/q/${n}`);
    assert.match(await mobile.textContent('#error-summary'), /giver nu 70/);
    assert.equal(await mobile.getAttribute('#error-summary', 'role'), 'alert');
    const target = (await mobile.getAttribute('#error-summary a', 'href')).slice(1);
    assert.ok(await mobile.$(`#${target}`), `the error summary links to #${target}, which is not on the page`);
    assert.equal(await mobile.inputValue(`#${target}`), '60', 'the typed points were lost');
    if (process.env.E2E_SHOTS) await mobile.screenshot({ path: `${process.env.E2E_SHOTS}/64-allocation-375.png`, fullPage: true });

    // A paper form typed in by the coordinator, through the same pages, for the group Chefer.
    await visit(page, round);
    await page.selectOption('#paper-group', 'chefer');
    await submitWith(page, () => page.click('form[action$="/paper"] button'));
    await checkPage(page, { reflow: true });
    assert.match(await page.textContent('main'), /Du indtaster et papirskema for gruppen Chefer/);
    let pages = 0;
    for (; pages < 12 && (await answerByKeyboard(page)); pages++) {
      if (new URL(page.url()).pathname.endsWith('/review')) break;
    }
    assert.match(new URL(page.url()).pathname, /\/review$/, `the paper form did not reach its review: ${page.url()}`);
    await checkPage(page);
    await submitWith(page, () => page.click(`main form[action$="/submit"] button`));
    await checkPage(page);
    assert.equal(new URL(page.url()).pathname, round);
    assert.match(await page.textContent('#paper-entered'), /Papirskemaet er gemt/);
    const row = (await page.$$eval('#counts tbody tr:nth-child(2) > *', (cells) => cells.map((c) => c.textContent.trim()))).join(' ');
    assert.match(row, /Chefer 0 0 0 1 1/, `the paper form is not counted as entered by hand: ${row}`);

    // A draft deleted after its confirmation page.
    const doomed = await createRound(page, org, 'E2E-udkast der slettes');
    await submitWith(page, () => page.click(`main a[href="${doomed}/delete"]`));
    await checkPage(page, { reflow: true });
    await submitWith(page, () => page.click(`main form[action="${doomed}/delete"] button`));
    await checkPage(page);
    assert.match(await page.textContent('[role="status"]'), /Målingen er slettet/);
    assert.equal(await page.$(`main a[href="${doomed}"]`), null, 'the deleted round is still listed');
  } finally {
    await phone.close();
    await owner.close();
  }
});
