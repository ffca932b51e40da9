#!/usr/bin/env node
// Generates locales/timezones.json from Debian's tzdata: {"Europe/Madrid": "ES", ...}.
// The browser guesses the person's country from Intl's time zone with it (the
// person can always pick another country).
//
//   node scripts/import-timezones.mjs [zoneinfo-dir]
//
// zone.tab gives each zone's country. Browsers may also report the old names of
// zones (Chrome says "Asia/Calcutta", "Europe/Kiev"), so each backward link in
// tzdata.zi is added with its target's country, unless the target zone is shared
// by several countries (zone1970.tab), where the link says nothing about the country.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const zoneinfo = path.resolve(process.argv[2] ?? '/usr/share/zoneinfo');

function tableRows(file) {
  return fs.readFileSync(path.join(zoneinfo, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

const zoneCountry = new Map();
for (const [code, , zone] of tableRows('zone.tab')) {
  if (!/^[A-Z]{2}$/.test(code)) throw new Error(`zone.tab: unexpected country ${code}`);
  zoneCountry.set(zone, code);
}

const sharedZones = new Set();
for (const [codes, , zone] of tableRows('zone1970.tab')) {
  if (codes.includes(',')) sharedZones.add(zone);
}

let links = 0;
const ziFile = path.join(zoneinfo, 'tzdata.zi');
if (fs.existsSync(ziFile)) {
  const linkTarget = new Map();
  for (const line of fs.readFileSync(ziFile, 'utf8').split('\n')) {
    const [kind, target, name] = line.trim().split(/\s+/);
    if (kind === 'L' && target && name) linkTarget.set(name, target);
  }
  for (const [name, first] of linkTarget) {
    if (zoneCountry.has(name)) continue; // zone.tab's own answer wins
    let target = first;
    for (let hops = 0; linkTarget.has(target) && hops < 8; hops++) target = linkTarget.get(target);
    if (sharedZones.has(target) || !zoneCountry.has(target)) continue;
    zoneCountry.set(name, zoneCountry.get(target));
    links++;
  }
}

const out = Object.fromEntries([...zoneCountry].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
fs.writeFileSync(path.join(root, 'locales/timezones.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`locales/timezones.json: ${zoneCountry.size - links} zones from zone.tab, ${links} old names`);
