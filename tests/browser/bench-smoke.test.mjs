// npm run bench, in short: `node bench/run.mjs --smoke` runs every phase (a
// tiny transformer, few messages) and writes build/bench/smoke/; its JSON has
// every key the benchmark issue asks for, each a finite number.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { REQUIRED_KEYS, valueAt } from '../../bench/results.mjs';
import { root as repoRoot } from '../support/paths.mjs';

test('the bench smoke run writes every key as a finite number', { timeout: 600_000 }, async () => {
  const out = path.join(repoRoot, 'build/bench/smoke-test');
  await promisify(execFile)('node', [path.join(repoRoot, 'bench/run.mjs'), '--smoke', '--out', out], { cwd: repoRoot });
  const results = JSON.parse(readFileSync(path.join(out, 'benchmarks.json'), 'utf8'));
  for (const key of REQUIRED_KEYS) {
    assert.ok(Number.isFinite(valueAt(results, key)), `${key} is a finite number (got ${JSON.stringify(valueAt(results, key))})`);
  }
  assert.equal(results.smoke, true);
  assert.ok(results.check_us.n > 0 && results.transformer_us.n > 0, 'both were timed');
  assert.ok(results.loader_brotli_bytes > 0 && results.lazy_brotli_bytes > 0, 'the page fetched its files');
  assert.match(readFileSync(path.join(out, 'BENCHMARKS.md'), 'utf8'), /^# Benchmarks/);
});
