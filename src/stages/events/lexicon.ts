/**
 * The event lexicon (lexicons/events/*.json), loaded and indexed once per process: verb entries by lemma and
 * inflected form, noun entries by lemma, mode and context cues as sets.
 */
import { loadJson } from '../../lexicon/load.js';
import type { EventType, QuadClass } from '../../types.js';

interface EntryBase {
  id: string;
  type: EventType;
  cameo: string;
  goldstein?: number;
  /** Prepositions that introduce the target instead of (or besides) a direct object. */
  target?: string[];
  /** The entry codes only when a target is found. */
  requireTarget?: boolean;
  /** The target is a place standing for its country ("a visit to Beijing"). */
  targetIsPlace?: boolean;
  /** Sensitive to sport context: not coded in a sentence about a match. */
  sport?: boolean;
  /** What the entry codes instead in a sentence about words ("attacked Machado in tweets" → ACCUSE). */
  verbal?: { type: EventType; cameo: string };
}

export interface VerbEntry extends EntryBase {
  lemma: string;
  /** Irregular inflections. */
  forms?: string[];
  /** A particle that must follow the verb or its object ("shoot it down"). */
  particle?: string;
  /** A preposition that must follow the verb and introduces the target ("fire on"). */
  prep?: string;
  /** Object head lemmas the verb needs to be an event (light verbs: "hold talks", "impose sanctions"). */
  object?: string[];
  /** Object heads that make the verb figurative ("attacked the problem"). */
  notObject?: string[];
  noTarget?: boolean;
  intransitiveOnly?: boolean;
  personObject?: boolean;
  humanSubject?: boolean;
  symmetric?: boolean;
  domesticCommand?: boolean;
  requireObjectOrControl?: boolean;
  /** Prepositions right after the verb that make it figurative ("seizing upon a report"). */
  notPrep?: string[];
  /** Complement verbs that make the verb no event ("declined to comment"). */
  notComplement?: string[];
  /** Codes only with a target, a partner in the subject, or a complement ("X agreed." alone is an opinion). */
  requireTargetOrControl?: boolean;
  /** What the entry codes when it finds no target ("fired missiles into the sea" → MOBILIZE, a show of force). */
  untargeted?: { type: EventType; cameo: string };
  /** Prepositions that aim the launch even at no actor ("fired shells at targets"): then not `untargeted`. */
  aimPreps?: string[];
  /** Not coded for armed sources (troops "arriving in" a country do not visit it). */
  notArmed?: boolean;
  /** Codes only as a demand: a that-clause whose subject "must" act ("said Sudan must return …"). */
  obligation?: boolean;
  /** Codes only with a to-infinitive complement ("swore to fight"). */
  controlOnly?: boolean;
}

export interface NounEntry extends EntryBase {
  lemmas: string[];
  /** Modifiers that make the noun something else ("trade war", "heart attack"). */
  notModifier?: string[];
  /** Modifiers the noun needs ("phone call", "joint exercises"). */
  requireModifier?: string[];
  /** Word sequences after the noun that make it figurative ("war of words"). */
  notFollowedBy?: string[];
  /** Codes only with an "anti-X" modifier giving the target ("anti-American rhetoric"). */
  requireAntiTarget?: boolean;
}

export interface Cues {
  negation: string[];
  negationVerbs: string[];
  hypothetical: string[];
  planned: string[];
  plannedControl: string[];
  plannedModifiers: string[];
  reportedFuture: string[];
  speechVerbs: string[];
  /** Conjunctions after a planned hostile act that make it an ultimatum ("will withdraw … unless"). */
  ultimatumCues: string[];
  /** Modals that make a reported clause a demand on its subject ("said Sudan must return"). */
  obligationModals: string[];
  controlVerbs: string[];
  sport: string[];
  /** Verbs that carry a nominal event as their object ("held talks", "launched an attack"). */
  supportVerbs: string[];
  /** Verbs of response whose target is the actor responded to ("responded by freezing"). */
  respondVerbs: string[];
  /** Words before a gerund that hand it the subject of the clause ("after meeting", "by freezing"). */
  gerundGovernors: string[];
  /** Words that make a sentence about speech, for entries with a `verbal` reading. */
  verbalContext: string[];
  /** Triggers for which "is to" is an idiom, not a plan ("are to blame"). */
  beToIdioms: string[];
  /** Verbs that carry a decision noun of `decisionTypes` as their object ("announced a suspension"). */
  decisionVerbs: string[];
  decisionTypes: string[];
  /** Complement verbs that make a promise a threat ("vowed to retaliate"). */
  threatComplements: string[];
}

interface Coding {
  quadClass: Record<EventType, QuadClass>;
  goldstein: Record<string, number>;
  /** Types a government may direct at its own country ("imposed a curfew in southeastern Turkey"). */
  domesticTypes: string[];
  /** Types coded once per pair whatever the direction. */
  symmetricTypes: string[];
  /** Types whose that- or to-complement is their content, not another event ("threatened to attack"). */
  contentTypes: string[];
  /** Types that, with no target of their own, are directed at the country where they happen (protests). */
  hostTargetTypes?: string[];
  /** Types of planned acts that a condition ("unless", "if") turns into a THREATEN. */
  ultimatumTypes?: string[];
  /** Of those, types that only "unless" turns into a threat ("will withdraw unless", not "will lift … if"). */
  ultimatumUnlessTypes?: string[];
}

export interface EventLexicon {
  /** Verb entries by lemma or inflected form (lowercase). */
  verbs: Map<string, VerbEntry[]>;
  nouns: Map<string, NounEntry[]>;
  cues: { [K in keyof Cues]: Set<string> };
  coding: Coding;
}

let lexicon: EventLexicon | null = null;

/** Regular inflections of a verb lemma: -s, -ed, -ing with the usual spelling changes. */
export function inflections(lemma: string): string[] {
  const out = [lemma];
  const cvc = /[^aeiou][aeiou][bdgklmnprt]$/.test(lemma) && lemma.length <= 5;
  if (/(s|x|z|ch|sh)$/.test(lemma)) out.push(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) out.push(`${lemma.slice(0, -1)}ies`);
  else out.push(`${lemma}s`);
  if (lemma.endsWith('e')) out.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(lemma)) out.push(`${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  else if (cvc) {
    const last = lemma.slice(-1);
    out.push(`${lemma}${last}ed`, `${lemma}${last}ing`, `${lemma}ed`, `${lemma}ing`);
  } else out.push(`${lemma}ed`, `${lemma}ing`);
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

export function eventLexicon(): EventLexicon {
  if (lexicon) return lexicon;
  const verbs = new Map<string, VerbEntry[]>();
  for (const entry of loadJson<VerbEntry[]>('events/verbs.json')) {
    for (const form of [...inflections(entry.lemma), ...(entry.forms ?? [])]) push(verbs, form, entry);
  }
  const nouns = new Map<string, NounEntry[]>();
  for (const entry of loadJson<NounEntry[]>('events/nouns.json')) {
    for (const lemma of entry.lemmas) push(nouns, lemma, entry);
  }
  const raw = loadJson<Cues>('events/cues.json');
  const cues = Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, new Set(v as string[])]),
  ) as EventLexicon['cues'];
  lexicon = { verbs, nouns, cues, coding: loadJson<Coding>('events/coding.json') };
  return lexicon;
}

/** Goldstein intensity for a CAMEO code: the entry's own value, else its root's. */
export function goldstein(lex: EventLexicon, cameo: string, override?: number): number {
  if (override !== undefined) return override;
  return lex.coding.goldstein[cameo.slice(0, 2)] ?? 0;
}

/** Word classes of lexicons/events/grammar.json, as sets. */
export interface Grammar {
  timeWords: Set<string>;
  bareTime: Set<string>;
  particles: Set<string>;
  quantityPairs: Set<string>;
  quantityNouns: Set<string>;
  listSkip: Set<string>;
  predicative: Set<string>;
  locative: Set<string>;
  attributionVerbs: Set<string>;
  groupStop: Set<string>;
  armedSectors: Set<string>;
  talkingSectors: Set<string>;
  /** "Russian-led", "Iranian-made": the name before them is no participant. */
  ledSuffixes: Set<string>;
  /** Prepositions before a bare event noun that hand it the clause's subject ("agreed …, after talks"). */
  eventPrepositions: Set<string>;
}

let grammarSets: Grammar | null = null;

export function grammar(): Grammar {
  if (grammarSets) return grammarSets;
  const raw = loadJson<Record<keyof Grammar, string[]> & { about: string }>('events/grammar.json');
  const out: Partial<Grammar> = {};
  for (const [k, v] of Object.entries(raw)) if (Array.isArray(v)) out[k as keyof Grammar] = new Set(v);
  grammarSets = out as Grammar;
  return grammarSets;
}

/** Type sets of lexicons/events/coding.json. */
interface TypeSets {
  domestic: Set<string>;
  symmetric: Set<string>;
  content: Set<string>;
  host: Set<string>;
}
let typeSets: TypeSets | null = null;

export function codingSets(): TypeSets {
  if (typeSets) return typeSets;
  const c = eventLexicon().coding;
  typeSets = {
    domestic: new Set(c.domesticTypes),
    symmetric: new Set(c.symmetricTypes),
    content: new Set(c.contentTypes),
    host: new Set(c.hostTargetTypes ?? []),
  };
  return typeSets;
}
