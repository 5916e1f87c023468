// The browser-test harness: one Debian Chromium for the whole run, a fresh context per test, and
// `visit()`, which loads a page and runs the checks every page must pass:
//   - axe-core with the WCAG 2.0/2.1 A and AA rules: any violation fails, naming rule, target and URL;
//   - a non-empty <title> that no other page (path pattern + language) uses;
//   - exactly one <main> landmark;
//   - a skip link as the first focusable element: Tab focuses it, Enter moves focus into <main>;
//   - optionally (reflow: true) no horizontal scrolling at 320 CSS px (WCAG 1.4.10, 400 % zoom);
//   - no console errors, no uncaught page errors and no HTTP 5xx on the page or its sub-resources
//     (a Content-Security-Policy violation shows up as a console error).
//
// axe is injected by evaluating its source through the DevTools protocol (page.evaluate), which the
// page's CSP ("script-src 'self'") does not govern. The context keeps the real CSP (no bypassCSP), so
// the tests also prove that forkant's pages work under the policy it ships.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const BASE = process.env.FORKANT_URL;
export const DB = process.env.FORKANT_DB;
export const OWNER = { email: 'direktoer@demo.forkant.dk', password: 'forkant-demo-2026' };
if (!BASE) throw new Error('FORKANT_URL is not set: run the browser tests through tests/e2e/run');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browserPromise = null;

// One browser per run. Playwright's launch() starts Chromium with a fresh, empty temporary
// --user-data-dir of its own (playwright_chromiumdev_profile-* under TMPDIR, removed on close; run
// points TMPDIR at a folder it deletes). Playwright refuses --user-data-dir in `args`.
export function browser() {
  if (!browserPromise) {
    browserPromise = chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      timeout: 60_000,
      args: CHROMIUM_ARGS,
    });
  }
  return browserPromise;
}

export async function closeBrowser() {
  if (browserPromise) await (await browserPromise).close();
}

// A fresh, cookie-less context (a new visitor), with problem tracking on every page it opens.
export async function newContext(options = {}) {
  const ctx = await (await browser()).newContext({ baseURL: BASE, locale: 'da-DK', ...options });
  ctx.setDefaultTimeout(15_000);
  ctx.setDefaultNavigationTimeout(20_000);
  return ctx;
}

export async function newPage(ctx) {
  const page = await ctx.newPage();
  page.problems = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const url = (msg.location()?.url || '').split('#')[0];
    if (url.endsWith('/favicon.ico')) return; // forkant has no favicon; Chromium asks anyway
    // Chromium logs every 4xx document as a console error; visit() asserts the document's status.
    if (msg.text().startsWith('Failed to load resource') && url === page.url().split('#')[0]) return;
    page.problems.push(`console error on ${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => page.problems.push(`uncaught error on ${page.url()}: ${err.message}`));
  page.on('response', (res) => {
    if (res.status() >= 500) page.problems.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  return page;
}

// ---------------------------------------------------------------------------------------------------
// Page checks

const titles = new Map(); // `${lang} ${title}` -> page pattern that had it
export const visited = []; // every URL checked, for the summary

// /orgs/1/members -> /orgs/{n}/members; /join/abc...-> /join/{token}: one pattern per page kind.
function pattern(url) {
  const u = new URL(url);
  return u.pathname
    .split('/')
    .map((s) => (/^\d+$/.test(s) ? '{n}' : s.length >= 16 ? '{token}' : s))
    .join('/');
}

export async function runAxe(page) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) await page.evaluate(axeSource);
  return page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    }),
  );
}

export function formatViolations(violations, url) {
  return violations
    .map((v) => `  ${v.id} [${v.impact}] ${v.help}\n` +
      v.nodes.map((n) => `    target ${JSON.stringify(n.target)} on ${url}\n      ${n.html}`).join('\n'))
    .join('\n');
}

// Runs every page check on the page as it is now (after a navigation or a form post).
export async function checkPage(page, { reflow = false, errorStatus = 0 } = {}) {
  const url = page.url();
  await page.waitForLoadState('load');
  visited.push(url);

  const axe = await runAxe(page);
  assert.equal(axe.violations.length, 0,
    `axe found ${axe.violations.length} WCAG 2.1 A/AA violation(s) on ${url}:\n${formatViolations(axe.violations, url)}`);

  const { title, lang, mains } = await page.evaluate(() => ({
    title: document.title.trim(),
    lang: document.documentElement.lang,
    mains: document.querySelectorAll('main, [role="main"]').length,
  }));
  assert.ok(title, `empty <title> on ${url}`);
  assert.ok(lang, `no lang attribute on <html> on ${url}`);
  const key = `${lang} ${title}`;
  // An error page is one page whatever path answered with it ("Fejl 404" on every unknown id).
  const p = errorStatus >= 400 ? `error ${errorStatus}` : pattern(url);
  assert.ok(!titles.has(key) || titles.get(key) === p,
    `title "${title}" (${lang}) on ${url} is also the title of ${titles.get(key)}`);
  titles.set(key, p);
  assert.equal(mains, 1, `${mains} main landmarks on ${url}, expected exactly 1`);

  // Keyboard: the first Tab from the top lands on the skip link; Enter on it puts focus in <main>.
  // Start from the top of the document even when a #fragment or an earlier click moved the browser's
  // focus-navigation starting point: focus a temporary, untabbable marker placed before everything.
  await page.evaluate(() => {
    document.activeElement?.blur();
    const marker = document.createElement('span');
    marker.tabIndex = -1;
    marker.id = 'e2e-focus-start';
    document.body.prepend(marker);
    marker.focus();
    window.scrollTo(0, 0);
  });
  await page.keyboard.press('Tab');
  await page.evaluate(() => document.getElementById('e2e-focus-start')?.remove());
  const first = await page.evaluate(() => {
    const a = document.activeElement;
    const r = a.getBoundingClientRect();
    return { tag: a.tagName, href: a.getAttribute('href'), text: a.textContent.trim(),
             visible: r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.top < innerHeight };
  });
  assert.ok(first.tag === 'A' && first.href && first.href.startsWith('#'),
    `first focusable element on ${url} is <${first.tag.toLowerCase()} href=${first.href}> "${first.text}", not a skip link`);
  assert.ok(first.visible, `skip link on ${url} is not visible when focused`);
  await page.keyboard.press('Enter');
  const inMain = await page.evaluate(() => {
    const main = document.querySelector('main, [role="main"]');
    return main === document.activeElement || main.contains(document.activeElement);
  });
  assert.ok(inMain, `Enter on the skip link on ${url} does not move focus into <main>`);

  if (reflow) await checkReflow(page);
  assert.deepEqual(page.problems, [], `browser problems on ${url}`);
}

// WCAG 1.4.10: at 320 CSS px (1280 px at 400 % zoom) nothing scrolls sideways.
export async function checkReflow(page) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  try {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `horizontal scrolling at 320 CSS px on ${page.url()}: scrollWidth ${width}`);
  } finally {
    if (before) await page.setViewportSize(before);
  }
}

// Navigates and checks. Returns the response.
export async function visit(page, url, options = {}) {
  const res = await page.goto(url, { waitUntil: 'load' });
  const expect = options.status ?? 200;
  assert.equal(res.status(), expect, `GET ${url} answered ${res.status()}, expected ${expect}`);
  await checkPage(page, { ...options, errorStatus: expect >= 400 ? expect : 0 });
  return res;
}

// Submits by pressing Enter in `selector` (keyboard) or by activating a button, and waits for the
// navigation the form post causes.
// Returns the response of the first request of that navigation (e.g. the POST itself, before a 303).
export async function submitWith(page, action) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
  let first = response?.request();
  while (first?.redirectedFrom()) first = first.redirectedFrom();
  return first ? { status: (await first.response())?.status(), method: first.method(), url: first.url() } : null;
}

// ---------------------------------------------------------------------------------------------------
// Shared steps

// Signs in through the form with the keyboard only; returns a page on the org overview.
export async function signIn(ctx, { email = OWNER.email, password = OWNER.password } = {}) {
  const page = await newPage(ctx);
  await page.goto('/login');
  await page.focus('#email');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  const post = await submitWith(page, () => page.keyboard.press('Enter'));
  assert.match(new URL(page.url()).pathname, /^\/orgs\/\d+$/,
    `sign-in as ${email} did not land on an org page: ${post?.method} ${post?.url} answered ${post?.status}` +
    ` ("${(await page.textContent('main')).trim().slice(0, 120)}")`);
  return page;
}

// The JSON API with a personal token (forkant token create), for setting up data the flows need.
export async function api(token, method, urlPath, body) {
  const res = await fetch(new URL(urlPath, BASE), {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  assert.ok(res.ok, `${method} ${urlPath} answered ${res.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

export async function apiPaths() {
  const res = await fetch(new URL('/api/v1/openapi.json', BASE));
  return res.ok ? Object.keys((await res.json()).paths || {}) : [];
}

export function uniqueEmail(prefix) {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.dk`;
}
