// The competence matrix (issue 17, question 6): reached from the organisation's navigation; the AI Act's
// Art. 4 row is there marked as a legal duty with its date; a sector is added and a competence with it; a
// cell is assessed through its form; a refused name shows the reason; the gap shows in the matrix and on
// the ranked list, and becomes a step of a goal in one action. axe on every page and state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPage, newContext, signIn, submitWith, visit } from '../harness.mjs';

test('the competence matrix: the legal duty, managing rows and sectors, a cell, a gap made a step', async () => {
  const ctx = await newContext();
  try {
    const page = await signIn(ctx);
    const org = new URL(page.url()).pathname;

    await submitWith(page, () => page.click(`nav a[href="${org}/competencies"]`));
    await checkPage(page, { reflow: true });
    assert.equal(await page.textContent('h1'), 'Kompetencematrix');
    assert.match(await page.textContent('table.matrix tbody tr:first-child th'), /AI-forordningens artikel 4/);
    assert.match(await page.textContent('table.matrix tbody tr:first-child th'), /Lovkrav/);

    // The duty's cell for employees shows the legal text and its date.
    await submitWith(page, () => page.locator('table.matrix tbody tr').first().locator('td').nth(3).locator('a').click());
    await checkPage(page);
    assert.match(await page.textContent('#legal-duty'), /2025/);

    // Manage: a sector and a competence of our own.
    await visit(page, `${org}/competencies/manage`);
    await checkPage(page);
    await page.fill('#new-sector-name', 'Kultur og fritid (e2e)');
    await submitWith(page, () => page.click('form[action$="/competencies/sectors"] button[type="submit"]'));
    await checkPage(page);
    await page.fill('#new-competence-name', 'Borgerrettet AI (e2e)');
    await submitWith(page, () => page.click('form[action$="/competencies"] button[type="submit"]'));
    await checkPage(page);
    await page.fill('#new-competence-name', 'borgerrettet ai (e2e)');
    await submitWith(page, () => page.click('form[action$="/competencies"] button[type="submit"]'));
    assert.match(await page.textContent('#manage-error'), /allerede en kompetence/);
    await checkPage(page);

    // The sector filter shows the matrix for one sector.
    await visit(page, `${org}/competencies`);
    const sector = await page.$eval('#matrix-sector option:last-child', (o) => o.value);
    await page.selectOption('#matrix-sector', sector);
    await submitWith(page, () => page.click('form[action$="/competencies"] button[type="submit"]'));
    await checkPage(page);
    assert.match(page.url(), /sector=/);

    // A cell of the new competence for managers, in every sector.
    await visit(page, `${org}/competencies`);
    const row = page.locator('table.matrix tbody tr', { hasText: 'Borgerrettet AI (e2e)' });
    await submitWith(page, () => row.locator('td').nth(2).locator('a').click());
    await checkPage(page);
    await page.selectOption('#cell-current', '1');
    await page.selectOption('#cell-needed', '4');
    await page.selectOption('#cell-route', 'train');
    await page.fill('#cell-due', '2027-02-01');
    await submitWith(page, () => page.click('form[action$="/competencies/cell"] button[type="submit"]'));
    await checkPage(page);
    const cell = page.locator('table.matrix tbody tr', { hasText: 'Borgerrettet AI (e2e)' }).locator('td').nth(2);
    assert.match(await cell.textContent(), /1 → 4/);
    assert.match(await cell.textContent(), /Gab: 3/);

    // The ranked gaps; the gap becomes a step of the first goal in one action.
    await visit(page, `${org}/competencies/gaps`);
    await checkPage(page);
    const gap = page.locator('tbody tr', { hasText: 'Borgerrettet AI (e2e)' });
    await submitWith(page, () => gap.locator('button[type="submit"]').click());
    await checkPage(page);
    const done = page.locator('tbody tr', { hasText: 'Borgerrettet AI (e2e)' });
    assert.equal(await done.locator('button[type="submit"]').count(), 0);
    assert.match(await done.locator('td a').last().textContent(), /Borgerrettet AI \(e2e\)/);
  } finally {
    await ctx.close();
  }
});
