// Sharing with a network (issue 15, item 2): the "Del med netværk" section of a deselection's page, the
// text prefilled from its reasons; an emptied text is refused with the reason and kept; shared
// anonymously, the page says so by the anonymous label; withdrawn with its confirmation. The sections of
// an initiative's page (already shared by the demo) and an evaluated step's share page, in Danish and
// English. Axe on each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, signIn, submitWith, visit } from '../harness.mjs';

const DESELECTION = 'Vi udvikler ikke egne apps';

async function linkTo(page, path, title) {
  await visit(page, path);
  const href = await page.$$eval('main a', (as, t) =>
    as.find((a) => a.textContent.trim() === t)?.getAttribute('href'), title);
  assert.ok(href, `no link "${title}" on ${path}`);
  return href;
}

test('share a deselection anonymously with the network and withdraw it', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    const href = await linkTo(page, `${org}/decisions`, DESELECTION);
    await visit(page, href, { reflow: true });
    const section = page.locator('#sharing');
    assert.match(await section.locator('h2').textContent(), /Del med netværk/);
    const form = section.locator(`form[action$="/share"]`).first();
    assert.ok((await form.locator('textarea[name="body"]').inputValue()).length > 20, 'the reasons are not prefilled');
    assert.equal(await form.locator('input[name="contact_email"]').inputValue(), 'direktoer@demo.forkant.dk');
    assert.match(await section.textContent(), /Dette forlader organisationen/);

    // The reasons emptied: refused with the reason, the title kept.
    await form.locator('input[name="title"]').fill('Ingen egne apps');
    await form.locator('textarea[name="body"]').fill('');
    // `required` would stop the browser; the server's answer is what is tested here.
    await page.$eval('#sharing form[action$="/share"] textarea[name="body"]', (t) => t.removeAttribute('required'));
    const refused = await submitWith(page, () => form.locator('button[type="submit"]').click());
    assert.equal(refused.status, 422);
    await checkPage(page);
    assert.match(await page.textContent('#sharing .alert.error'), /begrundelse/);
    assert.equal(await page.locator('#sharing form[action$="/share"] input[name="title"]').first().inputValue(),
      'Ingen egne apps');

    // Shared anonymously.
    const again = page.locator('#sharing form[action$="/share"]').first();
    await again.locator('textarea[name="body"]').fill('Borgerne har apps nok; kommunerne bør bruge de fælles løsninger.');
    await again.locator('input[name="shown_as"][value="anonymous"]').check();
    const shared = await submitWith(page, () => again.locator('button[type="submit"]').click());
    assert.equal(shared.status, 303);
    await checkPage(page, { reflow: true });
    assert.match(await page.textContent('#sharing .sharing-status'), /som en kommune med 40\.000–60\.000 indbyggere/);

    // Withdrawn, with the confirmation ticked.
    await page.locator('#sharing form.sharing-withdraw input[name="confirm"]').first().check();
    const withdrawn = await submitWith(page, () =>
      page.locator('#sharing form.sharing-withdraw button[type="submit"]').first().click());
    assert.equal(withdrawn.status, 303);
    await checkPage(page);
    assert.equal(await page.locator('#sharing .sharing-status').count(), 0, 'still shared after withdrawing');
  } finally {
    await ctx.close();
  }
});

test('the sections of an initiative and of an evaluated step, in Danish and English', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    const initiative = await linkTo(page, `${org}/initiatives`, 'AI-jobmatch i jobcentret');
    await visit(page, initiative, { reflow: true });
    assert.match(await page.textContent('#sharing'), /Delt .* som Demo Kommune/);

    await visit(page, `${org}/goals`);
    const goal = await page.$$eval('main a[href*="/goals/"]', (as) => as[0]?.getAttribute('href'));
    await visit(page, goal);
    const share = await page.$$eval('main a[href$="/share"]', (as) => as[0]?.getAttribute('href'));
    assert.ok(share, 'an evaluated step has no share link');
    await visit(page, share, { reflow: true });
    assert.match(await page.textContent('h1'), /Del læringen/);

    await submitWith(page, () => page.click('footer button[name="lang"][value="en"]'));
    await visit(page, share);
    assert.match(await page.textContent('#sharing h2'), /Share with a network/);
    await visit(page, initiative);
    assert.match(await page.textContent('#sharing'), /Shared on .* as Demo Kommune/);
    // Back to Danish: the owner's language is kept for the flows after this one.
    await submitWith(page, () => page.click('footer button[name="lang"][value="da"]'));
    assert.equal(await page.getAttribute('html', 'lang'), 'da');
  } finally {
    await ctx.close();
  }
});
