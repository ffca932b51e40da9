// Measures the wasm core's size and the featurizer's throughput, natively and in
// wasm (the same benchmark source built twice), on the project's own written
// text in 20 languages. Prints a JSON object; the README quotes it.
//
//   node scripts/measure-core.mjs [SECONDS]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seconds = process.argv[2] ?? '3';

function sizes(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const writtenDir = path.join(root, 'models/train/written');
const corpus = readdirSync(writtenDir).filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(path.join(writtenDir, f), 'utf8').trim().split('\n'))
  .map((line) => JSON.stringify({ text: JSON.parse(line).text }));
const corpusFile = path.join(tmpdir(), 'helpbridge-bench-corpus.jsonl');
writeFileSync(corpusFile, corpus.join('\n') + '\n');

const run = (cmd, args) => JSON.parse(execFileSync(cmd, args, { encoding: 'utf8' }));
const native = run(path.join(root, 'build/native/featurize_bench'), [corpusFile, seconds]);
const wasm = run('node', [path.join(root, 'build/wasm/featurize_bench.cjs'), corpusFile, seconds]);

const wasmSize = sizes(path.join(root, 'dist/core/helpbridge-core.wasm'));
const glueSize = sizes(path.join(root, 'dist/core/helpbridge-core.mjs'));
console.log(JSON.stringify({
  core_wasm_with_icu_data: wasmSize,
  core_glue_js: glueSize,
  featurize_mb_s: { native: +native.mb_per_s.toFixed(2), wasm: +wasm.mb_per_s.toFixed(2) },
  featurize_messages_s: { native: Math.round(native.messages_per_s), wasm: Math.round(wasm.messages_per_s) },
  wasm_vs_native: +(native.mb_per_s / wasm.mb_per_s).toFixed(2),
  corpus_messages: native.messages,
  corpus_bytes: native.bytes_per_pass,
}, null, 2));
