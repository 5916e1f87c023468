// Negative controls: the checks above must fail on a broken page, or a green run proves nothing.
// Each breaks a live page in the browser only (never the product) and expects the check to object.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, checkReflow, newContext, newPage, runAxe } from '../harness.mjs';

test('harness self-test: a removed label, a wide element and a missing skip link are caught', async () => {
  const ctx = await newContext();
  try {
    const page = await newPage(ctx);
    await page.goto('/login');
    await page.evaluate(() => document.querySelector('label[for="email"]').remove());
    const axe = await runAxe(page);
    const label = axe.violations.find((v) => v.id === 'label');
    assert.ok(label, `axe did not report the missing label; violations: ${axe.violations.map((v) => v.id)}`);
    assert.deepEqual(label.nodes.map((n) => n.target.join(' ')), ['#email']);
    await assert.rejects(checkPage(page), /label \[critical\].*\n.*#email/s);

    await page.goto('/login');
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.style.width = '400px';
      wide.textContent = 'x';
      document.querySelector('main').append(wide);
    });
    await assert.rejects(checkReflow(page), /horizontal scrolling at 320 CSS px/);

    await page.goto('/login');
    await page.evaluate(() => document.querySelector('.skip-link').remove());
    await assert.rejects(checkPage(page), /not a skip link/);
  } finally {
    await ctx.close();
  }
});
