#!/usr/bin/env node
// Validates the helpline files against locales/helplines.schema.json, plus what a
// schema cannot say. Prints one line per problem ("file: /json/path: message")
// and a summary; exits 1 on any problem.
//
//   node scripts/validate-helplines.mjs                 every locales/helplines/*.json,
//                                                       and the directory's own data files
//   node scripts/validate-helplines.mjs a/ES.json ...   just these files (any folder)
//
// Whether locales/index.json and directory.json list exactly the helpline files
// is checked by validate-locales.mjs, and fixed by update-locale-index.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const locales = path.join(root, 'locales');
const helplinesDir = path.join(locales, 'helplines');

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const DAY_MS = 24 * 60 * 60 * 1000;

let compiled = null;
function compileSchema() {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictTypes: false, strictRequired: false });
  compiled = ajv.compile(readJson(path.join(locales, 'helplines.schema.json')));
  return compiled;
}

// A short, escaped excerpt of an offending value (never echoed raw).
export function excerpt(value) {
  if (value === undefined) return '';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? ` (got ${text.slice(0, 57)}...)` : ` (got ${text})`;
}

function describe(error) {
  const where = error.instancePath || '/';
  const description = error.parentSchema?.description;
  switch (error.keyword) {
    case 'pattern':
    case 'not':
    case 'maxLength':
    case 'minLength':
      return `${where}: ${description ? `must be ${description}` : error.message}${excerpt(error.data)}`;
    case 'additionalProperties':
      return `${where}: unknown property "${error.params.additionalProperty}"`;
    case 'enum':
      return `${where}: must be one of ${error.params.allowedValues.join(', ')}${excerpt(error.data)}`;
    case 'const':
      return `${where}: must be ${JSON.stringify(error.params.allowedValue)}${excerpt(error.data)}`;
    case 'type':
      return `${where}: must be ${[].concat(error.params.type).join(' or ')}${excerpt(error.data)}`;
    case 'if':
      return null; // the failing branch reports the real problem
    default:
      return `${where}: ${error.message}`;
  }
}

function isRealDate(text) {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const digitsOf = (text) => text.replace(/[^0-9]/g, '');
const minutesOf = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function checkUrl(url, where, report) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') report(`${where}: must be an https:// URL`);
    if (parsed.username || parsed.password) report(`${where}: must not carry a user name or password`);
  } catch {
    report(`${where}: is not a valid URL`);
  }
}

// Checks of one parsed country file that the schema cannot express.
function checkSemantics(data, fileCode, context, report) {
  if (data.country !== fileCode) report(`/country: "${data.country}" does not match the file name ${fileCode}.json`);
  if (context.emergency && !Object.hasOwn(context.emergency, data.country)) {
    report(`/country: ${data.country} is not a known region (locales/emergency.json)`);
  }
  const ids = new Set();
  data.services.forEach((service, i) => {
    const at = `/services/${i}`;
    if (ids.has(service.id)) report(`${at}/id: "${service.id}" is used twice in this file`);
    ids.add(service.id);
    const owner = context.seenIds.get(service.id);
    if (owner && owner !== fileCode) report(`${at}/id: "${service.id}" is also used in ${owner}.json`);
    context.seenIds.set(service.id, fileCode);
    if (!service.id.startsWith(`${data.country.toLowerCase()}-`)) {
      report(`${at}/id: must start with "${data.country.toLowerCase()}-"`);
    }
    if (!isRealDate(service.last_verified)) report(`${at}/last_verified: ${service.last_verified} is not a calendar date`);
    else if (Date.parse(service.last_verified) > context.now + DAY_MS) {
      report(`${at}/last_verified: ${service.last_verified} is in the future`);
    }
    checkUrl(service.source, `${at}/source`, report);
    service.channels.forEach((channel, j) => {
      const where = `${at}/channels/${j}`;
      if (channel.url) checkUrl(channel.url, `${where}/url`, report);
      // A display that is only digits and separators must dial what it shows.
      if (channel.type === 'phone' && typeof channel.tel === 'string' && /^[0-9 ()./+-]+$/.test(channel.display)) {
        if (digitsOf(channel.display) !== digitsOf(channel.tel)) {
          report(`${where}/tel: ${channel.tel} does not dial the displayed "${channel.display}"`);
        }
      }
    });
    if (service.hours && service.hours.weekly) {
      if (context.timezones && !Object.hasOwn(context.timezones, service.hours.tz)) {
        report(`${at}/hours/tz: "${service.hours.tz}" is not a known time zone (locales/timezones.json)`);
      }
      service.hours.weekly.forEach((rule, k) => {
        if (minutesOf(rule.open) === minutesOf(rule.close) % 1440 && rule.close !== '24:00') {
          report(`${at}/hours/weekly/${k}: open and close are both ${rule.open}; write 00:00-24:00 for a whole day`);
        }
      });
    }
  });
}

function loadContext(now) {
  const optional = (name) => {
    const file = path.join(locales, name);
    return fs.existsSync(file) ? readJson(file) : null;
  };
  return { emergency: optional('emergency.json'), timezones: optional('timezones.json'), seenIds: new Map(), now };
}

// Validates country files; returns {problems: [...lines], countries, oldest}.
export function validateFiles(files, { now = Date.now() } = {}) {
  const validate = compileSchema();
  const context = loadContext(now);
  const problems = [];
  const vetted = new Set();
  let oldest = null;

  for (const file of files) {
    const relative = path.relative(root, path.resolve(file));
    const shown = relative.startsWith('..') ? path.resolve(file) : relative;
    const report = (message) => problems.push(`${shown}: ${message}`);
    const fileCode = path.basename(file).replace(/\.json$/, '');
    if (!/^[A-Z]{2}$/.test(fileCode) || !file.endsWith('.json')) report('file name must be <CC>.json, e.g. ES.json');

    let data;
    try {
      data = readJson(file);
    } catch (error) {
      report(`not valid JSON: ${error.message}`);
      continue;
    }
    if (!validate(data)) {
      // One wrong type is one problem, however many branches of the schema notice it.
      const typeErrorAt = new Set();
      for (const error of validate.errors) {
        if (error.keyword === 'type') {
          if (typeErrorAt.has(error.instancePath)) continue;
          typeErrorAt.add(error.instancePath);
        }
        const line = describe(error);
        if (line && !problems.includes(`${shown}: ${line}`)) report(line);
      }
      continue; // semantic checks assume the shapes the schema promises
    }
    const before = problems.length;
    checkSemantics(data, fileCode, context, report);
    if (problems.length > before) continue;

    for (const service of data.services) {
      vetted.add(data.country);
      if (!oldest || service.last_verified < oldest.date) {
        oldest = { date: service.last_verified, country: data.country, id: service.id };
      }
    }
  }
  return { problems, countries: vetted.size, oldest };
}

// The directory's own data files: emergency numbers, category topics, directory links.
export function validateDirectoryData() {
  const problems = [];
  const load = (name) => {
    try {
      return readJson(path.join(locales, name));
    } catch (error) {
      problems.push(`locales/${name}: ${error.message}`);
      return null;
    }
  };
  const emergency = load('emergency.json');
  if (emergency) {
    for (const [code, entry] of Object.entries(emergency)) {
      if (code === '_meta') continue;
      const ok = /^[A-Z]{2}$/.test(code) && typeof entry?.name === 'string' && !/[<>]/.test(entry.name) &&
        Array.isArray(entry.numbers) && entry.numbers.length > 0 && entry.numbers.every((n) => /^[0-9]{2,15}$/.test(n));
      if (!ok) problems.push(`locales/emergency.json: /${code}: needs a plain name and a non-empty list of digit strings`);
    }
  }
  const topics = compileSchema().schema.$defs.topic.enum;
  const categories = load('category-topics.json');
  if (categories) {
    for (const [category, list] of Object.entries(categories)) {
      if (category.startsWith('_')) continue;
      if (!Array.isArray(list) || !list.every((t) => topics.includes(t))) {
        problems.push(`locales/category-topics.json: /${category}: must be a list of topics (${topics.join(', ')})`);
      }
    }
  }
  const directory = load('directory.json');
  if (directory) {
    for (const key of ['url', 'country_url']) {
      if (typeof directory[key] !== 'string' || !/^https:\/\/[^\s<>"']+$/.test(directory[key])) {
        problems.push(`locales/directory.json: /${key}: must be an https:// URL`);
      }
    }
  }
  return problems;
}

function main(argv) {
  const explicit = argv.filter((a) => !a.startsWith('--'));
  const files = explicit.length > 0 ? explicit
    : fs.readdirSync(helplinesDir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(helplinesDir, f));

  const { problems, countries, oldest } = validateFiles(files);
  if (explicit.length === 0) problems.push(...validateDirectoryData());

  for (const line of problems) console.log(line);
  const oldestText = oldest ? `${oldest.date} (${oldest.country} ${oldest.id})` : 'none';
  console.log(`${countries} countries with a vetted service; oldest last_verified ${oldestText}`);
  if (problems.length > 0) console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  return problems.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
