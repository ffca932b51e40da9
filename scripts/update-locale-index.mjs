// The one generator of the package's lists of its own locale files, which code
// needs because a browser cannot list a folder:
//   locales/index.json       which catalogues, lexicons and helpline files ship
//   locales/directory.json   "helpline_countries": the same helpline files, for
//                            the C++ directory (src/resources/directory_data.h)
// Run it after adding or removing a locale file:
//   node scripts/update-locale-index.mjs
// scripts/validate-locales.mjs (part of npm test) fails while either is stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Every function takes the locales folder (the package's by default; tests pass a copy).
const shipped = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../locales');
const names = (locales, folder) => readdirSync(path.join(locales, folder))
  .filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length)).sort();
const readJson = (locales, file) => JSON.parse(readFileSync(path.join(locales, file), 'utf8'));
const writeJson = (locales, file, value) => writeFileSync(path.join(locales, file), `${JSON.stringify(value, null, 2)}\n`);

/** What locales/index.json must hold, read from the folders. */
export function localeIndex(locales = shipped) {
  return {
    messages: names(locales, 'messages'), lexicons: names(locales, 'lexicon'), helplines: names(locales, 'helplines'),
  };
}

/** One line per list that differs from the folders; empty when both are current. */
export function staleIndexProblems(locales = shipped) {
  const index = localeIndex(locales);
  const problems = [];
  const fix = 'run node scripts/update-locale-index.mjs';
  if (JSON.stringify(readJson(locales, 'index.json')) !== JSON.stringify(index)) {
    problems.push(`locales/index.json: /: must list exactly the files in locales/messages, lexicon and helplines (${fix})`);
  }
  const listed = readJson(locales, 'directory.json').helpline_countries;
  if (JSON.stringify(listed) !== JSON.stringify(index.helplines)) {
    problems.push(`locales/directory.json: /helpline_countries: must list exactly the files in locales/helplines (${fix})`);
  }
  return problems;
}

export function writeLocaleIndex(locales = shipped) {
  const index = localeIndex(locales);
  writeJson(locales, 'index.json', index);
  writeJson(locales, 'directory.json', { ...readJson(locales, 'directory.json'), helpline_countries: index.helplines });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeLocaleIndex();
