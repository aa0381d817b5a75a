/**
 * dyad's knowledge base of office holders (lexicons/actors/people/<ISO3>.json, format in its README):
 * people with dated terms, indexed by full name, alias and surname, and resolved as of a date.
 */
import { listLexicon, loadJson } from '../../lexicon/load.js';
import { keyOf } from '../entities/trie.js';

export interface KbTerm {
  role: string;
  sector: string;
  from: string;
  to: string | null;
  /** IGO.json only: the organization's code. */
  org?: string;
}

export interface KbPerson {
  name: string;
  surname: string;
  aliases: string[];
  gender: 'male' | 'female';
  terms: KbTerm[];
  /** The file's country, or the person's own `country` in IGO.json. */
  country: string;
  /** Which file it came from ("USA.json"), for explanations. */
  source: string;
}

export interface KbFile {
  country: string;
  people: (Omit<KbPerson, 'country' | 'source'> & { country?: string })[];
}

export interface Kb {
  people: KbPerson[];
  /** Full names and aliases, exact. */
  byName: Map<string, KbPerson>;
  /** Surname as news uses it alone ("Xi", "Blinken"), keyed without diacritics (`keyOf`). */
  bySurname: Map<string, KbPerson[]>;
}

/** Index KB files (already parsed). Exposed for tests; the stage uses `getKb()`. */
export function indexKb(files: { file: string; data: KbFile }[]): Kb {
  const kb: Kb = { people: [], byName: new Map(), bySurname: new Map() };
  for (const { file, data } of files) {
    for (const p of data.people) {
      const person: KbPerson = {
        name: p.name,
        surname: p.surname,
        aliases: p.aliases ?? [],
        gender: p.gender,
        terms: p.terms ?? [],
        country: p.country ?? data.country,
        source: file,
      };
      // One person in two files (a national politician who later led an IGO): one record, all terms.
      const same = kb.byName.get(person.name);
      if (same && same.name === person.name) {
        same.terms = [...same.terms, ...person.terms];
        for (const a of person.aliases) if (!kb.byName.has(a)) kb.byName.set(a, same);
        continue;
      }
      kb.people.push(person);
      for (const n of [person.name, ...person.aliases]) if (!kb.byName.has(n)) kb.byName.set(n, person);
      const key = keyOf(person.surname);
      const list = kb.bySurname.get(key) ?? [];
      list.push(person);
      kb.bySurname.set(key, list);
    }
  }
  return kb;
}

let kb: Kb | null = null;

export function getKb(): Kb {
  if (kb) return kb;
  const files = listLexicon('actors/people').map((file) => ({
    file,
    data: loadJson<KbFile>(`actors/people/${file}`),
  }));
  kb = indexKb(files);
  return kb;
}

/** Lower bound of a (possibly partial) date: "2021" → "2021-01-01". */
function lower(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
/** Upper bound of a (possibly partial) date: "2021" → "2021-12-31". */
function upper(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

/** The term in force on `date` (YYYY-MM-DD), the latest-starting one if several. */
export function termAt(person: KbPerson, date: string): KbTerm | null {
  let best: KbTerm | null = null;
  for (const t of person.terms) {
    if (lower(t.from) > date) continue;
    if (t.to !== null && upper(t.to) < date) continue;
    // The latest-starting term; on a tie, the one that names its organization.
    if (!best || t.from > best.from || (t.from === best.from && t.org && !best.org)) best = t;
  }
  return best;
}

/** True when the person held some term that ended before `date` (and none is in force). */
export function formerAt(person: KbPerson, date: string): boolean {
  return termAt(person, date) === null && person.terms.some((t) => t.to !== null && upper(t.to) < date);
}

/** True when the person's first term starts after `date` (not yet in office). */
export function notYetAt(person: KbPerson, date: string): boolean {
  return person.terms.length > 0 && person.terms.every((t) => lower(t.from) > date);
}

/** Offices whose holders stay well known after leaving them ("Mr Obama", "Mrs Thatcher"). */
const TOP_OFFICES = new Set([
  'president',
  'prime minister',
  'premier',
  'chancellor',
  'federal chancellor',
  'king',
  'queen',
  'supreme leader',
  'general secretary',
  'emir',
  'crown prince',
]);

/** Did the person ever hold a head-of-state or head-of-government office? */
export function heldTopOffice(p: KbPerson): boolean {
  return p.terms.some((t) => TOP_OFFICES.has(t.role.toLowerCase()));
}

function heldRole(p: KbPerson, role: string): boolean {
  const r = role.toLowerCase();
  return p.terms.some((t) => t.role.toLowerCase() === r || t.role.toLowerCase().includes(r));
}

function latestEnd(p: KbPerson): string {
  return p.terms.reduce((m, t) => ((t.to ?? '9999') > m ? (t.to ?? '9999') : m), '');
}

/**
 * The person a bare surname ("Mr Xi", "President Obama", "Putin") stands for on `date`: one in office then;
 * else, when the article's title names an office the person held or the person held a top office, the most
 * recent such (only with a title: a bare "May" is not Theresa May after she left office). Null when nothing ties the surname to one office holder ("Mr Jones" is not every Jones).
 */
export function personBySurname(
  k: Kb,
  surname: string,
  date: string | null,
  titleRole: string | null = null,
  titled = true,
  gender: 'male' | 'female' | null = null,
): KbPerson | null {
  const all = k.bySurname.get(surname);
  // "Mrs. Clinton": only people of the honorific's gender.
  const list = gender && all ? all.filter((p) => p.gender === gender) : all;
  if (!list || list.length === 0) return null;
  if (date) {
    const active = list.filter((p) => termAt(p, date) !== null && !notYetAt(p, date));
    if (active.length === 1) return active[0] as KbPerson;
    if (active.length > 1) {
      const byRole = titleRole ? active.filter((p) => heldRole(p, titleRole)) : [];
      return byRole.length === 1 ? (byRole[0] as KbPerson) : null;
    }
  }
  // A bare surname with no title ("May brought…") is an office holder only while in office.
  if (!titled && date) return null;
  const past = list.filter((p) => !date || !notYetAt(p, date));
  const tied = titleRole ? past.filter((p) => heldRole(p, titleRole)) : past.filter(heldTopOffice);
  if (tied.length === 0) return null;
  return tied.reduce((a, b) => (latestEnd(b) > latestEnd(a) ? b : a));
}
