/**
 * The times stage's own seams, in chrono's style: parsers find candidate expressions in one sentence, refiners
 * then filter, merge and resolve the candidates of the whole document in order (see configuration.ts).
 */
import type { Analysis, Sentence } from '../../analysis.js';
import type { TimeKind } from '../../types.js';
import type { TimesLexicon } from './lexicon.js';
import type { Granularity, Ymd } from './timex.js';

export type Tense = 'past' | 'present' | 'future';

/** Where a year-less or week-less expression falls: by the clause's tense, or strictly before/after ("last", "next"). */
export type Direction = 'past' | 'future' | 'tense' | 'last' | 'next';

/** What a candidate still needs before it has a value. */
export type Pending =
  /** A weekday (0 = Sunday) chosen by tense: "met on Sunday", "will meet Friday". */
  | { kind: 'weekday'; weekday: number; direction: Direction; suffix?: string }
  /** A month (and maybe day) without a year, the year chosen by tense: "in February", "Jan. 13". */
  | { kind: 'month'; month: number; day?: number; direction: Direction; suffix?: string }
  /** A season without a year: "in the fall". */
  | { kind: 'season'; season: string; direction: Direction }
  /** A quarter without a year: "the third quarter". */
  | { kind: 'quarter'; quarter: number }
  /** A shift from an anchor: the publication date ("two weeks ago") or the previous time ("four months earlier"). */
  | {
      kind: 'shift';
      amount: number;
      unit: string;
      anchor: 'publication' | 'discourse' | 'past-discourse';
      granularity?: Granularity;
    }
  /** A value computed from the publication date alone ("last week", "today"). */
  | { kind: 'anchored'; compute: (anchor: Ymd) => string | null }
  /** A clock time without a day ("at 3:30 p.m."): the day of the previous time in the sentence, else publication. */
  | { kind: 'clock'; clock: string }
  /** "over the weekend": the weekend the tense points to, as 2023-W24-WE. */
  | { kind: 'weekend'; direction: Direction };

export interface Candidate {
  /** Offsets into the document text. */
  start: number;
  end: number;
  sentence: number;
  value: string | null;
  kind: TimeKind;
  basis: 'explicit' | 'relative';
  /** Parser name and lexicon entry or chrono parser, e.g. `dyad:season(fall)`. */
  rule: string;
  /** Higher wins between overlapping candidates of equal length. */
  priority: number;
  pending?: Pending;
  /** Refiners that touched it, appended to the explanation. */
  notes: string[];
}

/** What a parser sees: one sentence and the document around it. */
export interface ParseContext {
  doc: Analysis;
  sentence: Sentence;
  /** The sentence's text; match offsets are relative to `sentence.start`. */
  text: string;
  /** Publication date, or null when unknown. */
  anchor: Ymd | null;
}

/**
 * When a parser is worth running on a sentence: one of its words is a token (or a part of a hyphenated one),
 * or, with `digits`, a token holds a digit (`any`) or a digit beside '/', ':' or '-' (`punctuated`: 6/19, 10:30).
 */
export interface Gate {
  words: (lex: TimesLexicon) => readonly string[];
  digits?: 'any' | 'punctuated';
}

export interface TimeParser {
  readonly name: string;
  readonly gate: Gate;
  parse(ctx: ParseContext): Candidate[];
}

export interface RefineContext {
  doc: Analysis;
  anchor: Ymd | null;
}

export interface TimeRefiner {
  readonly name: string;
  refine(ctx: RefineContext, candidates: Candidate[]): Candidate[];
}

export function candidate(
  ctx: ParseContext,
  relStart: number,
  relEnd: number,
  fields: Pick<Candidate, 'value' | 'kind' | 'basis' | 'rule'> & Partial<Candidate>,
): Candidate {
  return {
    start: ctx.sentence.start + relStart,
    end: ctx.sentence.start + relEnd,
    sentence: ctx.sentence.i,
    priority: 1,
    notes: [],
    ...fields,
  };
}
