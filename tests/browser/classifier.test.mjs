// The model loads and decides in headless Chromium exactly as in Node.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as ort from 'onnxruntime-web';
import { Engine } from '../../dist/engine.js';
import { withServerAndBrowser } from '../support/browser.mjs';

const env = await withServerAndBrowser();

test('the classifier runs in Chromium with the same decisions as in Node', async () => {
  const texts = ['I want to end my life tonight', 'this homework is killing me', '我不想活了', 'hola, ¿qué tal?'];
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/tests/browser/pages/classifier.html`);
  await page.waitForFunction(() => window.ready === true);
  const inBrowser = await page.evaluate((t) => window.checkAll(t), texts);
  const engine = await Engine.load({ ort });
  for (const [i, text] of texts.entries()) {
    const inNode = await engine.check(text, false);
    assert.equal(inBrowser[i].source, 'model');
    assert.equal(inBrowser[i].level, inNode.level, text);
    assert.equal(inBrowser[i].category, inNode.category, text);
    for (const [label, p] of Object.entries(inNode.probabilities)) {
      assert.ok(Math.abs(inBrowser[i].probabilities[label] - p) < 1e-5, `${label} of ${text}`);
    }
  }
  assert.equal(inBrowser[0].level, 'urgent');
  await page.close();
});
