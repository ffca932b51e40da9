#!/usr/bin/env node
// Validates the locale files the dialog and the core read: message catalogues
// (locales/messages/<lang>.json) and explicit-phrase lexicons
// (locales/lexicon/<lang>.json). Every text must be plain and bounded (the
// limits of the C++ loaders, src/i18n/message_catalog.h and src/risk/lexicon.cpp),
// with no markup, no link or script scheme and no wrong type. Prints one line
// per problem ("file: /json/path: message") and a summary; exits 1 on any problem.
//
//   node scripts/validate-locales.mjs                 every shipped catalogue and lexicon,
//                                                     and whether locales/index.json and
//                                                     directory.json list exactly the shipped
//                                                     files (scripts/update-locale-index.mjs)
//   node scripts/validate-locales.mjs a/messages/xx.json b/lexicon/yy.json ...
//                                                     just these (the kind comes from the
//                                                     folder: messages/ or lexicon/)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { staleIndexProblems } from './update-locale-index.mjs';
import { excerpt } from './validate-helplines.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const locales = path.join(root, 'locales');

// The C++ loaders' limits.
const MAX_MESSAGES = 512;
const MAX_MESSAGE_BYTES = 1024;
const MAX_KEY_BYTES = 64;
const MAX_LANGUAGE_NAME_BYTES = 64;
const MAX_LEXICON_ENTRIES = 2000;
const MAX_PHRASE_BYTES = 200;

const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const CATEGORIES = ['suicidal_ideation', 'self_harm', 'anxiety_crisis', 'violent_thoughts',
  'substance_abuse_or_withdrawal', 'risk_taking_behaviours'];
const LEVELS = ['support', 'urgent'];


const typeOf = (value) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
const pointer = (...parts) => `/${parts.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

/** Why a text may not be shown or matched, or null. Plain text only: the
 * dialog renders it as text, but a file that tries markup or a script link is
 * wrong whatever the renderer does. */
function textProblem(value, maxBytes) {
  if (typeof value !== 'string') return `must be a string${excerpt(value)}`;
  if (value.trim() === '') return 'must not be empty';
  if (!value.isWellFormed()) return 'must be well-formed Unicode (it has a lone surrogate)';
  if (Buffer.byteLength(value, 'utf8') > maxBytes) return `must be at most ${maxBytes} bytes of UTF-8 (it has ${Buffer.byteLength(value, 'utf8')})`;
  if (/[<>]/.test(value)) return `must be plain text: no < or >${excerpt(value)}`;
  if (/&(#\d+|#x[\da-f]+|[a-z]+);/i.test(value)) return `must be plain text: no HTML entity${excerpt(value)}`;
  if (/\p{Cc}/u.test(value)) return 'must be one line of plain text: no control characters (newline, tab, escape...)';
  if (/[\u202A-\u202E\u2066-\u2069]/.test(value)) return 'must be plain text: no bidi embedding, override or isolate characters';
  if (/\b(javascript|vbscript|data|file|https?)\s*:|\bwww\./i.test(value)) return `must be plain text: no link or script scheme${excerpt(value)}`;
  return null;
}

function validateCatalogue(data, lang, report) {
  if (typeOf(data) !== 'object') return report('/', `must be an object {"meta", "messages"}${excerpt(data)}`);
  for (const key of Object.keys(data)) {
    if (key !== 'meta' && key !== 'messages') report('/', `unknown property "${key.slice(0, 40)}"`);
  }
  const { meta, messages } = data;
  if (typeOf(meta) !== 'object') {
    report('/meta', `must be an object {"lang", "name", "dir"}${meta === undefined ? '' : excerpt(meta)}`);
  } else {
    for (const key of Object.keys(meta)) {
      if (!['lang', 'name', 'dir'].includes(key)) report('/meta', `unknown property "${key.slice(0, 40)}"`);
    }
    if (meta.lang !== lang) report('/meta/lang', `must be "${lang}", the file's name${excerpt(meta.lang)}`);
    const nameProblem = textProblem(meta.name, MAX_LANGUAGE_NAME_BYTES);
    if (nameProblem) report('/meta/name', nameProblem);
    if (meta.dir !== 'ltr' && meta.dir !== 'rtl') report('/meta/dir', `must be "ltr" or "rtl"${excerpt(meta.dir)}`);
  }
  if (typeOf(messages) !== 'object') {
    return report('/messages', `must be an object of messages${messages === undefined ? '' : excerpt(messages)}`);
  }
  const keys = Object.keys(messages);
  if (keys.length > MAX_MESSAGES) report('/messages', `must hold at most ${MAX_MESSAGES} messages (it has ${keys.length})`);
  for (const key of keys.slice(0, MAX_MESSAGES)) {
    const at = pointer('messages', key.slice(0, MAX_KEY_BYTES + 1));
    if (!/^[A-Za-z0-9._-]+$/.test(key) || key.length > MAX_KEY_BYTES) {
      report(at, `a message key must be 1 to ${MAX_KEY_BYTES} characters of A-Z a-z 0-9 . _ -`);
      continue;
    }
    const value = messages[key];
    if (typeOf(value) === 'object') {
      if (!Object.hasOwn(value, 'other')) report(at, 'a plural message must have an "other" form');
      for (const [category, text] of Object.entries(value)) {
        if (!PLURAL_CATEGORIES.includes(category)) {
          report(pointer('messages', key, category.slice(0, 40)), `must be a CLDR plural category (${PLURAL_CATEGORIES.join(', ')})`);
          continue;
        }
        const problem = textProblem(text, MAX_MESSAGE_BYTES) ?? placeholderProblem(text);
        if (problem) report(pointer('messages', key, category), problem);
      }
    } else {
      const problem = typeof value === 'string' ? textProblem(value, MAX_MESSAGE_BYTES) ?? placeholderProblem(value)
        : `must be a string, or an object of plural forms${excerpt(value)}`;
      if (problem) report(at, problem);
    }
  }
}

// Braces appear only as {placeholder}: anything else would be shown raw.
function placeholderProblem(text) {
  return /[{}]/.test(text.replace(/\{[A-Za-z][A-Za-z0-9_]*\}/g, '')) ? `must use braces only as {placeholder}${excerpt(text)}` : null;
}

function validateLexicon(data, lang, report) {
  if (typeOf(data) !== 'object') return report('/', `must be an object {"lang", "entries"}${excerpt(data)}`);
  for (const key of Object.keys(data)) {
    if (key !== 'lang' && key !== 'entries') report('/', `unknown property "${key.slice(0, 40)}"`);
  }
  if (data.lang !== lang) report('/lang', `must be "${lang}", the file's name${excerpt(data.lang)}`);
  if (!Array.isArray(data.entries)) {
    return report('/entries', `must be an array of entries${data.entries === undefined ? '' : excerpt(data.entries)}`);
  }
  if (data.entries.length > MAX_LEXICON_ENTRIES) report('/entries', `must hold at most ${MAX_LEXICON_ENTRIES} entries`);
  const seen = new Set();
  data.entries.slice(0, MAX_LEXICON_ENTRIES).forEach((entry, i) => {
    const at = pointer('entries', i);
    if (typeOf(entry) !== 'object') return report(at, `must be an object {"phrase", "category", "level"}${excerpt(entry)}`);
    for (const key of Object.keys(entry)) {
      if (!['phrase', 'category', 'level'].includes(key)) report(at, `unknown property "${key.slice(0, 40)}"`);
    }
    const problem = textProblem(entry.phrase, MAX_PHRASE_BYTES);
    if (problem) report(`${at}/phrase`, problem);
    else if (seen.has(entry.phrase)) report(`${at}/phrase`, `is listed twice${excerpt(entry.phrase)}`);
    else seen.add(entry.phrase);
    if (!CATEGORIES.includes(entry.category)) report(`${at}/category`, `must be one of ${CATEGORIES.join(', ')}${excerpt(entry.category)}`);
    if (!LEVELS.includes(entry.level)) report(`${at}/level`, `must be one of ${LEVELS.join(', ')}${excerpt(entry.level)}`);
  });
}

/** The kind of a locale file, from its folder. */
function kindOf(file) {
  const folder = path.basename(path.dirname(path.resolve(file)));
  return folder === 'messages' || folder === 'lexicon' ? folder : null;
}

// Validates locale files; returns { problems: [...lines], files: n }.
export function validateLocaleFiles(files) {
  const problems = [];
  for (const file of files) {
    const relative = path.relative(root, path.resolve(file));
    const shown = relative.startsWith('..') ? path.resolve(file) : relative;
    const report = (where, message) => problems.push(`${shown}: ${where}: ${message}`);
    const kind = kindOf(file);
    const lang = path.basename(file, '.json');
    if (!kind) {
      report('/', 'must be in a messages/ or lexicon/ folder');
      continue;
    }
    if (!file.endsWith('.json') || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) {
      report('/', 'file name must be <language tag>.json, e.g. es.json');
    }
    let data;
    try {
      data = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      report('/', `not valid JSON: ${error.message}`);
      continue;
    }
    (kind === 'messages' ? validateCatalogue : validateLexicon)(data, lang, report);
  }
  return { problems, files: files.length };
}

function shippedFiles() {
  return ['messages', 'lexicon'].flatMap((folder) => {
    const dir = path.join(locales, folder);
    return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));
  });
}

function main(argv) {
  const explicit = argv.filter((a) => !a.startsWith('--'));
  const { problems, files } = validateLocaleFiles(explicit.length > 0 ? explicit : shippedFiles());
  if (explicit.length === 0) problems.push(...staleIndexProblems());
  for (const line of problems) console.log(line);
  console.log(`${files} locale files checked`);
  if (problems.length > 0) console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  return problems.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
