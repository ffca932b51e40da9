// Rewrites tests/golden/expected-features.jsonl from the native featurizer
// (build/native). Run it only together with a new kFeatureVersion and a
// retrained model: the snapshot pins the features the shipped model was
// trained on (tests/node/golden.test.mjs).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { nativeAnswers } from '../tests/support/golden.mjs';
import { root } from '../tests/support/paths.mjs';

const { strings, ids } = nativeAnswers();
const lines = strings.map((row, i) => JSON.stringify({ features: row.features, ids: ids[i].ids }));
writeFileSync(path.join(root, 'tests/golden/expected-features.jsonl'), `${lines.join('\n')}\n`);
console.log(`wrote ${lines.length} rows`);
