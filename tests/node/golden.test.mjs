// The wasm featurizer gives exactly the native features, byte for byte, on a
// corpus of 20+ scripts, emoji, invalid UTF-8 and evasions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HelpbridgeCore } from '../../dist/core.js';
import { Featurizer } from '../../dist/featurizer.js';
import { GOLDEN_BUCKETS, goldenCorpus, nativeAnswers, rowBytes } from '../support/golden.mjs';

test('wasm features equal native features on the golden corpus', async () => {
  const corpus = goldenCorpus();
  assert.ok(corpus.length >= 40);
  const native = nativeAnswers();
  const core = await HelpbridgeCore.load();
  const featurizer = Featurizer.create(core, GOLDEN_BUCKETS);
  let nonEmpty = 0;
  for (const [i, row] of corpus.entries()) {
    const bytes = rowBytes(row);
    const explained = featurizer.explain(bytes);
    assert.deepEqual(explained.features, native.strings[i].features, `features of ${row.name}`);
    assert.deepEqual(Array.from(featurizer.featurize(bytes)), native.ids[i].ids, `ids of ${row.name}`);
    if (row.text !== undefined) {
      // The string path (TextEncoder into wasm memory) gives the same as the bytes.
      assert.deepEqual(Array.from(featurizer.featurize(row.text)), native.ids[i].ids, `string ids of ${row.name}`);
    }
    nonEmpty += explained.features.length > 0 ? 1 : 0;
  }
  assert.ok(nonEmpty >= corpus.length - 3, 'almost every row has features');
  featurizer.dispose();
});

// The feature contract: the model in models/ was trained on exactly these
// features. A change here needs a new kFeatureVersion, a retrained model and a
// regenerated snapshot (node scripts/update-golden-snapshot.mjs).
test('native features equal the committed snapshot (the features the shipped model was trained on)', async () => {
  const { readFileSync } = await import('node:fs');
  const snapshot = readFileSync(new URL('../golden/expected-features.jsonl', import.meta.url), 'utf8')
    .trim().split('\n').map((line) => JSON.parse(line));
  const native = nativeAnswers();
  const corpus = goldenCorpus();
  assert.equal(snapshot.length, corpus.length);
  for (const [i, row] of corpus.entries()) {
    assert.deepEqual(native.strings[i].features, snapshot[i].features, `features of ${row.name}`);
    assert.deepEqual(native.ids[i].ids, snapshot[i].ids, `ids of ${row.name}`);
  }
});
