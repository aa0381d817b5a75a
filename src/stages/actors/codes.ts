/** CAMEO-style actor values: `country + sector` ("USAMIL"), the bare country ("CHN"), or an IGO code. */
import type { Actor, Sector } from '../../types.js';
import { countryName } from '../entities/places.js';

export const SECTORS: ReadonlySet<string> = new Set<Sector>([
  'GOV',
  'MIL',
  'LEG',
  'JUD',
  'COP',
  'ELI',
  'OPP',
  'REB',
  'BUS',
  'MED',
  'EDU',
  'NGO',
  'IGO',
  'CVL',
  'REF',
  'SPY',
]);

const SECTOR_NOUN: Record<Sector, string> = {
  GOV: 'government',
  MIL: 'military',
  LEG: 'legislature',
  JUD: 'judiciary',
  COP: 'police',
  ELI: 'elites',
  OPP: 'opposition',
  REB: 'rebels',
  BUS: 'business',
  MED: 'media',
  EDU: 'education',
  NGO: 'non-governmental organizations',
  IGO: 'intergovernmental organization',
  CVL: 'civilians',
  REF: 'refugees',
  SPY: 'intelligence',
};

export function asSector(value: string | null | undefined): Sector | null {
  return value && SECTORS.has(value) ? (value as Sector) : null;
}

/** The actor for a country and sector; a sector alone ("COP") when the country is unknown; null for neither. */
export function makeActor(country: string | null, sector: Sector | null): Actor | null {
  if (!country && !sector) return null;
  if (!country) return { code: sector as Sector, country: null, sector, name: SECTOR_NOUN[sector as Sector] };
  const place = countryName(country);
  if (!sector) return { code: country, country, sector: null, name: place };
  return { code: `${country}${sector}`, country, sector, name: `${place} ${SECTOR_NOUN[sector]}` };
}

/** The actor for a lexicon code ("USAGOV", "IGONAT", "PSEREB", "NGO", "CHN") with the body's name. */
export function actorFromCode(code: string, country: string | null, name: string): Actor {
  if (code.startsWith('IGO')) return { code, country: null, sector: 'IGO', name };
  if (code.startsWith('IMG')) return { code, country: null, sector: asSector(code.slice(3)), name };
  if (SECTORS.has(code)) return { code, country: null, sector: code as Sector, name };
  const sector = asSector(code.slice(3));
  return makeActor(country ?? code.slice(0, 3), sector) ?? { code, country, sector, name };
}
