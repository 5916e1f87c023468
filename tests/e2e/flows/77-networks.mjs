// Networks of organisations (issue 15): the demo's network from Demo Kommune's side; a new network through
// the form (a refused blank name first, the purpose kept); inviting a peer municipality by its exact name
// (an unknown name refused first); the peer's owner accepting from its own list; the leave confirmation
// and leaving; the organisation's profile. Axe on the list, a network's page, the refused forms, the leave
// confirmation and the profile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, signIn, submitWith, visit } from '../harness.mjs';

const NAME = 'Netværk for velfærdsteknologi';
const PEER = { email: 'ejer@noerreaa.demo.forkant.dk', password: 'forkant-demo-2026' };

test('create a network, invite a peer that accepts, and leave it again', async () => {
  const ctx = await newContext();
  const peerCtx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    await submitWith(page, () => page.click(`nav a[href="${org}/networks"]`));
    await checkPage(page, { reflow: true });
    assert.match(await page.textContent('#networks'), /Digitaliseringsnetværk Midtjylland/);

    // The demo's network: its six members and the links to the benchmark and the library.
    await submitWith(page, () => page.click('#networks a'));
    await checkPage(page, { reflow: true });
    const members = await page.textContent('#members');
    for (const m of ['Demo Kommune', 'Nørreå Kommune', 'Midtby Kommune']) assert.match(members, new RegExp(m));
    assert.ok(await page.$('a[href$="/benchmark"]'), 'no link to the benchmark');
    assert.ok(await page.$('a[href$="/library"]'), 'no link to the library');

    // A blank name: refused, the purpose kept.
    await visit(page, `${org}/networks`);
    await page.fill('#network-name', '   ');
    await page.fill('#network-purpose', 'Vi deler erfaringer med sensorer og skærmbesøg.');
    const refused = await submitWith(page, () => page.click('#create button[type="submit"]'));
    assert.equal(refused.status, 422);
    await checkPage(page);
    assert.match(await page.textContent('#create-error'), /Skriv netværkets navn/);
    assert.equal(await page.inputValue('#network-purpose'), 'Vi deler erfaringer med sensorer og skærmbesøg.');
    await page.fill('#network-name', NAME);
    await submitWith(page, () => page.click('#create button[type="submit"]'));
    const network = new URL(page.url()).pathname;
    assert.match(network, /\/networks\/\d+$/, `creating led to ${page.url()}`);
    await checkPage(page);
    assert.match(await page.textContent('h1'), new RegExp(NAME));

    // Invite: a name that is not exact is refused and kept; the exact one waits for an answer.
    await page.fill('#invite-org', 'Nørreå kommune');
    const unknown = await submitWith(page, () => page.click('#invitations button[type="submit"]'));
    assert.equal(unknown.status, 422);
    await checkPage(page);
    assert.equal(await page.inputValue('#invite-org'), 'Nørreå kommune');
    await page.fill('#invite-org', 'Nørreå Kommune');
    await submitWith(page, () => page.click('#invitations button[type="submit"]'));
    assert.match(await page.textContent('#invitations'), /Nørreå Kommune/);

    // The peer's owner accepts from its own list of networks.
    const peer = await signIn(peerCtx, PEER);
    const peerOrg = new URL(peer.url()).pathname;
    await visit(peer, `${peerOrg}/networks`);
    assert.match(await peer.textContent('#invitations'), new RegExp(NAME));
    await submitWith(peer, () => peer.click('#invitations button[value="accept"]'));
    assert.match(new URL(peer.url()).pathname, /\/networks\/\d+$/);
    await checkPage(peer);
    assert.match(await peer.textContent('#members'), /Demo Kommune/);

    // Leaving: the confirmation first, then out; the history on Demo Kommune's side keeps the period.
    await submitWith(peer, () => peer.click('#leave a'));
    await checkPage(peer);
    await submitWith(peer, () => peer.click('form.card button[type="submit"]'));
    assert.equal(new URL(peer.url()).pathname, `${peerOrg}/networks`);
    assert.doesNotMatch(await peer.textContent('#networks'), new RegExp(NAME));
    await visit(page, network);
    assert.match(await page.textContent('#history'), /Nørreå Kommune/);
  } finally {
    await ctx.close();
    await peerCtx.close();
  }
});

test('the owner keeps the organisation profile', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;
    await visit(page, `${org}/profile`, { reflow: true });
    await page.fill('#profile-inhabitants', 'mange');
    const refused = await submitWith(page, () => page.click('form.card button[type="submit"]'));
    assert.equal(refused.status, 422);
    await checkPage(page);
    await page.fill('#profile-inhabitants', '52.000');
    await submitWith(page, () => page.click('form.card button[type="submit"]'));
    await checkPage(page);
    assert.equal(await page.inputValue('#profile-inhabitants'), '52000');
  } finally {
    await ctx.close();
  }
});
