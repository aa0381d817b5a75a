/**
 * Actor knowledge the events stage falls back on where the entities stage gave a phrase no actor: country
 * names, demonyms and capitals (world-countries plus lexicons/events/actor-fallback.json), institutions, and
 * the sector a head noun implies ("officials" GOV, "troops" MIL).
 */
import { createRequire } from 'node:module';
import { loadJson } from '../../lexicon/load.js';
import type { Sector } from '../../types.js';

interface FallbackData {
  countries: Record<string, string>;
  capitalsAsGovernment: string[];
  institutions: Record<string, Sector>;
  institutionCountry: Record<string, string>;
  sectorNouns: Record<string, Sector>;
  groupPairs: string[];
}

interface WorldCountry {
  name: { common: string; official: string };
  cca3: string;
  capital?: string[];
  unMember?: boolean;
  demonyms?: { eng?: { f: string; m: string } };
}

export interface FallbackIndex {
  /** Lowercased country name, demonym or capital → ISO3. */
  countries: Map<string, string>;
  capitals: Set<string>;
  institutions: Map<string, { sector: Sector; country: string | null }>;
  sectorNouns: Map<string, Sector>;
  groupPairs: Set<string>;
  /** Longest phrase in tokens, for n-gram lookup. */
  maxWords: number;
  /** The first piece (up to a space or hyphen) of every country and institution key: no phrase starts elsewhere. */
  firstPieces: Set<string>;
}

/** A key's or token's first piece: up to its first space or hyphen. */
export function firstPiece(lower: string): string {
  const cut = lower.search(/[\s\-–]/);
  return cut < 0 ? lower : lower.slice(0, cut);
}

let index: FallbackIndex | null = null;

export function fallbackIndex(): FallbackIndex {
  if (index) return index;
  const data = loadJson<FallbackData>('events/actor-fallback.json');
  const world = createRequire(import.meta.url)('world-countries') as WorldCountry[];
  const countries = new Map<string, string>();
  const capitals = new Set<string>(data.capitalsAsGovernment);
  // Sovereign states first, so a territory never takes a state's demonym ("Indian").
  const ordered = [...world].sort((a, b) => Number(b.unMember ?? false) - Number(a.unMember ?? false));
  for (const c of ordered) {
    countries.set(c.name.common.toLowerCase(), c.cca3);
    const demonym = c.demonyms?.eng;
    for (const d of demonym ? [demonym.m, demonym.f] : []) {
      const key = d.toLowerCase();
      if (!countries.has(key)) countries.set(key, c.cca3);
      // Plural demonyms name people ("Albanians", "Iraqis").
      if (/[^s]$/.test(key) && !countries.has(`${key}s`) && !/ese$|ish$|ch$/.test(key))
        countries.set(`${key}s`, c.cca3);
    }
  }
  for (const [name, code] of Object.entries(data.countries)) countries.set(name.trim(), code);
  const institutions = new Map<string, { sector: Sector; country: string | null }>();
  for (const [name, sector] of Object.entries(data.institutions))
    institutions.set(name, { sector, country: data.institutionCountry[name] ?? null });
  let maxWords = 1;
  const firstPieces = new Set<string>();
  for (const key of [...countries.keys(), ...institutions.keys()]) {
    maxWords = Math.max(maxWords, key.split(' ').length);
    firstPieces.add(firstPiece(key));
  }
  index = {
    countries,
    capitals,
    institutions,
    sectorNouns: new Map(Object.entries(data.sectorNouns)),
    groupPairs: new Set(data.groupPairs),
    maxWords,
    firstPieces,
  };
  return index;
}
