// Entry point for `node --test`: one process, one browser, every flow in flows/*.mjs in name order.
// A flow file registers its tests with node:test's test(); adding a flow is adding a file.
import { after } from 'node:test';
import fs from 'node:fs';
import { closeBrowser, visited } from './harness.mjs';

after(async () => {
  await closeBrowser();
  console.log(`# e2e: checked ${visited.length} page loads (${new Set(visited.map((u) => new URL(u).pathname)).size} distinct paths)`);
});

const dir = new URL('./flows/', import.meta.url);
const only = process.env.E2E_ONLY; // a substring of a flow's file name, for working on one flow
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
  if (!only || file.includes(only)) await import(new URL(file, dir));
}
