// Assessment rounds: a round created through the API, answered through private respondent links
// (/r/{token}) page by page with the keyboard only, every respondent page checked at 320 px too.
// Runs as soon as the API announces the round routes in /api/v1/openapi.json and /r/{token} answers;
// until then it is skipped with a notice (the assessment pages are being written).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { DB, OWNER, api, apiPaths, checkPage, newContext, newPage, submitWith, visit } from '../harness.mjs';

const ROUTES = ['/api/v1/orgs/{org_id}/rounds', '/api/v1/rounds/{round_id}/open', '/api/v1/rounds/{round_id}/invitations'];

// Answers the respondent page in front of it with the keyboard: the first option of every radio
// group (Tab to it, Space), 100 points on the first purpose, then the page's primary submit button.
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

test('answer a round through a private link, keyboard only, at 320 px', async (t) => {
  const paths = await apiPaths();
  const missing = ROUTES.filter((r) => !paths.includes(r));
  if (missing.length) {
    t.skip(`assessment API not there yet (missing ${missing.join(', ')})`);
    return;
  }
  const bin = process.env.FORKANT_BIN;
  const token = execFileSync(bin, ['token', 'create', '--db', DB, '--email', OWNER.email], { encoding: 'utf8' }).trim().split(/\s+/).pop();
  const round = await api(token, 'POST', '/api/v1/orgs/1/rounds', {
    title: 'E2E-runde', framework: 'ti-spoergsmaal', groups: ['Direktion', 'Ledere'], min_respondents: 3,
  });
  await api(token, 'POST', `/api/v1/rounds/${round.id}/open`);
  const inv = await api(token, 'POST', `/api/v1/rounds/${round.id}/invitations`, { group: 'Direktion', count: 3 });
  const tokens = (inv.links ?? []).map((l) => l.token);
  assert.ok(tokens.length === 3, `expected 3 respondent tokens, got ${JSON.stringify(inv)}`);

  // The respondent pages (/r/{token}) come after the API; remove this guard when they are in.
  const probe = await fetch(new URL(`/r/${tokens[0]}`, process.env.FORKANT_URL));
  if (probe.status === 404) {
    t.skip('respondent pages /r/{token} not there yet (the API is)');
    return;
  }

  const ctx = await newContext();
  try {
    const page = await newPage(ctx);
    await visit(page, `/r/${tokens[0]}`, { reflow: true });
    for (let n = 0; n < 30; n++) {
      if (!(await answerPageByKeyboard(page))) break;
      await checkPage(page, { reflow: true });
    }
  } finally {
    await ctx.close();
  }
});
