// The help view built from the data files alone (web/src/fallback-help.ts, for
// when the wasm core cannot load) shows what the core's own help view shows:
// the same services with the same links and names, the same emergency number,
// directory and texts, for every shipped country in English and in each
// language its services answer in. Only opening hours need the core.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { fallbackHelpView } from '../../dist/fallback-help.js';
import { GuardCore } from '../../dist/guard-core.js';
import { root } from '../support/paths.mjs';

const assetBase = pathToFileURL(`${root}/`).href;
const index = JSON.parse(fs.readFileSync(path.join(root, 'locales/index.json'), 'utf8'));
const countryFile = (code) => JSON.parse(fs.readFileSync(path.join(root, `locales/helplines/${code}.json`), 'utf8'));

// One core per language; setCountry() switches its helplines. Each wasm
// instance's Node glue adds process listeners: a dozen languages is expected.
process.setMaxListeners(64);
const cores = new Map();
after(() => { for (const core of cores.values()) core.dispose(); });
async function coreHelpView(options) {
  const lang = options.languages[0];
  if (!cores.has(lang)) cores.set(lang, await GuardCore.create(options));
  const core = cores.get(lang);
  await core.setCountry(options.country);
  return core.help();
}

const byId = (services) => Object.fromEntries(services.map(({ id, name, badges, actions, status }) => [id, { name, badges, actions, status }]));
const sortKeys = (value) => JSON.parse(JSON.stringify(value, (key, v) => (v && typeof v === 'object' && !Array.isArray(v)
  ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v)));

function assertSameHelp(fallback, core, what) {
  for (const key of ['mode', 'category', 'lang', 'dir', 'country', 'title', 'body', 'intro', 'helplinesHeading', 'emergency', 'directory', 'actions']) {
    assert.deepEqual(sortKeys(fallback[key]), sortKeys(core[key]), `${what}: ${key}`);
  }
  const mine = byId(fallback.services);
  const theirs = byId(core.services);
  assert.deepEqual(Object.keys(mine).sort(), Object.keys(theirs).sort(), `${what}: the same services`);
  for (const [id, service] of Object.entries(theirs)) {
    assert.equal(mine[id].name, service.name, `${what}: ${id} name`);
    assert.deepEqual(mine[id].badges, service.badges, `${what}: ${id} badges`);
    assert.deepEqual(sortKeys(mine[id].actions), sortKeys(service.actions), `${what}: ${id} links and labels`);
    // Open now or closed now needs the core's clock; 24/7 and unpublished hours do not.
    if (service.status === 'always' || service.status === 'unknown') assert.equal(mine[id].status, service.status, `${what}: ${id} status`);
    else assert.equal(mine[id].status, 'unknown', `${what}: ${id} status without the core`);
  }
}

test('every shipped country, in English and in each language its services answer in: the same help as the core', async () => {
  let compared = 0;
  for (const country of index.helplines) {
    const services = countryFile(country).services;
    const languages = new Set(['en', ...services.flatMap((s) => s.languages ?? []).filter((l) => index.messages.includes(l))]);
    for (const lang of languages) {
      const options = { assetBase, country, languages: [lang], timezone: 'UTC' };
      const [fallback, core] = [await fallbackHelpView(options), await coreHelpView(options)];
      assertSameHelp(fallback, core, `${country} in ${lang}`);
      // The order too, where no service keeps weekly hours (those need the core's clock).
      if (services.every((s) => s.hours === null || s.hours.always === true)) {
        assert.deepEqual(fallback.services.map((s) => s.id), core.services.map((s) => s.id), `${country} in ${lang}: order`);
      }
      compared++;
    }
  }
  assert.ok(compared >= 90, `${compared} country-language pairs`);
});

test('a right-to-left reader: numbers isolated in the labels, as the core does', async () => {
  const view = await fallbackHelpView({ assetBase, country: 'AE', languages: ['ar'], timezone: 'Asia/Dubai' });
  assert.equal(view.dir, 'rtl');
  assert.ok(view.services[0].actions.some((a) => a.href === 'tel:8008877' && a.label.includes('\u20688008877\u2069')));
  assert.ok(view.emergency.label.includes('\u2068999\u2069'));
});

test('no country given: the time zone, then a region in the language tags; else the emergency-free general view', async () => {
  assert.equal((await fallbackHelpView({ assetBase, languages: ['de'], timezone: 'Europe/Berlin' })).country, 'DE');
  assert.equal((await fallbackHelpView({ assetBase, languages: ['pt-BR'], timezone: 'UTC' })).country, 'BR');
  assert.equal((await fallbackHelpView({ assetBase, country: 'zz', languages: ['es-MX'], timezone: 'UTC' })).country, 'MX');
  const nowhere = await fallbackHelpView({ assetBase, languages: ['xx'], timezone: 'Nowhere/Zone' });
  assert.equal(nowhere.country, '');
  assert.equal(nowhere.lang, 'en', 'an unknown language reads English');
  assert.equal(nowhere.emergency, null);
  assert.deepEqual(nowhere.services, []);
  assert.equal(nowhere.directory.href, 'https://findahelpline.com/');
});

test('a country without vetted services: its emergency number and its directory page', async () => {
  const view = await fallbackHelpView({ assetBase, country: 'FJ', languages: ['en'], timezone: 'Pacific/Fiji' });
  assert.deepEqual(view.services, []);
  assert.match(view.emergency.href, /^tel:\d+$/);
  assert.equal(view.directory.href, 'https://findahelpline.com/countries/fj');
});

test('data files that cannot be read: a rejection (the guard then opens the directory)', async () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'fallback-'));
  try {
    await assert.rejects(fallbackHelpView({ assetBase: pathToFileURL(`${empty}/`).href, country: 'GB', languages: ['en'], timezone: 'UTC' }));
  } finally {
    fs.rmSync(empty, { recursive: true, force: true });
  }
});
