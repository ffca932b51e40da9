// The locale validator (scripts/validate-locales.mjs): the shipped catalogues
// and lexicons pass, and the lists of shipped files are current; hostile ones
// (markup, script links, overlong strings, wrong types) are rejected with a
// line naming the file, the JSON path and the problem.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { root } from '../support/paths.mjs';
import { staleIndexProblems, writeLocaleIndex } from '../../scripts/update-locale-index.mjs';
import { validateLocaleFiles } from '../../scripts/validate-locales.mjs';

const validator = path.join(root, 'scripts/validate-locales.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'locales-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const runValidator = (args = []) => spawnSync(process.execPath, [validator, ...args], { cwd: root, encoding: 'utf8' });

function validCatalogue() {
  return {
    meta: { lang: 'xx', name: 'Test', dir: 'ltr' },
    messages: {
      'urgent.title': "You don't have to face this alone",
      'action.call': 'Call {number}',
      'notNow.snoozed': { one: 'Not for the next message.', other: 'Not for the next {count} messages.' },
    },
  };
}

function validLexicon() {
  return { lang: 'xx', entries: [{ phrase: 'end my life', category: 'suicidal_ideation', level: 'urgent' }] };
}

let fixtureCount = 0;
/** Writes <tmp>/<n>/<kind>/<name> from a valid file changed by mutate (or raw text). */
function writeFixture(kind, mutate, { name = 'xx.json', raw = null } = {}) {
  const dir = path.join(tmp, String(fixtureCount++), kind);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  const data = kind === 'messages' ? validCatalogue() : validLexicon();
  mutate?.(data);
  fs.writeFileSync(file, raw ?? JSON.stringify(data));
  return file;
}

const problemsOf = (file) => validateLocaleFiles([file]).problems;

test('the shipped catalogues and lexicons pass', () => {
  const run = runValidator();
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const count = Number(run.stdout.match(/^(\d+) locale files checked$/m)?.[1]);
  const shipped = ['messages', 'lexicon'].map((d) => fs.readdirSync(path.join(root, 'locales', d)).filter((f) => f.endsWith('.json')).length);
  assert.equal(count, shipped[0] + shipped[1]);
  assert.ok(shipped[0] >= 20 && shipped[1] >= 20);
});

test('the valid fixtures themselves pass', () => {
  assert.deepEqual(problemsOf(writeFixture('messages')), []);
  assert.deepEqual(problemsOf(writeFixture('lexicon')), []);
});

// [kind, description, mutate, expected (regexp over the problem lines), options]
const hostile = [
  ['messages', 'an <img onerror> in a message', (d) => { d.messages['urgent.title'] = '<img src=x onerror=alert(1)>'; },
    /\/messages\/urgent\.title: must be plain text: no < or >/],
  ['messages', 'markup in a plural form', (d) => { d.messages['notNow.snoozed'].other = '<b>{count}</b>'; },
    /\/messages\/notNow\.snoozed\/other: must be plain text: no < or >/],
  ['messages', 'markup in the language name', (d) => { d.meta.name = 'Test<script>'; }, /\/meta\/name: must be plain text: no < or >/],
  ['messages', 'an HTML entity', (d) => { d.messages['urgent.title'] = 'Call &lt;now&gt;'; }, /\/messages\/urgent\.title: must be plain text: no HTML entity/],
  ['messages', 'a javascript: URL', (d) => { d.messages['urgent.title'] = 'javascript:alert(1)'; }, /\/messages\/urgent\.title: must be plain text: no link or script scheme/],
  ['messages', 'a javascript: scheme in disguise', (d) => { d.messages['urgent.title'] = 'Tap JavaScript :void(0)'; }, /no link or script scheme/],
  ['messages', 'a data: URL', (d) => { d.messages['action.call'] = 'data:text/html,<b>{number}'; }, /\/messages\/action\.call: must be plain text/],
  ['messages', 'an https: link', (d) => { d.messages['urgent.title'] = 'See https://example.org'; }, /\/messages\/urgent\.title: must be plain text: no link or script scheme/],
  ['messages', 'an overlong message', (d) => { d.messages['urgent.title'] = 'a'.repeat(1025); }, /\/messages\/urgent\.title: must be at most 1024 bytes of UTF-8 \(it has 1025\)/],
  ['messages', 'an overlong message in multi-byte letters', (d) => { d.messages['urgent.title'] = 'ж'.repeat(513); }, /must be at most 1024 bytes of UTF-8 \(it has 1026\)/],
  ['messages', 'an overlong language name', (d) => { d.meta.name = 'n'.repeat(65); }, /\/meta\/name: must be at most 64 bytes/],
  ['messages', 'an empty message', (d) => { d.messages['urgent.title'] = ' '; }, /\/messages\/urgent\.title: must not be empty/],
  ['messages', 'a newline', (d) => { d.messages['urgent.title'] = 'one\ntwo'; }, /\/messages\/urgent\.title: must be one line of plain text: no control characters/],
  ['messages', 'a bidi override', (d) => { d.messages['action.call'] = '\u202E{number} llaC'; }, /\/messages\/action\.call: must be plain text: no bidi/],
  ['messages', 'a lone surrogate', (d) => { d.messages['urgent.title'] = 'Hello \uD800'; }, /\/messages\/urgent\.title: must be well-formed Unicode/],
  ['messages', 'a stray brace', (d) => { d.messages['action.call'] = 'Call {number} {'; }, /\/messages\/action\.call: must use braces only as \{placeholder\}/],
  ['messages', 'a number for a message', (d) => { d.messages['urgent.title'] = 42; }, /\/messages\/urgent\.title: must be a string, or an object of plural forms \(got 42\)/],
  ['messages', 'null for a message', (d) => { d.messages['urgent.title'] = null; }, /\/messages\/urgent\.title: must be a string, or an object of plural forms \(got null\)/],
  ['messages', 'an array for a message', (d) => { d.messages['urgent.title'] = ['Hello']; }, /\/messages\/urgent\.title: must be a string, or an object/],
  ['messages', 'a number in a plural form', (d) => { d.messages['notNow.snoozed'].other = 3; }, /\/messages\/notNow\.snoozed\/other: must be a string \(got 3\)/],
  ['messages', 'a plural without "other"', (d) => { delete d.messages['notNow.snoozed'].other; }, /\/messages\/notNow\.snoozed: a plural message must have an "other" form/],
  ['messages', 'a form that is not a CLDR category', (d) => { d.messages['notNow.snoozed'].several = 'x'; }, /\/messages\/notNow\.snoozed\/several: must be a CLDR plural category/],
  ['messages', 'a key with markup', (d) => { d.messages['<b>'] = 'x'; }, /\/messages\/<b>: a message key must be 1 to 64 characters/],
  ['messages', 'a key with a slash (escaped in the path)', (d) => { d.messages['a/b'] = 'x'; }, /\/messages\/a~1b: a message key must be/],
  ['messages', 'an overlong key', (d) => { d.messages['k'.repeat(65)] = 'x'; }, /a message key must be 1 to 64 characters/],
  ['messages', 'too many messages', (d) => { for (let i = 0; i < 513; i++) d.messages[`key${i}`] = 'x'; }, /\/messages: must hold at most 512 messages/],
  ['messages', 'messages as an array', (d) => { d.messages = ['Hello']; }, /\/messages: must be an object of messages/],
  ['messages', 'no meta', (d) => { delete d.meta; }, /\/meta: must be an object \{"lang", "name", "dir"\}/],
  ['messages', 'a wrong direction', (d) => { d.meta.dir = 'RTL'; }, /\/meta\/dir: must be "ltr" or "rtl" \(got "RTL"\)/],
  ['messages', 'a meta.lang of another file', (d) => { d.meta.lang = 'en'; }, /\/meta\/lang: must be "xx", the file's name/],
  ['messages', 'an unknown top-level property', (d) => { d.onload = 'alert(1)'; }, /: \/: unknown property "onload"/],
  ['messages', 'a catalogue that is an array', null, /: \/: must be an object \{"meta", "messages"\}/, { raw: '[]' }],
  ['messages', 'a file that is not JSON', null, /: \/: not valid JSON/, { raw: '{"meta": ' }],
  ['messages', 'a file name that is not a language tag', null, /: \/: file name must be <language tag>\.json/, { name: 'x_x.json' }],
  ['lexicon', 'markup in a phrase', (d) => { d.entries[0].phrase = '<img src=x onerror=alert(1)>'; }, /\/entries\/0\/phrase: must be plain text: no < or >/],
  ['lexicon', 'a javascript: phrase', (d) => { d.entries[0].phrase = 'javascript:alert(1)'; }, /\/entries\/0\/phrase: must be plain text: no link or script scheme/],
  ['lexicon', 'an overlong phrase', (d) => { d.entries[0].phrase = 'p'.repeat(201); }, /\/entries\/0\/phrase: must be at most 200 bytes/],
  ['lexicon', 'a number for a phrase', (d) => { d.entries[0].phrase = 7; }, /\/entries\/0\/phrase: must be a string \(got 7\)/],
  ['lexicon', 'an unknown category', (d) => { d.entries[0].category = 'cults'; }, /\/entries\/0\/category: must be one of suicidal_ideation/],
  ['lexicon', 'no_crisis as a category', (d) => { d.entries[0].category = 'no_crisis'; }, /\/entries\/0\/category: must be one of/],
  ['lexicon', 'a level of none', (d) => { d.entries[0].level = 'none'; }, /\/entries\/0\/level: must be one of support, urgent \(got "none"\)/],
  ['lexicon', 'a level as a number', (d) => { d.entries[0].level = 2; }, /\/entries\/0\/level: must be one of support, urgent \(got 2\)/],
  ['lexicon', 'an entry that is a string', (d) => { d.entries.push('kill myself'); }, /\/entries\/1: must be an object \{"phrase", "category", "level"\}/],
  ['lexicon', 'an unknown entry property', (d) => { d.entries[0].href = 'javascript:x'; }, /\/entries\/0: unknown property "href"/],
  ['lexicon', 'a phrase listed twice', (d) => { d.entries.push({ ...d.entries[0] }); }, /\/entries\/1\/phrase: is listed twice/],
  ['lexicon', 'entries as an object', (d) => { d.entries = {}; }, /\/entries: must be an array of entries/],
  ['lexicon', 'too many entries', (d) => { d.entries = Array.from({ length: 2001 }, (_, i) => ({ phrase: `p${i}`, category: 'self_harm', level: 'support' })); },
    /\/entries: must hold at most 2000 entries/],
  ['lexicon', 'a lang of another file', (d) => { d.lang = 'en'; }, /\/lang: must be "xx", the file's name/],
  ['lexicon', 'a lexicon that is a string', null, /: \/: must be an object \{"lang", "entries"\}/, { raw: '"kill myself"' }],
];

for (const [kind, description, mutate, expected, options] of hostile) {
  test(`${kind}: rejects ${description}`, () => {
    const file = writeFixture(kind, mutate, options);
    const problems = problemsOf(file);
    assert.ok(problems.length > 0, 'no problem reported');
    assert.ok(problems.some((line) => expected.test(line)), `expected ${expected}, got:\n${problems.join('\n')}`);
    for (const line of problems) assert.ok(line.startsWith(`${file}: /`), `names the file and a JSON path: ${line}`);
  });
}

test('a file outside messages/ and lexicon/ is refused', () => {
  const file = path.join(tmp, 'xx.json');
  fs.writeFileSync(file, JSON.stringify(validLexicon()));
  assert.match(problemsOf(file).join('\n'), /must be in a messages\/ or lexicon\/ folder/);
});

test('the command line exits 1 on hostile files, prints one line per problem, and never echoes raw', () => {
  const files = [
    writeFixture('messages', (d) => { d.messages['urgent.title'] = '<img src=x onerror=alert(1)>\u001b[2J'; }),
    writeFixture('lexicon', (d) => { d.entries[0].level = 'none'; }),
  ];
  const run = runValidator(files);
  assert.equal(run.status, 1, run.stdout + run.stderr);
  const lines = run.stdout.trim().split('\n');
  assert.ok(lines.some((l) => l.startsWith(`${files[0]}: /messages/urgent.title: must be plain text`)), run.stdout);
  assert.ok(lines.some((l) => l.startsWith(`${files[1]}: /entries/0/level: must be one of`)), run.stdout);
  assert.equal(lines.at(-2), '2 locale files checked');
  assert.match(lines.at(-1), /^\d+ problems?$/);
  assert.ok(!run.stdout.includes('\u001b'), 'control characters are escaped');
});

test('locales/index.json and directory.json must list exactly the shipped files; update-locale-index.mjs rewrites both', () => {
  const copy = path.join(tmp, 'index-check');
  for (const entry of ['messages', 'lexicon', 'helplines', 'index.json', 'directory.json']) {
    fs.cpSync(path.join(root, 'locales', entry), path.join(copy, entry), { recursive: true });
  }
  assert.deepEqual(staleIndexProblems(copy), []);
  assert.deepEqual(staleIndexProblems(), [], 'the shipped lists are current');

  fs.rmSync(path.join(copy, 'helplines', 'ES.json'));
  const problems = staleIndexProblems(copy);
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(problems[0], /^locales\/index\.json: .*update-locale-index/);
  assert.match(problems[1], /^locales\/directory\.json: \/helpline_countries: /);

  writeLocaleIndex(copy);
  assert.deepEqual(staleIndexProblems(copy), []);
  const directory = JSON.parse(fs.readFileSync(path.join(copy, 'directory.json'), 'utf8'));
  assert.ok(!directory.helpline_countries.includes('ES'));
  assert.equal(directory.url, JSON.parse(fs.readFileSync(path.join(root, 'locales/directory.json'), 'utf8')).url);
});
