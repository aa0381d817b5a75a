/**
 * The working document every stage reads and extends (in the spirit of vfile): the text, its layers
 * (sentences, tokens, mentions, entities, times, events, quotes), and diagnostics. Stages only append
 * layers; all positions are offsets into `text`.
 */
import type { Actor, Diagnostic, Entity, Event, Quote, Time } from './types.js';

/** Universal POS tag as wink-nlp assigns it. */
export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

export interface Token {
  /** Index in `Analysis.tokens`. */
  i: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  lemma: string;
  pos: Pos;
  /** wink-nlp token type: word, number, punctuation, email, url, symbol, … */
  type: string;
  sentence: number;
}

export interface Sentence {
  i: number;
  start: number;
  end: number;
  /** First token index (inclusive). */
  tokenStart: number;
  /** Last token index (exclusive). */
  tokenEnd: number;
  paragraph: number;
}

export interface Paragraph {
  start: number;
  end: number;
}

export type MentionKind = 'name' | 'title' | 'pronoun' | 'description' | 'demonym';

/** One place in the text that refers to an entity. */
export interface Mention {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  entity: string;
  kind: MentionKind;
  /**
   * The actor this mention stands for when it differs from its entity's: metonymy ("Beijing said" is the
   * Chinese government while the entity Beijing is a place), demonyms ("Chinese officials").
   */
  actor?: Actor;
  /** The rule that produced the mention. */
  reason: string;
}

/** A normalized temporal expression with what the events stage needs to date clauses. */
export interface TimeRecord extends Time {
  sentence: number;
  /** Token range of the expression. */
  tokenStart: number;
  tokenEnd: number;
  /** `explicit` when the text states the value fully ("June 18, 2023"), `relative` when anchored ("Monday"). */
  basis: 'explicit' | 'relative';
  explanation: string;
}

export interface ExtractOptions {
  /** Publication date, YYYY-MM-DD; the anchor for relative dates. */
  publishedAt?: string | null;
  id?: string;
  title?: string | null;
  source?: string | null;
}

export interface ResolvedOptions {
  id: string;
  publishedAt: string | null;
  title: string | null;
  source: string | null;
}

export interface Analysis {
  readonly text: string;
  readonly options: ResolvedOptions;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** Mentions sorted by start; every entity mention in the text (names, titles, pronouns, descriptions). */
  mentions: Mention[];
  /** For each token, the index in `mentions` of the (outermost) mention covering it, or -1. */
  tokenMention: number[];
  entities: Entity[];
  times: TimeRecord[];
  /** The time that governs each sentence when it has none of its own (narrative time), by sentence index. */
  narrativeTimes: (TimeRecord | null)[];
  events: Event[];
  quotes: Quote[];
  diagnostics: Diagnostic[];
  /** Milliseconds spent in each stage. */
  timings: Record<string, number>;
}

/** One step of the pipeline: reads the layers before it and adds its own. */
export interface Stage {
  readonly name: string;
  run(doc: Analysis): void;
}

export function newAnalysis(text: string, options: ResolvedOptions): Analysis {
  return {
    text,
    options,
    paragraphs: [],
    sentences: [],
    tokens: [],
    mentions: [],
    tokenMention: [],
    entities: [],
    times: [],
    narrativeTimes: [],
    events: [],
    quotes: [],
    diagnostics: [],
    timings: {},
  };
}
