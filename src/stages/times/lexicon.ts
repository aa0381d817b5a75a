/** The times lexicons (lexicons/times/), loaded and indexed once per process. */
import { loadJson } from '../../lexicon/load.js';

interface Words {
  numbers: Record<string, number>;
  vagueNumbers: string[];
  units: Record<string, { code: string; time: boolean; factor?: number }>;
  unitPlurals: Record<string, string>;
  seasons: Record<string, string>;
  seasonStartMonth: Record<string, number>;
  partsOfDay: Record<string, string>;
  quarters: Record<string, number>;
  modifiers: Record<string, string>;
  approximators: string[];
  speechLemmas: string[];
  scheduleLemmas: string[];
  yearPrepositions: string[];
  yearBlockersBefore: string[];
  yearBlockersAfter: string[];
  ordinals: Record<string, number>;
  weekdayNamePrefixes: string[];
  weekdayNameHeads: string[];
}

export interface PhraseEntry {
  id: string;
  phrase: string;
  value?: string;
  month?: number;
  day?: number;
  /** The word before must be one of these. */
  after?: string[];
  /** The word before must not be one of these. */
  notAfter?: string[];
  /** The word after must not be one of these. */
  notBefore?: string[];
}

export interface TimesLexicon {
  words: Words;
  references: PhraseEntry[];
  sets: PhraseEntry[];
  holidays: PhraseEntry[];
  /** Lowercased trigger words by group, for the parsers' gates (see index.ts). */
  groups: {
    months: string[];
    weekdays: string[];
    chrono: string[];
    units: string[];
    seasons: string[];
    partsOfDay: string[];
    references: string[];
    sets: string[];
    holidays: string[];
  };
  /** Regex source for a spelled or written number ("two", "10", "2.5", "2 1/2", "a"). */
  numberSource: string;
  /** Regex source for a unit word, singular or plural. */
  unitSource: string;
}

/** The twelve month names, lowercase, January first. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];
const MONTHS = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS];

/** The seven weekday names, lowercase, Sunday first. */
export const WEEKDAY_NAMES = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
/** Weekday abbreviations, which alone are often other words ("Sun", "sat", "wed"). */
export const WEEKDAY_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'sun',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
]);
const WEEKDAYS = [...WEEKDAY_NAMES, ...WEEKDAY_ABBREVIATIONS];
/** Words chrono reads besides month and weekday names. */
const CHRONO_WORDS = [
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'noon',
  'midnight',
  'morning',
  'afternoon',
  'evening',
  'night',
  'a.m.',
  'p.m.',
  'am',
  'pm',
  "o'clock",
];

export function escapeRegex(s: string): string {
  return s
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['’]")
    .replace(/ /g, '\\s+');
}

/** One alternation of phrases, longest first, as a regex source. */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
}

/** Words too common to gate anything: a phrase is gated by its other words. */
const NOISE = new Set(['the', 'a', 'an', 'at', 'of', 'in', 'per', 'each', 'every', 'right', 'for']);

let cached: TimesLexicon | null = null;

export function timesLexicon(): TimesLexicon {
  if (cached) return cached;
  const words = loadJson<Words>('times/words.json');
  const references = loadJson<PhraseEntry[]>('times/references.json');
  const sets = loadJson<PhraseEntry[]>('times/sets.json');
  const holidays = loadJson<PhraseEntry[]>('times/holidays.json');
  const wordsOf = (entries: PhraseEntry[]): string[] => [
    ...new Set(entries.flatMap((e) => e.phrase.toLowerCase().split(/[\s-]+/)).filter((w) => !NOISE.has(w))),
  ];
  const unitWords = [
    ...Object.keys(words.units),
    ...Object.keys(words.units).map((u) => `${u}s`),
    ...Object.keys(words.unitPlurals),
  ];
  const seasonWords = Object.keys(words.seasons);
  const groups = {
    months: MONTHS,
    weekdays: WEEKDAYS,
    chrono: CHRONO_WORDS,
    units: unitWords,
    seasons: [...seasonWords, ...seasonWords.map((w) => `${w}s`)],
    partsOfDay: Object.keys(words.partsOfDay),
    references: wordsOf(references),
    sets: wordsOf(sets),
    holidays: wordsOf(holidays),
  };
  const numberSource = `(?:\\d+(?:\\.\\d+)?(?:\\s+\\d\\/\\d)?|${alternation(Object.keys(words.numbers))}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine))`;
  const unitSource = alternation(unitWords);
  cached = { words, references, sets, holidays, groups, numberSource, unitSource };
  return cached;
}

/** The unit a unit word names ("centuries" → "century", "weeks" → "week"), or null. */
export function unitOf(lex: TimesLexicon, word: string): string | null {
  const w = word.toLowerCase();
  if (lex.words.units[w]) return w;
  const plural = lex.words.unitPlurals[w];
  if (plural) return plural;
  if (w.endsWith('s') && lex.words.units[w.slice(0, -1)]) return w.slice(0, -1);
  return null;
}

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** The number a matched number phrase stands for ("two" → 2, "2 1/2" → 2.5, "forty-five" → 45), or null. */
export function numberOf(lex: TimesLexicon, phrase: string): number | null {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  const known = lex.words.numbers[p];
  if (known !== undefined) return known;
  const frac = /^(\d+) (\d)\/(\d)$/.exec(p);
  if (frac) return Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
  if (/^\d+(?:\.\d+)?$/.test(p)) return Number(p);
  const compound = /^([a-z]+)-([a-z]+)$/.exec(p);
  if (compound) {
    const tens = TENS[compound[1] as string];
    const ones = lex.words.numbers[compound[2] as string];
    if (tens !== undefined && ones !== undefined) return tens + ones;
  }
  return null;
}
