// npm run bench: measures helpbridge in one run on this machine and writes
// docs/BENCHMARKS.md and docs/benchmarks.json. Needs the built tree (npm test
// or scripts/setup.sh) and Debian's Chromium; generates its transformer and
// its messages at bench time.
//
//   node bench/run.mjs            the full run (a few minutes), into docs/
//   node bench/run.mjs --smoke    a short run (tiny transformer, few messages), into build/bench/smoke/
//   node bench/run.mjs --out DIR  write the two files into DIR instead
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/support/browser.mjs';
import { measureColdStart } from './cold-start.mjs';
import { measureLatency } from './latency.mjs';
import { measureLazySession } from './lazy-session.mjs';
import { machine, versions } from './machine.mjs';
import { measureMemory } from './memory.mjs';
import { generateMessages, LENGTH, typingMessages } from './messages.mjs';
import { renderReport } from './report.mjs';
import { summarizeResults } from './results.mjs';
import { CACHE_CONTROL, startBenchServer } from './server.mjs';
import { summarize } from './stats.mjs';
import { MAX_TOKENS, tokenize } from './tokenizer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const smoke = process.argv.includes('--smoke');
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : path.join(root, smoke ? 'build/bench/smoke' : 'docs');

const MINILM = { layers: 6, hidden: 384, heads: 12, intermediate: 1536, vocab: 30522, positions: 512 };
const TINY = { layers: 1, hidden: 64, heads: 2, intermediate: 256, vocab: 30522, positions: 512 };

/** How much of everything: the full run, or a smoke run of a few seconds per phase. */
const PLAN = smoke
  ? { messages: 200, warmup: 20, transformer: { shape: TINY, messages: 10, warmup: 1 }, memory: { early: 100, late: 400 },
    coldStart: { profiles: 1, repeats: 1 }, typed: 1, featurizerSeconds: 0.2 }
  : { messages: 5000, warmup: 200, transformer: { shape: MINILM, messages: 300, warmup: 5 }, memory: { early: 1000, late: 10000 },
    coldStart: { profiles: 3, repeats: 2 }, typed: 4, featurizerSeconds: 3 };

const seconds = {};
async function phase(name, run) {
  const start = performance.now();
  process.stderr.write(`[bench] ${name}...\n`);
  const result = await run();
  seconds[name] = Number(((performance.now() - start) / 1000).toFixed(1));
  return result;
}

function makeTransformer(shape) {
  const file = path.join(root, 'build/bench', smoke ? 'transformer-tiny.onnx' : 'transformer-minilm.onnx');
  mkdirSync(path.dirname(file), { recursive: true });
  const flags = Object.entries(shape).flatMap(([key, value]) => [`--${key}`, String(value)]);
  const { parameters } = JSON.parse(execFileSync('/usr/bin/python3', [path.join(root, 'bench/make_transformer.py'), file, ...flags], { encoding: 'utf8' }));
  return { url: `/${path.relative(root, file)}`, parameters };
}

function measureFeaturizer() {
  // scripts/measure-core.mjs: the core's size and the featurizer, natively and in wasm.
  return JSON.parse(execFileSync('node', [path.join(root, 'scripts/measure-core.mjs'), String(PLAN.featurizerSeconds)], { encoding: 'utf8' }));
}

const started = performance.now();
const loadAtStart = os.loadavg();
const messages = generateMessages(PLAN.messages);
const lengths = messages.map((m) => Array.from(m).length);
// The transformer's subset: every n-th message, so it spans the whole set.
const stride = Math.floor(messages.length / PLAN.transformer.messages);
const transformerIndices = Array.from({ length: PLAN.transformer.messages }, (_, i) => i * stride);
const transformerMessages = transformerIndices.map((i) => messages[i]);
const transformer = await phase('transformer model', () => makeTransformer(PLAN.transformer.shape));
const core = await phase('featurizer (scripts/measure-core.mjs)', measureFeaturizer);

const server = await startBenchServer();
let latency;
let memory;
let coldStart;
let lazySession;
try {
  // One browser for the warm measurements; gc() and an eager memory measurement for the heaps.
  const browser = await launchBrowser({ args: ['--js-flags=--expose-gc', '--enable-blink-features=ForceEagerMeasureMemory'] });
  try {
    latency = await phase('check latency and the transformer', () => measureLatency(browser, server.url, {
      messages, warmup: PLAN.warmup,
      transformer: { model: transformer.url, messages: transformerMessages, warmup: PLAN.transformer.warmup },
    }));
    memory = await phase('memory', () => measureMemory(browser, server.url, { messages, ...PLAN.memory }));
  } finally {
    await browser.close();
  }
  coldStart = await phase('cold start', () => measureColdStart(server, PLAN.coldStart));
  lazySession = await phase('payload and long tasks', () => measureLazySession(server, { typed: typingMessages(PLAN.typed) }));
} finally {
  server.server.close();
}

const results = summarizeResults({
  smoke,
  messages: { count: messages.length, lengths: summarize(lengths), distribution: LENGTH, each: lengths },
  transformer: {
    shape: PLAN.transformer.shape, parameters: transformer.parameters, maxTokens: MAX_TOKENS, indices: transformerIndices, stride,
    tokens: summarize(transformerMessages.map((m) => tokenize(m).length)),
  },
  core, latency, memory, coldStart, lazySession, cacheControl: CACHE_CONTROL,
  machine: machine(), versions: versions(),
  run: { date: new Date().toISOString(), seconds: { ...seconds, total: Number(((performance.now() - started) / 1000).toFixed(1)) },
    load_average: { start: loadAtStart.map((l) => Number(l.toFixed(2))), end: os.loadavg().map((l) => Number(l.toFixed(2))) } },
});

mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'benchmarks.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(outDir, 'BENCHMARKS.md'), renderReport(results));
process.stderr.write(`[bench] wrote ${path.relative(root, outDir) || '.'}/benchmarks.json and BENCHMARKS.md in ${results.run.seconds.total} s\n`);
