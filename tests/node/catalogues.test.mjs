// Every message catalogue (locales/messages/<lang>.json) is complete and safe:
// the keys and placeholders of en.json, the CLDR plural forms its language
// needs, plain text only, the right direction, and safe-messaging wording.
// Plain Node, no build needed: node --test tests/node/catalogues.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { root } from '../support/paths.mjs';

const messagesDir = path.join(root, 'locales/messages');

// Mirrors the C++ loader's limit (src/i18n/message_catalog.h, kMaxMessageBytes).
const MAX_MESSAGE_BYTES = 1024;
const CLDR_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

const catalogues = fs
  .readdirSync(messagesDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const file = path.join(messagesDir, name);
    const text = fs.readFileSync(file, 'utf8');
    let json;
    try {
      json = JSON.parse(text);
    } catch (error) {
      json = { parseError: error.message };
    }
    return { lang: name.slice(0, -'.json'.length), name, text, json };
  });

const english = catalogues.find((c) => c.lang === 'en')?.json;

// [key, category or null, text] for every text of a catalogue.
function* texts(messages) {
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') yield [key, null, value];
    else if (value && typeof value === 'object') {
      for (const [category, text] of Object.entries(value)) yield [key, category, text];
    }
  }
}

const placeholders = (text) => [...text.matchAll(/\{([A-Za-z][A-Za-z0-9_]*)\}/g)].map((m) => m[1]);
const placeholderSet = (text) => [...new Set(placeholders(text))].sort();
const union = (forms) => [...new Set(Object.values(forms).flatMap(placeholders))].sort();

function textDirection(lang) {
  const locale = new Intl.Locale(lang);
  const info = typeof locale.getTextInfo === 'function' ? locale.getTextInfo() : locale.textInfo;
  return info?.direction;
}

test('there are at least 20 catalogues, English among them', () => {
  assert.ok(catalogues.length >= 20, `only ${catalogues.length} catalogues`);
  assert.ok(english, 'en.json is missing');
});

for (const { lang, name, text, json } of catalogues) {
  test(`${name}: parses and has the catalogue shape`, () => {
    assert.equal(json.parseError, undefined, `${name} does not parse: ${json.parseError}`);
    assert.ok(!text.startsWith('\uFEFF'), 'starts with a byte order mark');
    assert.deepEqual(Object.keys(json).sort(), ['messages', 'meta']);
    assert.deepEqual(Object.keys(json.meta).sort(), ['dir', 'lang', 'name']);
    assert.equal(json.meta.lang, lang, 'meta.lang must match the file name');
    assert.equal(typeof json.meta.name, 'string');
    assert.ok(json.meta.name.trim().length > 0, 'meta.name is empty');
    assert.ok(Intl.getCanonicalLocales(lang).length === 1, `${lang} is not a language tag`);
    assert.equal(typeof json.messages, 'object');
    assert.ok(json.messages !== null && !Array.isArray(json.messages));
  });

  test(`${name}: meta.dir is rtl exactly for right-to-left languages`, () => {
    const expected = lang === 'ar' || lang === 'he' ? 'rtl' : 'ltr';
    assert.equal(json.meta.dir, expected);
    // CLDR agrees, where this Node exposes it.
    const cldr = textDirection(lang);
    if (cldr) assert.equal(json.meta.dir, cldr, `CLDR says ${lang} is ${cldr}`);
  });

  test(`${name}: has exactly the keys of en.json, each of the same kind`, () => {
    const expected = Object.keys(english.messages).sort();
    const actual = Object.keys(json.messages).sort();
    const missing = expected.filter((key) => !actual.includes(key));
    const extra = actual.filter((key) => !expected.includes(key));
    assert.deepEqual(missing, [], `missing keys: ${missing.join(', ')}`);
    assert.deepEqual(extra, [], `extra keys: ${extra.join(', ')}`);
    for (const key of expected) {
      const kind = (value) => (typeof value === 'string' ? 'string' : 'plural');
      assert.equal(kind(json.messages[key]), kind(english.messages[key]), `${key}: plain in one, plural in the other`);
    }
  });

  test(`${name}: every message has the placeholders of en.json`, () => {
    for (const [key, base] of Object.entries(english.messages)) {
      const value = json.messages[key];
      if (typeof base === 'string') {
        assert.deepEqual(placeholderSet(value), placeholderSet(base), `${key}: placeholders differ from en.json`);
        continue;
      }
      // Plural: the forms may drop the number ("the next message"), but never
      // invent a placeholder, and "other" always shows what en's "other" shows.
      const allowed = union(base);
      for (const [category, form] of Object.entries(value)) {
        for (const name of placeholders(form)) {
          assert.ok(allowed.includes(name), `${key}.${category}: unknown placeholder {${name}}`);
        }
      }
      assert.deepEqual(placeholderSet(value.other), placeholderSet(base.other), `${key}.other: placeholders differ`);
    }
  });

  test(`${name}: plural messages have the CLDR categories of ${lang}`, () => {
    const rules = new Intl.PluralRules(lang);
    const needed = rules.resolvedOptions().pluralCategories;
    for (const [key, value] of Object.entries(json.messages)) {
      if (typeof value === 'string') continue;
      const have = Object.keys(value);
      assert.ok(have.includes('other'), `${key}: no "other" form`);
      for (const category of have) {
        assert.ok(CLDR_CATEGORIES.includes(category), `${key}: "${category}" is not a CLDR plural category`);
        assert.ok(needed.includes(category), `${key}: ${lang} has no "${category}" category`);
      }
      for (const category of needed) {
        assert.ok(have.includes(category), `${key}: ${lang} needs a "${category}" form`);
      }
      // A category that covers several counts (Russian "one" is 1, 21, 31...)
      // must show the number, or 21 would read as "the next message".
      const counts = new Map();
      for (let n = 1; n <= 1000; n++) {
        const category = rules.select(n);
        counts.set(category, (counts.get(category) ?? 0) + 1);
      }
      for (const [category, form] of Object.entries(value)) {
        if ((counts.get(category) ?? 0) > 1) {
          for (const name of union(english.messages[key])) {
            assert.ok(placeholders(form).includes(name), `${key}.${category} covers several counts but omits {${name}}`);
          }
        }
      }
    }
  });

  test(`${name}: every text is plain, single-line and bounded`, () => {
    for (const [key, category, value] of texts(json.messages)) {
      const where = category ? `${key}.${category}` : key;
      assert.equal(typeof value, 'string', `${where} is not a string`);
      assert.ok(value.trim().length > 0, `${where} is empty`);
      assert.equal(value, value.trim(), `${where} has leading or trailing space`);
      assert.ok(Buffer.byteLength(value, 'utf8') <= MAX_MESSAGE_BYTES, `${where} is longer than ${MAX_MESSAGE_BYTES} bytes`);
      assert.doesNotMatch(value, /\p{Cc}/u, `${where} has a newline, tab or other control character`);
      assert.doesNotMatch(value, /[\u202A-\u202E]/u, `${where} has a bidi embedding or override`);
      assert.doesNotMatch(value, /[<>]/, `${where} has markup`);
      assert.doesNotMatch(value, /&(#\d+|#x[\da-f]+|[a-z]+);/i, `${where} has an HTML entity`);
      assert.doesNotMatch(value, /[*_`~|]|\]\(|^\s*(#|[-+] |> |\d+\. )/u, `${where} has markdown`);
      assert.doesNotMatch(value, /https?:|www\.|\.(com|org|net)\b/i, `${where} has a link`);
      // Braces only as well-formed placeholders.
      assert.doesNotMatch(value.replace(/\{[A-Za-z][A-Za-z0-9_]*\}/g, ''), /[{}]/, `${where} has a stray brace`);
      assert.ok(value.isWellFormed?.() ?? true, `${where} has a lone surrogate`);
    }
    assert.ok(json.meta.name.length <= 64 && !/[<>\p{Cc}]/u.test(json.meta.name), 'meta.name is not plain');
  });
}

// ---- safe-messaging lint --------------------------------------------------
// Guidance for talking about suicide and self-harm (WHO, Samaritans, the
// Reporting on Suicide recommendations) warns against wording that frames
// suicide as a crime or an achievement, against boilerplate disclaimers that
// push the person away, and against any mention of methods.

// Checked in every catalogue: an untranslated English string slips in easily.
const FORBIDDEN_ENGLISH = [
  'commit suicide', 'committed suicide', 'commits suicide', 'committing suicide',
  'successful suicide', 'unsuccessful suicide', 'failed suicide', 'completed suicide',
  'successful attempt', 'failed attempt', 'suicide victim', 'suicide epidemic',
  'kill yourself', 'end it all',
  'I am not a professional', "I'm not a professional", 'not a professional',
  'not medical advice', 'not a substitute for', 'seek professional help', 'consult a professional',
  'as an AI', 'I am an AI', "I'm an AI", 'we cannot help', "we can't help",
];

// Method words. "Overdose" is left out on purpose: naming a possible overdose
// in a substance emergency is first aid, not a method.
const METHOD_WORDS_ENGLISH = [
  'hang', 'hanging', 'hanged', 'noose', 'rope', 'ligature', 'suffocate', 'suffocation', 'strangle',
  'pill', 'pills', 'tablet', 'tablets', 'dose', 'dosage', 'lethal', 'poison', 'poisoning', 'bleach', 'pesticide',
  'gun', 'guns', 'firearm', 'shoot', 'shooting', 'bullet', 'knife', 'razor', 'blade', 'blades',
  'cut', 'cutting', 'wrist', 'wrists', 'bleed', 'bleeding', 'jump', 'jumping', 'bridge', 'ledge', 'rooftop',
  'drown', 'drowning', 'carbon monoxide', 'charcoal', 'exhaust', 'train', 'tracks', 'method', 'methods',
];

// Phrases and method words per language, where we can say them with
// confidence. A trailing * matches any ending ("ahorc*": ahorcar, ahorcarse).
// Languages without a list (ar, he, hi, id, th, tr, vi) rely on the English
// checks above and on review by a native speaker.
const FORBIDDEN_BY_LANGUAGE = {
  da: ['begå selvmord', 'begik selvmord', 'mislykket forsøg', 'vellykket selvmord', 'piller', 'hænge sig', 'reb', 'barberblad'],
  de: ['Selbstmord*', 'Freitod', 'Suizid begehen', 'erfolgreicher Suizid', 'gescheiterter Versuch',
    'keine medizinische Beratung', 'kein Ersatz für', 'erhäng*', 'Tabletten', 'Strick', 'Pistole', 'Rasierklinge*', 'vergift*'],
  es: ['cometer suicidio', 'cometió suicidio', 'suicidio exitoso', 'suicidio consumado', 'intento fallido',
    'no es consejo médico', 'no soy un profesional', 'ahorc*', 'pastillas', 'veneno', 'pistola', 'cuchilla*', 'navaja*'],
  fr: ['commettre un suicide', 'commis un suicide', 'suicide réussi', 'tentative ratée', 'tentative échouée',
    'pas un avis médical', 'pas un professionnel', 'pendaison', 'se pendre', 'comprimés', 'poison', 'arme à feu', 'rasoir'],
  it: ['commettere suicidio', 'commesso suicidio', 'suicidio riuscito', 'tentativo fallito',
    'non è un consiglio medico', 'impicca*', 'pillole', 'veleno', 'pistola', 'lametta', 'rasoio'],
  nl: ['zelfmoord plegen', 'zelfmoord gepleegd', 'pleegde zelfmoord', 'geslaagde zelfmoord', 'mislukte poging',
    'geen medisch advies', 'pillen', 'strop', 'scheermes*'],
  pl: ['popełnić samobójstwo', 'popełnił samobójstwo', 'udane samobójstwo', 'nieudana próba', 'tabletki',
    'powiesić', 'powieszenie', 'żyletk*'],
  pt: ['cometer suicídio', 'cometeu suicídio', 'suicídio bem-sucedido', 'tentativa fracassada', 'tentativa falhada',
    'não é aconselhamento médico', 'enforc*', 'comprimidos', 'veneno', 'lâmina*', 'navalha'],
  ru: ['совершить самоубийство', 'совершил самоубийство', 'совершила самоубийство', 'неудачная попытка',
    'таблетк*', 'повеси*', 'петл*', 'бритв*', 'яд'],
  sv: ['begå självmord', 'begick självmord', 'misslyckat försök', 'lyckat självmord', 'tabletter', 'hänga sig', 'rakblad*'],
  uk: ['скоїти самогубство', 'скоїв самогубство', 'вчинити самогубство', 'невдала спроба', 'таблетк*', 'повіси*', 'петл*', 'бритв*'],
  ja: ['首吊り', '首つり', '飛び降り', 'リストカット', '睡眠薬', '練炭'],
  ko: ['목을 매', '투신', '수면제', '번개탄'],
  zh: ['自杀成功', '上吊', '割腕', '跳楼', '安眠药', '农药', '烧炭'],
};

// Scripts written without spaces match anywhere; the others as whole words.
const UNSPACED = new Set(['ja', 'ko', 'zh']);

function matcher(entry, wholeWords) {
  const stem = entry.endsWith('*');
  const escaped = (stem ? entry.slice(0, -1) : entry).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  if (!wholeWords) return new RegExp(escaped, 'iu');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${stem ? '' : '(?![\\p{L}\\p{N}])'}`, 'iu');
}

function violations(json, entries, wholeWords) {
  const found = [];
  const patterns = entries.map((entry) => [entry, matcher(entry, wholeWords)]);
  for (const [key, category, value] of texts(json.messages)) {
    for (const [entry, pattern] of patterns) {
      if (pattern.test(value)) found.push(`${category ? `${key}.${category}` : key}: "${entry}"`);
    }
  }
  return found;
}

test('safe messaging: en.json has no stigmatising phrase, disclaimer or method word', () => {
  assert.deepEqual(violations(english, FORBIDDEN_ENGLISH, true), []);
  assert.deepEqual(violations(english, METHOD_WORDS_ENGLISH, true), []);
});

test('safe messaging: no catalogue has an English stigmatising phrase or disclaimer', () => {
  for (const { name, json } of catalogues) {
    assert.deepEqual(violations(json, FORBIDDEN_ENGLISH, true), [], name);
  }
});

test('safe messaging: catalogues avoid their own language\'s stigmatising phrases and method words', () => {
  for (const [lang, entries] of Object.entries(FORBIDDEN_BY_LANGUAGE)) {
    const catalogue = catalogues.find((c) => c.lang === lang);
    if (!catalogue) continue;
    assert.deepEqual(violations(catalogue.json, entries, !UNSPACED.has(lang)), [], `${lang}.json`);
  }
});

test('safe messaging: the lint itself catches what it is meant to catch', () => {
  const sample = (text) => ({ messages: { sample: text } });
  assert.equal(violations(sample('Do not commit  suicide'), FORBIDDEN_ENGLISH, true).length, 1);
  assert.equal(violations(sample('I AM NOT A PROFESSIONAL, but'), FORBIDDEN_ENGLISH, true).length, 2);
  assert.equal(violations(sample('put the pills away'), METHOD_WORDS_ENGLISH, true).length, 1);
  assert.equal(violations(sample('someone trained can help'), METHOD_WORDS_ENGLISH, true).length, 0);
  assert.equal(violations(sample('Er hat sich erhängt'), FORBIDDEN_BY_LANGUAGE.de, true).length, 1);
  assert.equal(violations(sample('Selbstmordgedanken'), FORBIDDEN_BY_LANGUAGE.de, true).length, 1);
  assert.equal(violations(sample('他想上吊'), FORBIDDEN_BY_LANGUAGE.zh, false).length, 1);
});
