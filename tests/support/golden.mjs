// The golden corpus and the native featurizer's answers for it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { featurizeTool, root } from './paths.mjs';

export const GOLDEN_BUCKETS = 1 << 18;
const corpusPath = path.join(root, 'tests/golden/corpus.jsonl');

export function goldenCorpus() {
  return readFileSync(corpusPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
}

/** The input of a corpus row as bytes (text_hex rows are not valid UTF-8). */
export function rowBytes(row) {
  return row.text_hex !== undefined ? Buffer.from(row.text_hex, 'hex') : Buffer.from(row.text, 'utf8');
}

/** Runs the native tool over the corpus: [{features}, ...] and [{ids}, ...]. */
export function nativeAnswers() {
  const input = readFileSync(corpusPath);
  const run = (flags) =>
    execFileSync(featurizeTool, ['--buckets', String(GOLDEN_BUCKETS), ...flags], { input })
      .toString('utf8').trim().split('\n').map((line) => JSON.parse(line));
  return { strings: run(['--strings']), ids: run([]) };
}
