// The npm package as a user gets it: `npm pack`, installed into a clean folder
// from the local npm cache, then used from there: the Node entry decides a
// crisis and a quiet sentence, the `helpbridge` command runs, the exports map
// gives Node and browsers their own entries (and their own types), and the
// tarball holds what the package needs and nothing it must not.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { root } from '../support/paths.mjs';

const run = promisify(execFile);
const TSC = path.join(root, 'node_modules/typescript/bin/tsc');

const CRISIS = 'I want to end my life';
const QUIET = 'this homework is killing me lol';

const env = {};

before(async () => {
  env.dir = mkdtempSync(path.join(tmpdir(), 'helpbridge-package-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', env.dir], { cwd: root });
  const [packed] = JSON.parse(stdout);
  env.tarball = path.join(env.dir, packed.filename);
  env.files = packed.files.map((file) => file.path);
  env.app = path.join(env.dir, 'app');
  mkdirSync(env.app);
  writeFileSync(path.join(env.app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  // onnxruntime-web and its dependencies come from the cache `npm ci` filled.
  await run('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', env.tarball], { cwd: env.app });
}, { timeout: 180_000 });

after(() => {
  if (env.dir) rmSync(env.dir, { recursive: true, force: true });
});

/** Runs a module in the installed app, as its own code would. */
async function inApp(source, nodeArgs = []) {
  const { stdout } = await run(process.execPath, [...nodeArgs, '--input-type=module', '-e', source], { cwd: env.app });
  return stdout.trim();
}

test('the tarball holds the built package, its data and its licences', () => {
  const index = JSON.parse(readFileSync(path.join(root, 'locales/index.json'), 'utf8'));
  const needed = [
    'package.json', 'README.md', 'LICENSE', 'LICENSE-ICU', 'NOTICE', 'bin/helpbridge.mjs',
    'dist/index.js', 'dist/index.d.ts', 'dist/node.js', 'dist/node.d.ts', 'dist/guard.js', 'dist/worker.js',
    'dist/guard-core.js', 'dist/dialog.js', 'dist/core/helpbridge-core.mjs', 'dist/core/helpbridge-core.wasm',
    'models/model.onnx', 'models/manifest.json', 'models/MODEL_CARD.md',
    'locales/index.json', 'locales/consent.json', 'locales/emergency.json', 'locales/timezones.json',
    'locales/directory.json', 'locales/category-topics.json', 'locales/NOTICE-emergency-numbers.txt',
    ...index.messages.map((lang) => `locales/messages/${lang}.json`),
    ...index.lexicons.map((lang) => `locales/lexicon/${lang}.json`),
    ...index.helplines.map((country) => `locales/helplines/${country}.json`),
  ];
  const files = new Set(env.files);
  for (const file of needed) assert.ok(files.has(file), `the tarball lacks ${file}`);
});

test('the tarball holds no tests, training text, builds or sources', () => {
  const forbidden = /^(tests|models\/train|build|src|web|demo|scripts|bench|docs|node_modules|examples)\//;
  for (const file of env.files) {
    assert.ok(!forbidden.test(file), `the tarball must not hold ${file}`);
    assert.ok(!/\.(jsonl|cpp|h|py|tgz)$/.test(file) && !/(?<!\.d)\.ts$/.test(file), `the tarball must not hold ${file}`);
  }
});

test('exports: Node gets the DOM-free entry, browsers and bundlers the page entry', async () => {
  const resolve = `console.log(new URL(import.meta.resolve('helpbridge')).pathname)`;
  assert.match(await inApp(resolve), /\/node_modules\/helpbridge\/dist\/node\.js$/);
  assert.match(await inApp(resolve, ['--conditions=browser']), /\/node_modules\/helpbridge\/dist\/index\.js$/);
  const subpath = `console.log(new URL(import.meta.resolve('helpbridge/models/model.onnx')).pathname)`;
  assert.match(await inApp(subpath), /\/node_modules\/helpbridge\/models\/model\.onnx$/);
  const version = await inApp(`import { createRequire } from 'node:module';
    console.log(createRequire(import.meta.url)('helpbridge/package.json').version)`);
  assert.equal(version, JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
});

test('installed, it decides in Node: a crisis sentence is urgent, a quiet one is not flagged', async () => {
  const out = await inApp(`
    import { createEngine } from 'helpbridge';
    const engine = await createEngine();
    const crisis = await engine.check(${JSON.stringify(CRISIS)}, false);
    const quiet = await engine.check(${JSON.stringify(QUIET)}, false);
    await engine.dispose();
    console.log(JSON.stringify({ crisis, quiet }));`);
  const { crisis, quiet } = JSON.parse(out);
  assert.equal(crisis.level, 'urgent');
  assert.equal(crisis.category, 'suicidal_ideation');
  assert.equal(crisis.source, 'model', 'the model loads from the installed package');
  assert.equal(quiet.level, 'none');
});

test('installed, its command runs: npx helpbridge check prints the decision as JSON', async () => {
  const { stdout } = await run('npx', ['--no', 'helpbridge', 'check', CRISIS], { cwd: env.app });
  const decision = JSON.parse(stdout);
  assert.equal(decision.level, 'urgent');
  assert.equal(decision.category, 'suicidal_ideation');
  assert.equal(decision.source, 'model');
  assert.ok(!stdout.includes(CRISIS), 'the output carries the decision, not the text');
});

test('types: a Node project sees createEngine, a bundler project sees createGuard', async () => {
  writeFileSync(path.join(env.app, 'server.ts'), `import { createEngine, type Decision } from 'helpbridge';
const engine = await createEngine({ model: false });
const decision: Decision = await engine.check('hello', false);
export const level: 'none' | 'support' | 'urgent' = decision.level;
`);
  writeFileSync(path.join(env.app, 'page.ts'), `import { createGuard, type GuardEvent } from 'helpbridge';
const guard = createGuard({ country: 'GB', onEvent: (event: GuardEvent) => void event.type });
export const detach = guard.attach(document.querySelector('form')!, { onProceed: (text) => void text.length });
`);
  const common = ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022'];
  await run(process.execPath, [TSC, ...common, '--module', 'nodenext', '--moduleResolution', 'nodenext', 'server.ts'], { cwd: env.app })
    .catch((error) => assert.fail(`Node types: ${error.stdout}`));
  await run(process.execPath, [TSC, ...common, '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', 'page.ts'], { cwd: env.app })
    .catch((error) => assert.fail(`bundler types: ${error.stdout}`));
});
