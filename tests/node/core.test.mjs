// The wasm core's JavaScript wrapper: loading, errors, disposal, hostile strings.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CoreError, HelpbridgeCore } from '../../dist/core.js';
import { Featurizer } from '../../dist/featurizer.js';
import { featurizeTool } from '../support/paths.mjs';

const core = await HelpbridgeCore.load();

// The native build's, which the shipped model was trained with.
const NATIVE_FEATURE_VERSION = Number(execFileSync(featurizeTool, ['--version']).toString());

test('feature version is exposed: the native build\'s and the shipped model\'s', () => {
  assert.equal(core.featureVersion, NATIVE_FEATURE_VERSION);
  const manifest = JSON.parse(readFileSync(new URL('../../models/manifest.json', import.meta.url), 'utf8'));
  assert.equal(core.featureVersion, manifest.features.version);
});

test('invalid arguments are CoreErrors, not crashes', () => {
  assert.throws(() => Featurizer.create(core, 0), CoreError);
  assert.throws(() => Featurizer.create(core, -1), CoreError);
  assert.throws(() => Featurizer.create(core, 1.5), CoreError);
});

test('a disposed featurizer refuses work', () => {
  const featurizer = Featurizer.create(core, 1024);
  featurizer.dispose();
  featurizer.dispose();
  assert.throws(() => featurizer.featurize('hello'), /disposed/);
});

test('lone surrogates from JavaScript are replaced', () => {
  const featurizer = Featurizer.create(core, 1 << 16);
  const explained = featurizer.explain('die\uD800 now\uDFFF');
  assert.equal(explained.normalized, 'die\uFFFD now\uFFFD');
  featurizer.dispose();
});

test('a 10 MB string keeps its end and is bounded', () => {
  const featurizer = Featurizer.create(core, 1 << 16);
  const huge = 'filler '.repeat(1_500_000) + 'i want to die';
  const explained = featurizer.explain(huge);
  assert.ok(explained.normalized.endsWith('i want to die'));
  assert.ok([...explained.normalized].length <= 4096);
  featurizer.dispose();
});

test('assetBase overrides where the core is loaded from', async () => {
  const { fileURLToPath } = await import('node:url');
  const base = fileURLToPath(new URL('../../', import.meta.url));
  const other = await HelpbridgeCore.load({ assetBase: base });
  assert.equal(other.featureVersion, NATIVE_FEATURE_VERSION);
  await assert.rejects(HelpbridgeCore.load({ assetBase: '/nonexistent/place/' }));
});
