// Writes locales/index.json: which catalogues, lexicons and helpline files the
// package ships, so that code can ask for one without listing a folder (a
// browser cannot). Run after adding a locale file; a test checks it is current.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const locales = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../locales');
const names = (folder) => readdirSync(path.join(locales, folder))
  .filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length)).sort();

export function localeIndex() {
  return { messages: names('messages'), lexicons: names('lexicon'), helplines: names('helplines') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(path.join(locales, 'index.json'), `${JSON.stringify(localeIndex(), null, 2)}\n`);
}
