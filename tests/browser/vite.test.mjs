// The Vite example (examples/vite) built against the packed package, as an app
// developer would: `npm pack`, the tarball installed into a copy of the example,
// `helpbridge assets public/helpbridge`, `vite build` (the repository's Vite);
// then its build output, served alone, in headless Chromium: a crisis message
// opens the dialog with a tel: link and goes on unchanged, a quiet one goes at once.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { startServer } from '../../demo/server.mjs';
import { launchBrowser } from '../support/browser.mjs';
import { root } from '../support/paths.mjs';

const run = promisify(execFile);
const VITE = path.join(root, 'node_modules/vite/bin/vite.js');
const EXAMPLE = path.join(root, 'examples/vite');

const env = {};

before(async () => {
  env.dir = mkdtempSync(path.join(tmpdir(), 'helpbridge-vite-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', env.dir], { cwd: root });
  const tarball = path.join(env.dir, JSON.parse(stdout)[0].filename);
  env.app = path.join(env.dir, 'app');
  const skipped = new Set(['node_modules', 'dist', 'helpbridge']); // a local install or build, if any
  cpSync(EXAMPLE, env.app, { recursive: true, filter: (source) => !skipped.has(path.basename(source)) });
  // Only the package (and onnxruntime-web, from the npm cache): the build uses the repository's Vite.
  await run('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', '--omit=dev', tarball], { cwd: env.app });
  await run('npx', ['--no', 'helpbridge', 'assets', 'public/helpbridge'], { cwd: env.app });
  const build = await run(process.execPath, [VITE, 'build'], { cwd: env.app });
  env.buildLog = build.stdout + build.stderr;
  env.out = path.join(env.app, 'dist');
  env.server = await startServer({ root: env.out, folders: ['/index.html', '/assets/', '/helpbridge/', '/style.css'] });
  env.browser = await launchBrowser();
}, { timeout: 240_000 });

after(async () => {
  await env.browser?.close();
  env.server?.server.close();
  if (env.dir) rmSync(env.dir, { recursive: true, force: true });
});

async function openApp() {
  const page = await env.browser.newPage();
  const requests = [];
  page.on('request', (request) => requests.push({ url: request.url(), method: request.method() }));
  await page.goto(`${env.server.url}/index.html`);
  return { page, requests };
}

/** Focus starts loading; the model (onnxruntime-web's wasm from the build output) must load. */
async function waitForModel(page) {
  await page.locator('#message').focus();
  await page.waitForFunction(() => document.getElementById('status').textContent !== '', null, { timeout: 30_000 });
  assert.equal(await page.locator('#status').textContent(), 'helpbridge: model loaded');
}

async function send(page, text) {
  await page.locator('#message').fill(text);
  await page.locator('#message').press('Enter');
}

test('the build output holds the bundled Worker, onnxruntime-web\'s wasm and helpbridge\'s runtime files', () => {
  const assets = readdirSync(path.join(env.out, 'assets'));
  assert.ok(assets.some((file) => /^worker-.*\.js$/.test(file)), `a bundled Worker in ${assets}`);
  assert.ok(assets.some((file) => /^ort-wasm-simd-threaded.*\.wasm$/.test(file)), `onnxruntime-web's wasm in ${assets}`);
  for (const file of ['dist/core/helpbridge-core.wasm', 'dist/core/helpbridge-core.mjs', 'models/model.onnx', 'models/manifest.json',
    'locales/index.json', 'locales/messages/en.json']) {
    assert.ok(existsSync(path.join(env.out, 'helpbridge', file)), `helpbridge/${file} in the build output`);
  }
  assert.doesNotMatch(env.buildLog, /externalized for browser compatibility|warning/i, 'no Node module pulled into the browser build');
});

test('built with Vite: a crisis message opens the dialog with a tel: link; continue sends it unchanged', async () => {
  const { page, requests } = await openApp();
  const text = 'I want to end my life';
  await waitForModel(page);
  await send(page, text);
  await page.locator('helpbridge-dialog dialog[open]').waitFor({ timeout: 30_000 });
  assert.ok(await page.locator('helpbridge-dialog a[href^="tel:"]').count() > 0, 'a tel: link to a helpline');
  assert.equal(await page.locator('#log li').count(), 0, 'held until the person chooses');
  assert.equal(await page.locator('#status').textContent(), 'helpbridge: urgent (model)');
  await page.locator('helpbridge-dialog [data-hb-key="choice:continue"]').click();
  await page.locator('#log li').first().waitFor();
  assert.equal(await page.locator('#log li').first().textContent(), text);
  assert.ok(requests.some((r) => /\/assets\/worker-[^/]*\.js$/.test(r.url)), 'the guard runs in the bundled Worker');
  assert.ok(requests.some((r) => r.url.endsWith('/helpbridge/dist/core/helpbridge-core.wasm')), 'the core from assetBase');
  for (const request of requests) {
    assert.equal(new URL(request.url).origin, env.server.url, `same origin: ${request.url}`);
    assert.equal(request.method, 'GET');
  }
  await page.close();
});

test('built with Vite: a quiet message goes at once, without a dialog', async () => {
  const { page } = await openApp();
  await waitForModel(page);
  await send(page, 'this homework is killing me lol');
  await page.locator('#log li').first().waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('#log li').first().textContent(), 'this homework is killing me lol');
  assert.equal(await page.locator('helpbridge-dialog dialog[open]').count(), 0);
  assert.equal(await page.locator('#status').textContent(), 'helpbridge: none (model)');
  await page.close();
});
