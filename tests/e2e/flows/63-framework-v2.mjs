// A round on version 2 of the built-in framework answered on a phone (375 CSS px), the way a citizen or
// an employee with a link would: the first page promises the number of answers and the time computed
// from the framework and says what the link allows before and after submitting; the question pages
// speak of the organisation in the third person, with the standard agreement labels, a balanced
// importance scale and "Ved ikke" on the importance too; the comment box says comments are shown word
// for word. Every page is checked with axe and for sideways scrolling at 375 px.
// E2E_SCREENSHOTS=DIR saves the intro and the first question page as PNGs there (to look at, not kept).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkPage, newContext, newPage, signIn, submitWith, visit } from '../harness.mjs';

const PHONE = { width: 375, height: 740 };

async function shot(page, name) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

async function noSidewaysScroll(page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `sideways scrolling at ${PHONE.width} px on ${page.url()}: scrollWidth ${width}`);
}

// Chooses an option the way a finger does: a tap on its label.
async function tapOption(page, id) {
  await page.click(`label[for="${id}"]`);
  assert.equal(await page.isChecked(`#${id}`), true, `tapping the label of #${id} did not choose it`);
}

test('a version 2 round answered on a phone: honest promises, neutral scales, "don\'t know" on importance', async () => {
  const owner = await newContext({ acceptDownloads: true });
  const phone = await newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  try {
    // The coordinator creates and opens a round (the latest version of the framework) and takes one link.
    const admin = await signIn(owner);
    const org = new URL(admin.url()).pathname;
    await admin.goto(`${org}/rounds`);
    await admin.fill('#round-title', 'Telefonrunde v2');
    await admin.fill('#round-k', '3');
    await submitWith(admin, () => admin.press('#round-title', 'Enter'));
    assert.match(new URL(admin.url()).pathname, /^\/rounds\/\d+$/, `creating a round led to ${admin.url()}`);
    await submitWith(admin, () => admin.click('form[action$="/open"] button'));
    await admin.fill('#links-count', '1');
    const [download] = await Promise.all([admin.waitForEvent('download'), admin.click('form[action$="/links"] button')]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    const link = [...csv.matchAll(/https?:\/\/[^\s;,"]+(\/r\/[A-Za-z0-9_-]{22,})/g)].map((m) => m[1])[0];
    assert.ok(link, `no link in the CSV:\n${csv}`);

    const page = await newPage(phone);
    await visit(page, link, { reflow: true });
    await noSidewaysScroll(page);
    const intro = await page.textContent('main');
    // 48 statements + 10 positions + 10 importance ratings + the allocation; 68 x 10 s + 60 s -> 15 min.
    assert.match(intro, /69 udsagn på 10 sider, ca\. 15 minutter\./, 'the intro does not promise the computed workload');
    assert.doesNotMatch(intro, /Topledelsens fælles vurdering/);
    assert.doesNotMatch(intro, /heller ikke den, der har sendt dig linket – kan se dine enkelte svar/);
    assert.match(intro, /Linket er kun til dig\./);
    assert.match(intro, /Indtil du indsender, er dine svar en kladde, som alle, der har linket, kan åbne/);
    await shot(page, 'intro-375');

    // Question 1: third person, the standard agreement labels, the balanced importance scale with
    // "Ved ikke", and the comment box saying comments are shown word for word.
    await submitWith(page, () => page.click(`main a[href="${link}/q/1"]`));
    await checkPage(page, { reflow: true });
    await noSidewaysScroll(page);
    const q1 = await page.textContent('main');
    assert.match(q1, /Det er tydeligt, hvad organisationen vil opnå med den digitale omstilling\./);
    assert.match(q1, /Topledelsen har taget klar stilling til dette spørgsmål\./);
    assert.doesNotMatch(q1, /Som topledelse|Vi i topledelsen/);
    for (const label of ['1 Slet ikke', '2 I mindre grad', '3 I nogen grad', '4 I høj grad', '5 I meget høj grad']) {
      assert.ok(q1.includes(label), `the agreement label "${label}" is missing`);
    }
    const importance = await page.$$eval('fieldset.importance-item label', (ls) => ls.map((l) => l.textContent.trim()));
    assert.deepEqual(importance, ['1 Meget uvigtigt', '2 Uvigtigt', '3 Hverken vigtigt eller uvigtigt', '4 Vigtigt',
      '5 Meget vigtigt', 'Ved ikke']);
    assert.match(await page.textContent('.field.comment'), /vist ordret i resultaterne/);
    await shot(page, 'question-375');

    await tapOption(page, 'item-q1-s1-4');
    await tapOption(page, 'item-q1-importance-dk');
    const points = await page.$$('main [data-allocation] input[type="number"]');
    for (let i = 0; i < points.length; i++) await points[i].fill(i === 0 ? '60' : i === 1 ? '40' : '0');
    await submitWith(page, () => page.click('button[name="nav"][value="next"]:not(.default-submit)'));
    assert.match(new URL(page.url()).pathname, /\/q\/2$/, `"Næste" on question 1 led to ${page.url()}`);

    // The other nine questions: one statement each, "Ved ikke" on one more importance.
    for (let n = 2; n <= 10; n++) {
      await tapOption(page, `item-q${n}-s1-3`);
      if (n === 5) await tapOption(page, 'item-q5-importance-dk');
      await submitWith(page, () => page.click('button[name="nav"][value="next"]:not(.default-submit)'));
    }
    assert.match(new URL(page.url()).pathname, /\/review$/, `the last question led to ${page.url()}`);
    await checkPage(page, { reflow: true });
    await noSidewaysScroll(page);
    const review = await page.textContent('main');
    assert.match(review, /Hvor vigtigt er dette spørgsmål for organisationen de næste to år\?\s*Ved ikke/);
    assert.match(review, /kan hverken du eller andre åbne eller ændre dine svar med linket/);

    await submitWith(page, () => page.click('main form[action$="/submit"] button[type="submit"]'));
    await checkPage(page, { reflow: true });
    const thanks = await page.textContent('main');
    assert.match(thanks, /Dine svar er indsendt og gemt uden forbindelse til linket\./);
    await page.close();

    // The coordinator's round page counts the one submission.
    await visit(admin, new URL(admin.url()).pathname);
    assert.match(await admin.textContent('main'), /Telefonrunde v2/);
  } finally {
    await phone.close();
    await owner.close();
  }
});
