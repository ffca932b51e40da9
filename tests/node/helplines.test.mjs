// The helpline data and its validator: the shipped files pass, hostile files are
// rejected with a message that names the file, the path and the problem.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { root } from '../support/paths.mjs';
import { validateFiles } from '../../scripts/validate-helplines.mjs';

const validator = path.join(root, 'scripts/validate-helplines.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'helplines-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function runValidator(args = []) {
  return spawnSync(process.execPath, [validator, ...args], { cwd: root, encoding: 'utf8' });
}

// A valid country file; each hostile case changes one thing in a copy.
function validCountry() {
  return {
    country: 'ES',
    name: 'Spain',
    services: [
      {
        id: 'es-test',
        name: 'Test line',
        local_name: null,
        channels: [
          { type: 'phone', display: '024', tel: 'tel:024' },
          { type: 'sms', number: '85258', keyword: 'SHOUT' },
          { type: 'chat', url: 'https://example.org/chat' },
        ],
        hours: { tz: 'Europe/Madrid', weekly: [{ days: ['mon', 'tue'], open: '20:00', close: '02:00' }] },
        languages: ['es'],
        topics: ['suicide'],
        free: true,
        confidential: null,
        source: 'https://example.org/source',
        last_verified: '2026-01-15',
        note: null,
      },
    ],
  };
}

let fixtureCount = 0;
function writeFixture(mutate, { name = 'ES.json', raw = null } = {}) {
  const dir = path.join(tmp, String(fixtureCount++));
  fs.mkdirSync(dir);
  const file = path.join(dir, name);
  const data = validCountry();
  mutate?.(data, data.services[0]);
  fs.writeFileSync(file, raw ?? JSON.stringify(data));
  return file;
}

function problemsOf(file) {
  return validateFiles([file]).problems;
}

test('the shipped helpline files pass and cover at least 40 countries', () => {
  const run = runValidator();
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const summary = run.stdout.trim().split('\n').at(-1);
  const match = summary.match(/^(\d+) countries with a vetted service; oldest last_verified (\d{4}-\d{2}-\d{2}) \(([A-Z]{2}) ([a-z0-9-]+)\)$/);
  assert.ok(match, `summary line: ${summary}`);
  assert.ok(Number(match[1]) >= 40, summary);
});

test('every shipped service has a source and a last_verified date', () => {
  const dir = path.join(root, 'locales/helplines');
  for (const name of fs.readdirSync(dir)) {
    const data = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    for (const service of data.services) {
      assert.match(service.source, /^https:\/\//, `${name} ${service.id}`);
      assert.match(service.last_verified, /^\d{4}-\d{2}-\d{2}$/, `${name} ${service.id}`);
    }
  }
});

test('the valid fixture itself passes', () => {
  assert.deepEqual(problemsOf(writeFixture()), []);
});

// [description, mutate, expected message (regexp over the problem lines), options]
const hostile = [
  ['markup in a name', (d, s) => { s.name = '<img src=x onerror=alert(1)>'; }, /\/services\/0\/name: must be plain text: no < or >/],
  ['markup in a note', (d, s) => { s.note = 'call <b>now</b>'; }, /\/services\/0\/note: must be plain text: no < or >/],
  ['markup in the country name', (d) => { d.name = 'Spain<script>'; }, /ES\.json: \/name: must be .*no < or >/],
  ['a javascript: chat URL', (d, s) => { s.channels[2].url = 'javascript:alert(1)'; }, /\/services\/0\/channels\/2\/url: must be an https:\/\/ URL/],
  ['a javascript: scheme hidden in text', (d, s) => { s.local_name = 'JavaScript :alert(1)'; }, /\/services\/0\/local_name: must be .*no javascript:\/data:\/vbscript: scheme/],
  ['a data: URL', (d, s) => { s.source = 'data:text/html,hi'; }, /\/services\/0\/source: must be an https:\/\/ URL/],
  ['an http: URL', (d, s) => { s.source = 'http://example.org/'; }, /\/services\/0\/source: must be an https:\/\/ URL/],
  ['an http: web link', (d, s) => { s.channels.push({ type: 'web', url: 'http://example.org/' }); }, /\/services\/0\/channels\/3\/url: must be an https:\/\/ URL/],
  ['a URL with credentials', (d, s) => { s.channels[2].url = 'https://user:pw@example.org/'; }, /\/services\/0\/channels\/2\/url: must be an https:\/\/ URL/],
  ['an overlong name', (d, s) => { s.name = 'x'.repeat(201); }, /\/services\/0\/name: must be a non-empty plain-text string of at most 200 characters/],
  ['an overlong URL', (d, s) => { s.source = `https://example.org/${'a'.repeat(500)}`; }, /\/services\/0\/source: must be an https:\/\/ URL \(at most 500 characters/],
  ['a tel: with more than digits', (d, s) => { s.channels[0].tel = 'tel:024;javascript:x'; }, /\/services\/0\/channels\/0\/tel: must be tel: and the digits/],
  ['a tel: that is not tel:', (d, s) => { s.channels[0].tel = 'https://example.org/'; }, /\/services\/0\/channels\/0\/tel: must be tel: and the digits/],
  ['an sms number with letters', (d, s) => { s.channels[1].number = '8525B'; }, /\/services\/0\/channels\/1\/number: must be a number as dialled/],
  ['an sms keyword with markup', (d, s) => { s.channels[1].keyword = '<b>'; }, /\/services\/0\/channels\/1\/keyword: must be the word to text/],
  ['a bidi override in a display', (d, s) => { s.channels[0].display = '\u202E420'; }, /\/services\/0\/channels\/0\/display: must be .*bidi-override/],
  ['free as a string', (d, s) => { s.free = 'yes'; }, /\/services\/0\/free: must be boolean or null/],
  ['channels as a string', (d, s) => { s.channels = '024'; }, /\/services\/0\/channels: must be array/],
  ['services as an object', (d) => { d.services = {}; }, /ES\.json: \/services: must be array/],
  ['a channel of an unknown type', (d, s) => { s.channels[0].type = 'fax'; }, /\/services\/0\/channels\/0\/type: must be one of phone, sms, chat, whatsapp, web/],
  ['an unknown property', (d, s) => { s.channels[2].onclick = 'alert(1)'; }, /\/services\/0\/channels\/2: unknown property "onclick"/],
  ['always as a string', (d, s) => { s.hours = { always: 'true' }; }, /\/services\/0\/hours\/always: must be true/],
  ['an hour out of range', (d, s) => { s.hours.weekly[0].close = '25:00'; }, /\/services\/0\/hours\/weekly\/0\/close: must be a time of day/],
  ['an unknown topic', (d, s) => { s.topics = ['cults']; }, /\/services\/0\/topics\/0: must be one of suicide/],
  ['a missing source', (d, s) => { delete s.source; }, /\/services\/0: must have required property 'source'/],
  ['a missing last_verified', (d, s) => { delete s.last_verified; }, /\/services\/0: must have required property 'last_verified'/],
  ['a null source', (d, s) => { s.source = null; }, /\/services\/0\/source: must be string/],
  ['a last_verified that is not a date', (d, s) => { s.last_verified = '2026-02-30'; }, /\/services\/0\/last_verified: 2026-02-30 is not a calendar date/],
  ['a last_verified in the future', (d, s) => { s.last_verified = '2999-01-01'; }, /\/services\/0\/last_verified: 2999-01-01 is in the future/],
  ['a tel that dials another number than displayed', (d, s) => { s.channels[0].tel = 'tel:025'; }, /\/services\/0\/channels\/0\/tel: tel:025 does not dial the displayed "024"/],
  ['a duplicate id', (d, s) => { d.services.push({ ...s }); }, /\/services\/1\/id: "es-test" is used twice/],
  ['an id of another country', (d, s) => { s.id = 'fr-test'; }, /\/services\/0\/id: must start with "es-"/],
  ['an unknown time zone', (d, s) => { s.hours.tz = 'Mars/Olympus'; }, /\/services\/0\/hours\/tz: "Mars\/Olympus" is not a known time zone/],
  ['open equal to close', (d, s) => { s.hours.weekly[0].close = '20:00'; }, /\/services\/0\/hours\/weekly\/0: open and close are both 20:00/],
  ['a file named after another country', null, /FR\.json: \/country: "ES" does not match the file name FR\.json/, { name: 'FR.json' }],
  ['an unknown country', (d, s) => { d.country = 'ZZ'; s.id = 'zz-test'; }, /ZZ\.json: \/country: ZZ is not a known region/, { name: 'ZZ.json' }],
  ['a file that is not JSON', null, /ES\.json: not valid JSON/, { raw: '{"country": "ES", ' }],
  ['a file that is not a country object', null, /ES\.json: \/: must be object/, { raw: '[]' }],
];

for (const [description, mutate, expected, options] of hostile) {
  test(`rejects ${description}`, () => {
    const file = writeFixture(mutate, options);
    const problems = problemsOf(file);
    assert.ok(problems.length > 0, 'no problem reported');
    assert.ok(problems.some((line) => expected.test(line)), `expected ${expected}, got:\n${problems.join('\n')}`);
    for (const line of problems) assert.ok(line.includes(path.basename(file)), `names the file: ${line}`);
  });
}

test('the command line exits 1 on hostile files and prints one line per problem', () => {
  const files = [
    writeFixture((d, s) => { s.name = '<img src=x onerror=alert(1)>'; }),
    writeFixture((d, s) => { delete s.source; }),
  ];
  const run = runValidator(files);
  assert.equal(run.status, 1, run.stdout + run.stderr);
  const lines = run.stdout.trim().split('\n');
  assert.ok(lines.some((l) => /\/services\/0\/name: must be plain text/.test(l)), run.stdout);
  assert.ok(lines.some((l) => /must have required property 'source'/.test(l)), run.stdout);
  assert.match(lines.at(-2), /^0 countries with a vetted service; oldest last_verified none$/);
  assert.match(lines.at(-1), /^2 problems$/);
});

test('hostile values are never echoed raw', () => {
  const file = writeFixture((d, s) => { s.name = '<img src=x onerror=alert(1)>\u001b[2J'; });
  const run = runValidator([file]);
  assert.equal(run.status, 1);
  assert.ok(!run.stdout.includes('\u001b'), 'control characters are escaped');
});
