#!/usr/bin/env node
// Generates locales/emergency.json from libphonenumber's short-number metadata
// (Apache-2.0, via ../shared/data/helplines) and copies its NOTICE beside it.
//
//   node scripts/import-emergency-numbers.mjs [shared-helplines-dir]
//
// Output: {"_meta": {...}, "CC": {"name": "Spain", "numbers": ["112", "085", ...]}, ...}
// numbers[0] is the number shown to a person; the rest are the region's other
// emergency short codes, as libphonenumber lists them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(process.argv[2] ?? path.join(root, '../shared/data/helplines'));
const numbersFile = path.join(shared, 'emergency-libphonenumber/emergency-numbers.json');
const noticeFile = path.join(shared, 'emergency-libphonenumber/NOTICE.txt');
const leadsFile = path.join(shared, 'leads.json');

// Which listed number to show first: the general numbers people know, in this
// order, else libphonenumber's own example number for the region.
const GENERAL_NUMBERS = ['911', '999', '000', '112', '111'];

// Countries with vetted helplines where that rule picks a police-only or a
// redirected number; each choice is one of libphonenumber's numbers for the
// region (checked below), the medical emergency line where services are split.
const PRIMARY_OVERRIDES = {
  BR: '192', // SAMU
  CL: '131', // SAMU
  CN: '120', // ambulance
  JP: '119', // fire and ambulance
  KR: '119', // fire and ambulance
  TW: '119', // fire and ambulance
  VN: '115', // ambulance
  TH: '1669', // medical emergency
  NL: '112', // 911 only redirects to 112
  LB: '112',
};

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

const regions = readJson(numbersFile).regions;
const leads = fs.existsSync(leadsFile) ? readJson(leadsFile) : {};
const regionName = new Intl.DisplayNames(['en'], { type: 'region' });

function countryName(code) {
  const fromLeads = leads[code]?.country_name;
  if (typeof fromLeads === 'string' && fromLeads !== code) return fromLeads;
  const fromCldr = regionName.of(code);
  return fromCldr && fromCldr !== code ? fromCldr : code;
}

function primaryNumber(code, numbers, example) {
  const override = PRIMARY_OVERRIDES[code];
  if (override !== undefined) {
    if (!numbers.includes(override)) throw new Error(`${code}: override ${override} is not among ${numbers}`);
    return override;
  }
  const general = GENERAL_NUMBERS.find((n) => numbers.includes(n));
  if (general) return general;
  return numbers.includes(example) ? example : numbers[0];
}

const out = {
  _meta: {
    source: 'Google libphonenumber short-number metadata (ShortNumberMetadata.xml) 8.12.57, as packaged in Debian python3-phonenumbers',
    license: 'Apache-2.0; see NOTICE-emergency-numbers.txt',
    generated_by: 'scripts/import-emergency-numbers.mjs',
    numbers: 'every emergency short code of the region; the first is the one shown: ' +
      `${GENERAL_NUMBERS.join(' > ')}, else libphonenumber's example, with overrides for ${Object.keys(PRIMARY_OVERRIDES).sort().join(' ')}`,
    names: 'English country names (CLDR)',
  },
};

let count = 0;
for (const code of Object.keys(regions).sort()) {
  if (!/^[A-Z]{2}$/.test(code)) throw new Error(`unexpected region code ${code}`);
  const { numbers, example } = regions[code];
  const digits = [...new Set(numbers)].filter((n) => /^[0-9]{2,6}$/.test(n));
  if (digits.length === 0) continue;
  if (leads[code]?.emergency?.numbers && JSON.stringify(leads[code].emergency.numbers) !== JSON.stringify(numbers)) {
    console.warn(`${code}: leads.json and emergency-numbers.json disagree; using emergency-numbers.json`);
  }
  const primary = primaryNumber(code, digits, example);
  out[code] = { name: countryName(code), numbers: [primary, ...digits.filter((n) => n !== primary)] };
  count++;
}

fs.writeFileSync(path.join(root, 'locales/emergency.json'), JSON.stringify(out, null, 1) + '\n');
const noticeCopy = path.join(root, 'locales/NOTICE-emergency-numbers.txt');
fs.rmSync(noticeCopy, { force: true });
fs.copyFileSync(noticeFile, noticeCopy);
fs.chmodSync(noticeCopy, 0o644); // the shared copy is read-only
console.log(`locales/emergency.json: ${count} regions`);
