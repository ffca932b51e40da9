// The shipped model's decisions on a JSONL fixture of tests/node/fixtures/
// (rows {text, expect, lang, ...}), each message judged on its own: the
// regression tests of the model split them into crisis and quiet rows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as ort from 'onnxruntime-web';
import { Engine } from '../../dist/engine.js';
import { root } from './paths.mjs';

export async function decideFixture(name) {
  const rows = readFileSync(path.join(root, 'tests/node/fixtures', name), 'utf8')
    .trim().split('\n').map((line) => JSON.parse(line));
  const engine = await Engine.load({ ort });
  const decided = [];
  for (const row of rows) decided.push({ ...row, decision: await engine.check(row.text, false) });
  await engine.dispose();
  return {
    crisis: decided.filter((row) => row.expect !== 'quiet'),
    quiet: decided.filter((row) => row.expect === 'quiet'),
  };
}

/** One line per row, for assertion messages: every miss is named. */
export function show(rows) {
  return rows.map((row) => `${row.lang}: ${row.text} -> ${row.decision.level} ${row.decision.category ?? ''}`).join('\n');
}
