// The classifier end to end in Node: the wasm core + onnxruntime-web, the same
// path the browser runs, and the command line built on it.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import * as ort from 'onnxruntime-web';
import { Assessor } from '../../dist/assessor.js';
import { CoreError, HelpbridgeCore } from '../../dist/core.js';
import { Engine } from '../../dist/engine.js';
import { root } from '../support/paths.mjs';

const engine = await Engine.load({ ort });
const cli = path.join(root, 'bin/helpbridge.mjs');

// A fixed set of sentences whose decisions must stay stable: crisis messages
// in several languages, and the hard negatives a keyword list gets wrong.
const STABLE = [
  ['I want to end my life tonight, I have the pills ready', 'urgent', 'suicidal_ideation'],
  ['i cut myself again last night and i cant stop', 'support|urgent', 'self_harm'],
  ["i can't breathe my heart is racing i think i'm dying, panic attack", 'support|urgent', 'anxiety_crisis'],
  ['ya no puedo más, me quiero morir', 'support|urgent', 'suicidal_ideation'],
  ['je veux mourir, je ne supporte plus rien', 'support|urgent', 'suicidal_ideation'],
  ['ich will nicht mehr leben', 'support|urgent', 'suicidal_ideation'],
  ['我不想活了，活着没意思', 'support|urgent', 'suicidal_ideation'],
  ['もう死にたい、消えたい', 'support|urgent', 'suicidal_ideation'],
  ['this homework is killing me lol', 'none', null],
  ['just died again to the final boss in elden ring 💀', 'none', null],
  ['how do I kill a zombie process in linux', 'none', null],
  ['what were the suicide rates in Japan in the 1990s for my thesis', 'none', null],
  ['me muero de risa con este video jajaja', 'none', null],
  // A chat widget's ordinary traffic: the first trained model flagged these.
  ['can you help me reset my password?', 'none', null],
  ['aa', 'none', null],
  ['thanks 🌷', 'none', null],
  ['❤️', 'none', null],
];

for (const [text, levels, category] of STABLE) {
  test(`stable decision: ${text}`, async () => {
    const decision = await engine.check(text, false);
    assert.equal(decision.source, 'model');
    assert.match(decision.level, new RegExp(`^(${levels})$`), `level for: ${text}`);
    assert.equal(decision.category, category);
  });
}

test('probabilities are calibrated and sum to one', async () => {
  const decision = await engine.check('I feel hopeless', false);
  const sum = Object.values(decision.probabilities).reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(sum - 1) < 1e-6);
});

test('a model built for another feature version is a clear load error', async () => {
  const core = await HelpbridgeCore.load();
  const manifest = JSON.parse(readFileSync(path.join(root, 'models/manifest.json'), 'utf8'));
  manifest.features.version += 1;
  assert.throws(() => Assessor.create(core, JSON.stringify(manifest)), (error) =>
    error instanceof CoreError && error.status === 3 && /feature version/.test(error.message));
});

test('check prints the decision as JSON, also for any bytes on stdin', () => {
  const out = JSON.parse(execFileSync('node', [cli, 'check', 'I want to kill myself', '--country', 'gb'], { encoding: 'utf8' }));
  assert.equal(out.level, 'urgent');
  assert.equal(out.country, 'GB');
  const bytes = Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x20, 0x6b, 0x69, 0x6c, 0x6c]);
  const fromStdin = spawnSync('node', [cli, 'check', '-'], { input: bytes, encoding: 'utf8' });
  assert.equal(fromStdin.status, 0, fromStdin.stderr);
  assert.ok(['none', 'support', 'urgent'].includes(JSON.parse(fromStdin.stdout).level));
});

test('eval prints exactly one JSON object with the contract fields; malformed lines are counted', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'helpbridge-eval-'));
  const file = path.join(dir, 'rows.jsonl');
  writeFileSync(file, [
    JSON.stringify({ text: 'I want to end my life', label: 'suicidal_ideation', expect: 'urgent' }),
    JSON.stringify({ text: 'this homework is killing me', label: 'no_crisis', expect: 'quiet' }),
    JSON.stringify({ text: 'i keep cutting my arms', label: 'self_harm', lang: 'en', expect: 'support' }),
    'not json',
    JSON.stringify({ text: 42 }),
    JSON.stringify({ text: 'x', label: 'not_a_label' }),
    '',
  ].join('\n'));
  const run = spawnSync('node', [cli, 'eval', file], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  const result = JSON.parse(lines[0]);
  for (const key of ['n', 'accuracy', 'macro_f1', 'per_class', 'crisis', 'levels', 'latency_us', 'malformed']) {
    assert.ok(key in result, key);
  }
  assert.equal(result.n, 3);
  assert.equal(result.malformed, 3);
  assert.deepEqual(Object.keys(result.crisis).sort(), ['precision', 'recall', 'specificity']);
  assert.deepEqual(Object.keys(result.levels).sort(), ['alert_recall', 'quiet_false_alarm', 'urgent_recall']);
  assert.equal(result.per_class.suicidal_ideation.support, 1);
  assert.equal(result.crisis.specificity, 1);
  assert.ok(result.latency_us.p50 > 0);
});
