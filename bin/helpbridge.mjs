#!/usr/bin/env node
// helpbridge on the command line, running the same wasm core and
// onnxruntime-web model as the browser (no native shortcut).
//
//   helpbridge check "text" [--lang L] [--country CC]   the decision as JSON
//   helpbridge check - [...]                            the text from stdin (any bytes)
//   helpbridge eval FILE.jsonl [--lexicon-only]         metrics as one JSON object
//   helpbridge assets DIR                               copies the files read at run time into DIR (for bundlers)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { copyRuntimeFiles, createEngine, evaluate } from '../dist/node.js';

const USAGE = `usage:
  helpbridge check "text" [--lang L] [--country CC]
  helpbridge check - [--lang L] [--country CC]        (text from standard input)
  helpbridge eval FILE.jsonl [--lexicon-only]
  helpbridge assets DIR          (copies the wasm core, model and locales into DIR; serve it as assetBase)
`;

function option(args, name) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function loadEngine({ lexiconOnly = false, lang } = {}) {
  return createEngine({ model: !lexiconOnly, lexiconLanguages: lang ? [lang] : undefined });
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

async function check(args) {
  const text = args[0] === '-' ? await readStdin() : args[0];
  if (text === undefined) throw new UsageError('check needs a text, or - to read standard input');
  const lang = option(args, '--lang');
  const country = option(args, '--country');
  const engine = await loadEngine({ lang });
  const decision = await engine.check(text, false);
  const out = { level: decision.level, category: decision.category, source: decision.source };
  if (lang) out.lang = lang;
  if (country) out.country = country.toUpperCase();
  out.probabilities = decision.probabilities;
  out.urgency = decision.urgency;
  if (decision.from_last_sentence) out.from_last_sentence = true;
  process.stdout.write(`${JSON.stringify(out)}\n`);
  await engine.dispose();
}

async function evalCommand(args) {
  const file = args[0];
  if (!file) throw new UsageError('eval needs a JSONL file');
  const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
  const engine = await loadEngine({ lexiconOnly: args.includes('--lexicon-only') });
  const result = await evaluate(lines, async (text) => {
    const started = performance.now();
    const decision = await engine.check(text, false);
    return { decision, micros: (performance.now() - started) * 1000 };
  }, (done, total) => {
    if (done % 500 === 0 || done === total) process.stderr.write(`\r[eval] ${done}/${total}`);
  });
  process.stderr.write('\n');
  process.stdout.write(`${JSON.stringify(result)}\n`);
  await engine.dispose();
}

async function assetsCommand(args) {
  if (!args[0]) throw new UsageError('assets needs the folder to copy into');
  const copied = await copyRuntimeFiles(args[0]);
  process.stdout.write(`helpbridge: copied ${copied.join(', ')} into ${args[0]}\n`);
}

class UsageError extends Error {}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'check') await check(rest);
  else if (command === 'eval') await evalCommand(rest);
  else if (command === 'assets') await assetsCommand(rest);
  else throw new UsageError(command ? `unknown command: ${command}` : 'no command');
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`helpbridge: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  process.stderr.write(`helpbridge: ${error.message}\n`);
  process.exit(1);
}
