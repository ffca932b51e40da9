// The wasm core loads in headless Chromium from 127.0.0.1 and featurizes
// exactly as natively.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withServerAndBrowser } from '../support/browser.mjs';
import { GOLDEN_BUCKETS, goldenCorpus, nativeAnswers, rowBytes } from '../support/golden.mjs';

const env = await withServerAndBrowser();

test('the core loads in Chromium and matches the native featurizer', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/tests/browser/pages/core.html`);
  await page.waitForFunction(() => window.ready === true);
  const corpus = goldenCorpus();
  const rows = corpus.map((row) => Array.from(rowBytes(row)));
  const inBrowser = await page.evaluate(([r, b]) => window.featuresOf(r, b), [rows, GOLDEN_BUCKETS]);
  const native = nativeAnswers();
  for (const [i, row] of corpus.entries()) {
    assert.deepEqual(inBrowser[i].features, native.strings[i].features, `features of ${row.name}`);
    assert.deepEqual(inBrowser[i].ids, native.ids[i].ids, `ids of ${row.name}`);
  }
  const wasmRequest = env.server.requests.find((r) => r.url.endsWith('helpbridge-core.wasm'));
  assert.ok(wasmRequest, 'the wasm was fetched from the page origin');
  await page.close();
});

test('the demo inspector shows normalised text', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/demo/inspect.html`);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Core ready'));
  await page.fill('#text', 'I want to D I E');
  await page.waitForFunction(() => document.getElementById('normalized').textContent === 'i want to die');
  assert.ok(Number((await page.textContent('#count')).replace(/\D/g, '')) > 10);
  await page.close();
});
