// The printed agenda and minutes: the next meeting's print page shows the organisation and every drafted
// point with why it is there and its background link written out; a held meeting's print page shows who
// attended, the minutes, the decisions taken and the follow-ups. Both pass axe on screen and in print
// media, and both offer the same content as a PDF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, runAxe, formatViolations, signIn, submitWith, visit } from '../harness.mjs';

// axe again with print media emulated: what the paper shows must be accessible as well.
async function checkPrint(page) {
  await page.emulateMedia({ media: 'print' });
  try {
    const { violations } = await runAxe(page);
    assert.equal(violations.length, 0, `in print:\n${formatViolations(violations, page.url())}`);
    assert.equal(await page.isVisible('nav[aria-label]'), false, 'the navigation is printed');
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

async function expectPdf(page, href) {
  const res = await page.request.get(href);
  assert.equal(res.status(), 200, href);
  assert.equal(res.headers()['content-type'], 'application/pdf');
  assert.match(res.headers()['content-disposition'], /^attachment; filename="[a-z]+-\d{4}-\d{2}-\d{2}\.pdf"$/);
  assert.equal((await res.body()).subarray(0, 5).toString(), '%PDF-');
}

test('print the next agenda and a held meeting\'s minutes, and download them as PDF', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    await visit(page, `${org}/meetings`);
    const series = await page.$$eval('main li.card h2 a', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(series.length >= 1, 'the demo has no meeting series');
    await visit(page, series[0]);
    assert.equal(await page.textContent(`a[href="${series[0]}/agenda.pdf"]`), 'Hent som PDF');

    await submitWith(page, () => page.click(`a[href="${series[0]}/print"]`));
    await checkPage(page, { reflow: true });
    await checkPrint(page);
    assert.match(await page.textContent('.print-org'), /Demo Kommune/);
    const items = await page.$$eval('.print-items > li', (lis) => lis.map((li) => li.textContent));
    assert.ok(items.length >= 3, 'the drafted agenda has fewer than three points');
    for (const item of items) assert.match(item, /Hvorfor: /);
    const links = await page.$$eval('.print-link a', (as) => as.map((a) => a.textContent));
    assert.ok(links.length >= 1 && links.every((t) => /^https?:\/\//.test(t)), `links not written out: ${links}`);
    await expectPdf(page, `${series[0]}/agenda.pdf`);

    await visit(page, `${series[0]}/history`);
    const held = await page.$$eval('main table tbody tr td a', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(held.length >= 1, 'the demo has no held meeting');
    await visit(page, held[0]);
    assert.match(await page.textContent('ul.attendees'), /Dennis Digitaliseringschef/);
    await submitWith(page, () => page.click(`a[href="${held[0]}/print"]`));
    await checkPage(page, { reflow: true });
    await checkPrint(page);
    const main = await page.textContent('main');
    assert.match(main, /Deltagere/);
    assert.match(main, /Dennis Digitaliseringschef/);
    assert.match(main, /Beslutninger/);
    await expectPdf(page, `${held[0]}/minutes.pdf`);
  } finally {
    await ctx.close();
  }
});
