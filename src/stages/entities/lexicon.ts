/**
 * The entities stage's lexicons, loaded and indexed once per process: titles (lexicons/titles), organization
 * head nouns, group role nouns and institutions (lexicons/actors), places (lexicons/places) and the names of
 * the office-holder knowledge base, all in one phrase trie keyed by token text.
 */
import { loadJson } from '../../lexicon/load.js';
import { getKb, type KbPerson } from '../actors/kb.js';
import { getPlaces, type PlaceInfo } from './places.js';
import { addName, newTrie, type TrieNode } from './trie.js';

export interface Title {
  id: string;
  words: string[];
  role: string | null;
  sector: string | null;
  country?: string;
  honorific?: boolean;
  gender?: 'male' | 'female';
  former?: boolean;
}

export interface Portfolio {
  words: string[];
  sector: string | null;
}

export interface OrgHead {
  kind: 'organization' | 'location';
  sector: string | null;
  /** A building or site: without a place in its name it is where the article is. */
  facility?: boolean;
  modifiers?: Record<string, string>;
}

export interface GroupNoun {
  sector: string;
  alone?: boolean;
  /** A singular noun for one member ("official"). */
  one?: boolean;
}

export interface Institution {
  id: string;
  name: string;
  names: string[];
  kind: 'organization' | 'location';
  code: string;
  country: string | null;
  sector: string | null;
}

/** What a gazetteer phrase can stand for (a phrase may stand for several: "US" is a country and a demonym). */
export type Known =
  | { type: 'country'; iso3: string; id: string }
  | { type: 'demonym'; iso3: string; id: string }
  | { type: 'people'; iso3: string; id: string }
  | { type: 'place'; place: PlaceInfo; id: string }
  | { type: 'institution'; inst: Institution; id: string }
  | { type: 'person'; person: KbPerson; id: string };

export interface Lexicon {
  names: TrieNode<Known>;
  /** Titles keyed by lowercased words without trailing dots. */
  titles: TrieNode<Title>;
  /** Portfolios after "of"/"for" in a title ("Secretary of Energy"), keyed by lowercased words. */
  portfolios: TrieNode<Portfolio>;
  heads: Map<string, OrgHead>;
  groups: Map<string, GroupNoun>;
  /** Last words of capitalized phrases that are not actors ("Act", "Day", "War"). */
  notHeads: Set<string>;
  /** First names that are also common words ("Bill", "Mark"). */
  givenWords: Set<string>;
  /** Words that make a body's name international ("European", "World"). */
  internationalWords: Set<string>;
}

interface NameWords {
  notEntityHeads: string[];
  givenNamesThatAreWords: string[];
  internationalWords: string[];
}

let lexicon: Lexicon | null = null;

/** `titleKey` of a token, from its lowercase form (no new string unless it ends in a period). */
export function tokenTitleKey(t: { lower: string }): string {
  const lower = t.lower;
  return lower.length > 1 && lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
}

/** A title token's key: lowercased, trailing dot dropped ("Mr." → "mr"). */
export function titleKey(text: string): string {
  const lower = text.toLowerCase();
  return lower.length > 1 && lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

function addWords<V>(trie: TrieNode<V>, words: string[], value: V): void {
  let node = trie;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) {
      child = newTrie<V>();
      node.next.set(w, child);
    }
    node = child;
  }
  node.values.push(value);
}

export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const names = newTrie<Known>();
  const places = getPlaces();
  for (const c of places.countries.values()) {
    for (const n of new Set([c.name, ...c.names]))
      addName(names, n, { type: 'country', iso3: c.iso3, id: `country:${c.iso3}` });
    for (const d of c.demonyms)
      addName(names, d, { type: 'demonym', iso3: c.iso3, id: `demonym:${c.iso3}:${d}` });
    for (const p of c.people)
      addName(names, p, { type: 'people', iso3: c.iso3, id: `people:${c.iso3}:${p}` });
  }
  for (const p of places.places.values())
    addName(names, p.name, { type: 'place', place: p, id: `place:${p.name}` });
  const inst = loadJson<{ institutions: Institution[] }>('actors/institutions.json').institutions;
  for (const i of inst)
    for (const n of i.names) addName(names, n, { type: 'institution', inst: i, id: i.id });
  for (const p of getKb().people)
    for (const n of new Set([p.name, ...p.aliases]))
      addName(names, n, { type: 'person', person: p, id: `kb:${p.source}:${p.name}` });

  const titleFile = loadJson<{ titles: Title[]; portfolios: Portfolio[] }>('titles/titles.json');
  const titles = newTrie<Title>();
  for (const t of titleFile.titles) addWords(titles, t.words, t);
  const portfolios = newTrie<Portfolio>();
  for (const p of titleFile.portfolios) addWords(portfolios, p.words, p);
  const heads = new Map(
    Object.entries(loadJson<{ heads: Record<string, OrgHead> }>('actors/org-heads.json').heads),
  );
  const groups = new Map(
    Object.entries(loadJson<{ nouns: Record<string, GroupNoun> }>('actors/groups.json').nouns),
  );
  const words = loadJson<NameWords>('actors/name-words.json');
  lexicon = {
    names,
    titles,
    portfolios,
    heads,
    groups,
    notHeads: new Set(words.notEntityHeads),
    givenWords: new Set(words.givenNamesThatAreWords),
    internationalWords: new Set(words.internationalWords),
  };
  return lexicon;
}
