// The shipped model's any-crisis recall at fixed specificities on a labelled
// JSONL file (rows {text, label}), through the real path (wasm core +
// onnxruntime-web), each message on its own: what the alert threshold would
// have to be for a given false-alarm rate, and what recall it would keep.
// For the model card's limits; not part of training or of npm test.
//
//   node models/train/operating-points.mjs build/dev/derived/in_scope.jsonl
import { readFileSync } from 'node:fs';
import { createEngine } from '../../dist/node.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: node models/train/operating-points.mjs FILE.jsonl');
  process.exit(2);
}

const engine = await createEngine();
const positives = [];
const negatives = [];
for (const line of readFileSync(file, 'utf8').split('\n')) {
  let row;
  try {
    row = JSON.parse(line);
  } catch {
    continue;
  }
  if (typeof row?.text !== 'string' || typeof row.label !== 'string') continue;
  const decision = await engine.check(row.text, false);
  // P(any crisis) of the message as a whole. A message decided by its last
  // sentence counts as flagged at every threshold (an approximation: that
  // rule needs the model all but sure of the sentence, or an explicit phrase).
  const score = decision.from_last_sentence ? 1 : 1 - decision.probabilities.no_crisis;
  (row.label === 'no_crisis' ? negatives : positives).push(score);
}
await engine.dispose();

negatives.sort((a, b) => a - b);
console.log(`${file}: ${positives.length} crisis rows, ${negatives.length} no_crisis rows`);
for (const specificity of [0.7, 0.8, 0.85, 0.9, 0.95]) {
  const threshold = negatives[Math.min(negatives.length - 1, Math.floor(specificity * negatives.length))];
  const recall = positives.filter((score) => score > threshold).length / positives.length;
  console.log(`  specificity ${specificity.toFixed(2)}: P(any crisis) > ${threshold.toFixed(4)}, recall ${recall.toFixed(3)}`);
}
