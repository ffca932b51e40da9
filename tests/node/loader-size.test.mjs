// The loader a page imports before the first keystroke (dist/index.js and what
// it imports statically) stays within 15,000 bytes brotli, and the heavy parts
// (the wasm core's glue, the engine, onnxruntime-web) stay out of it: they
// load later, in the Worker.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOADER_BUDGET_BROTLI, measureLoader, staticImports } from '../../scripts/measure-loader.mjs';

test('the static import graph is read from import and export statements, not import()', () => {
  const source = `import { a } from './a.js';
import './side.js';
export { b } from "./b.js";
export * from './c.js';
import type_only from 'other-package';
const later = await import('./lazy.js');
// import { gone } from './commented.js';
/* export * from './also-commented.js'; */`;
  assert.deepEqual(staticImports(source), ['./a.js', './side.js', './b.js', './c.js', 'other-package']);
});

test(`the loader is at most ${LOADER_BUDGET_BROTLI} bytes brotli`, () => {
  const { modules, total, external } = measureLoader();
  const files = modules.map((module) => module.file);
  assert.ok(files.includes('dist/guard.js'), 'the graph reaches the guard');
  assert.deepEqual(external, [], 'no other package is imported before the first keystroke');
  for (const lazy of ['dist/guard-core.js', 'dist/engine.js', 'dist/core.js', 'dist/worker.js']) {
    assert.ok(!files.includes(lazy), `${lazy} loads lazily, not with the loader`);
  }
  assert.ok(total.brotli <= LOADER_BUDGET_BROTLI,
    `the loader is ${total.brotli} B brotli (${files.join(', ')}); the budget is ${LOADER_BUDGET_BROTLI}`);
});
