// The demo chat, which embeds helpbridge as the README shows, in headless
// Chromium: an urgent message in en, es, ar and ja opens the dialog with the
// local helpline; axe finds nothing; the keyboard alone drives it; the host gets
// proceed (the message unchanged) or cancel. Every request is recorded: only
// same-origin GETs for the package's files, none carrying the typed text.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { withServerAndBrowser } from '../support/browser.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core');

const env = await withServerAndBrowser();

const URGENT = [
  { lang: 'en', country: 'GB', text: 'I want to end my life tonight, I have the pills ready', tel: 'tel:116123', dir: 'ltr' },
  { lang: 'es', country: 'ES', text: 'quiero quitarme la vida esta noche, ya tengo todo preparado', tel: 'tel:024', dir: 'ltr' },
  { lang: 'ar', country: 'AE', text: 'أريد أن أنهي حياتي الليلة، لقد كتبت رسالة وداع', tel: 'tel:8008877', dir: 'rtl' },
  { lang: 'ja', country: 'JP', text: '今夜死ぬつもりです。もう遺書も書きました', tel: 'tel:0120279338', dir: 'ltr' },
];

async function openDemo(lang, country) {
  const page = await env.browser.newPage();
  const requests = [];
  page.on('request', (request) => requests.push({ url: request.url(), method: request.method(), body: request.postData(), headers: request.headers() }));
  await page.goto(`${env.server.url}/demo/?lang=${lang}&country=${country}`);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready: model loaded'), null, { timeout: 30_000 });
  return { page, requests };
}

async function typeAndSend(page, text) {
  await page.locator('#message').fill(text);
  await page.locator('#message').press('Enter');
}

async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id));
}

for (const { lang, country, text, tel, dir } of URGENT) {
  test(`${lang}: an urgent message opens the dialog with the local helpline; continue sends it unchanged`, async () => {
    const { page, requests } = await openDemo(lang, country);
    await typeAndSend(page, text);
    const dialog = page.locator('helpbridge-dialog dialog[open]');
    await dialog.waitFor();
    assert.ok(await page.evaluate(() => document.querySelector('helpbridge-dialog').shadowRoot.querySelector('dialog').matches(':modal')));
    assert.equal(await dialog.getAttribute('dir'), dir);
    assert.ok(await page.locator(`helpbridge-dialog a[href="${tel}"]`).count() > 0, `a ${tel} link`);
    assert.equal(await page.locator('#log li').count(), 0, 'held until the person chooses');
    assert.deepEqual(await axeViolations(page), []);

    await page.locator('helpbridge-dialog [data-hb-key="choice:continue"]').click();
    await page.locator('#log li').first().waitFor();
    assert.equal(await page.locator('#log li').first().textContent(), text);

    assert.ok(requests.some((r) => r.url.endsWith('/dist/worker.js')), 'the core runs in a Web Worker');
    for (const request of requests) {
      const url = new URL(request.url);
      assert.equal(url.origin, env.server.url, `same origin: ${request.url}`);
      assert.equal(request.method, 'GET');
      assert.ok(!request.url.includes(encodeURIComponent(text).slice(0, 12)) && !request.url.includes(text.slice(0, 8)));
      assert.ok(!(request.body ?? '').includes(text.slice(0, 8)));
    }
    await page.close();
  });
}

test('keyboard only: focus on the first helpline, Tab wraps, Escape goes back and the message stays unsent', async () => {
  const { page } = await openDemo('en', 'GB');
  await typeAndSend(page, 'I am going to kill myself tonight');
  await page.locator('helpbridge-dialog dialog[open]').waitFor();
  const focused = () => page.evaluate(() => {
    const active = document.querySelector('helpbridge-dialog').shadowRoot.activeElement;
    return active ? (active.getAttribute('href') ?? active.getAttribute('data-hb-key') ?? active.tagName) : null;
  });
  assert.equal(await focused(), 'tel:116123');
  const seen = new Set();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    seen.add(await focused());
  }
  assert.ok(seen.has('tel:116123'), 'Tab wraps back to the first helpline');
  assert.ok(!seen.has(null), 'focus never leaves the dialog');
  await page.keyboard.press('Escape');
  await page.locator('helpbridge-dialog dialog[open]').waitFor({ state: 'detached' }).catch(() => {});
  assert.equal(await page.locator('helpbridge-dialog dialog[open]').count(), 0);
  assert.equal(await page.locator('#log li').count(), 0, 'cancel: nothing sent');
  assert.equal(await page.locator('#message').inputValue(), 'I am going to kill myself tonight', 'the text stays to edit');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'message', 'focus returns to the chat box');
  await page.close();
});

test('a quiet message goes at once with no dialog; nothing typed reaches storage', async () => {
  const { page } = await openDemo('en', 'GB');
  await typeAndSend(page, 'this homework is killing me lol');
  await page.locator('#log li').first().waitFor();
  assert.equal(await page.locator('helpbridge-dialog dialog[open]').count(), 0);
  const stored = await page.evaluate(async () => {
    const dump = [JSON.stringify(localStorage), JSON.stringify(sessionStorage), document.cookie];
    const dbs = (await indexedDB.databases?.()) ?? [];
    return dump.join(' ') + JSON.stringify(dbs);
  });
  assert.ok(!stored.includes('homework'));
  await page.close();
});

// --- Privacy: what the page sends and stores while a person types ---

/** The forms a typed text could take in a request or in storage: as typed,
 * case-folded, URL-encoded, base64, and its longer words alone. */
function textForms(text) {
  const forms = new Set();
  for (const variant of [text, text.toLowerCase()]) {
    forms.add(variant);
    forms.add(encodeURIComponent(variant));
    forms.add(encodeURIComponent(variant).replace(/%20/g, '+'));
    forms.add(encodeURI(variant));
    forms.add(Buffer.from(variant).toString('base64'));
  }
  for (const word of text.toLowerCase().split(/[\s,.!?]+/u)) {
    if (word.length >= 5) forms.add(word).add(encodeURIComponent(word));
  }
  return [...forms].map((form) => form.toLowerCase());
}

/** The typed texts found in a haystack (compared case-insensitively). */
function carried(haystack, texts) {
  const lower = String(haystack ?? '').toLowerCase();
  return texts.filter((text) => textForms(text).some((form) => lower.includes(form)));
}

/** Everything the origin stores: Web Storage, cookies, every IndexedDB record, Cache Storage. */
async function originStorage(page) {
  const inPage = await page.evaluate(async () => {
    const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const out = { local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }), cookie: document.cookie, indexedDB: [], caches: [] };
    for (const { name } of await indexedDB.databases()) {
      const db = await request(indexedDB.open(name));
      for (const store of db.objectStoreNames) {
        out.indexedDB.push({ name, store, records: JSON.stringify(await request(db.transaction(store).objectStore(store).getAll())) });
      }
      db.close();
    }
    for (const name of await caches.keys()) {
      out.caches.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
    }
    return out;
  });
  return { ...inPage, cookies: JSON.stringify(await page.context().cookies()) };
}

/** The package's static files and the demo's own: the only things the page may ask for. */
const STATIC = /^\/(demo\/|dist\/|models\/|locales\/|node_modules\/onnxruntime-web\/dist\/)[^?#]*$/;

test('the detector finds a typed text in its usual disguises', () => {
  const text = 'I want to end my life tonight';
  assert.deepEqual(carried(`/x?q=${encodeURIComponent(text)}`, [text]), [text]);
  assert.deepEqual(carried(`{"m":"${text.toUpperCase()}"}`, [text]), [text]);
  assert.deepEqual(carried(`/x?q=${Buffer.from(text).toString('base64')}`, [text]), [text]);
  assert.deepEqual(carried('/x?w=TONIGHT', [text]), [text]);
  assert.deepEqual(carried('/locales/messages/en.json', [text]), []);
});

test('privacy: every request is a same-origin GET for a static file; none, and no storage, carries what was typed', async () => {
  const TYPED = ['I want to end my life tonight, I have the pills ready', 'this homework is killing me lol'];
  const firstServerRequest = env.server.requests.length;
  const { page, requests } = await openDemo('en', 'GB');
  await typeAndSend(page, TYPED[0]);
  await page.locator('helpbridge-dialog dialog[open]').waitFor();
  await page.locator('helpbridge-dialog [data-hb-key="choice:continue"]').click();
  await page.locator('#log li').first().waitFor();
  await typeAndSend(page, TYPED[1]);
  await page.locator('#log li').nth(1).waitFor();
  assert.deepEqual(await page.locator('#log li').allTextContents(), TYPED, 'both delivered unchanged');
  await page.waitForTimeout(500); // anything sent late would land in the logs too

  assert.ok(requests.some((r) => r.url.endsWith('/models/model.onnx')), 'the browser-side record sees the loads');
  for (const request of requests) {
    const url = new URL(request.url);
    assert.equal(url.origin, env.server.url, `same origin: ${request.url}`);
    assert.equal(request.method, 'GET', request.url);
    assert.match(url.pathname, STATIC, `a static file: ${request.url}`);
    assert.equal(request.body, null, `no body: ${request.url}`);
    assert.deepEqual(carried(`${request.url} ${JSON.stringify(request.headers)}`, TYPED), [], `${request.url} carries no typed text`);
  }
  // The server sees the Worker's requests too, and any the browser makes on its own.
  const served = env.server.requests.slice(firstServerRequest);
  assert.ok(served.some((r) => r.url === '/dist/worker.js'));
  assert.equal(served.filter((r) => r.url === '/dist/core/helpbridge-core.wasm').length, 1, 'the core is fetched once');
  for (const request of served) {
    assert.equal(request.method, 'GET', request.url);
    const { pathname } = new URL(request.url, env.server.url);
    // Chromium asks for /favicon.ico by itself; the page never does.
    assert.ok(STATIC.test(pathname) || pathname === '/favicon.ico', `a static file: ${request.url}`);
    assert.deepEqual(carried(`${request.url} ${JSON.stringify(request.headers)}`, TYPED), [], `${request.url} carries no typed text`);
  }

  const stored = await originStorage(page);
  assert.deepEqual(carried(JSON.stringify(stored), TYPED), [], 'no typed text in storage, cookies, IndexedDB or caches');
  assert.deepEqual(carried(await page.locator('#decisions').textContent(), TYPED), [], 'the host\'s events carry decisions, not text');
  await page.close();
});
