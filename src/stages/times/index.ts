/**
 * Stage: times. Every temporal expression normalized to TIMEX3 (`doc.times`) and the time that governs each
 * sentence (`doc.narrativeTimes`). Each parser runs only on sentences holding one of its gate words or digits
 * (one Map lookup per token); refiners then filter, merge and resolve, in the order of configuration.ts.
 *
 * Anchor: `doc.options.publishedAt`. Without it, explicit values stay ("March 26, 1996", "1988"), year-less
 * ones get TIMEX3 placeholders ("Monday" → XXXX-WXX-1, "February" → XXXX-02, "the fall" → XXXX-FA), and
 * expressions that mean nothing without the anchor ("last week", "two years ago", "today") are left out.
 */
import type { Analysis, Sentence, Stage, TimeRecord, Token } from '../../analysis.js';
import { PARSERS, REFINERS } from './configuration.js';
import { timesLexicon } from './lexicon.js';
import { wordBits, wordList } from '../../lexicon/words.js';
import { narrativeTimes } from './narrative.js';
import { parseYmd } from './timex.js';
import type { Candidate, ParseContext, RefineContext } from './types.js';

const PUNCTUATED_DIGIT = /\d[/:-]|[/:-]\d|\d(?:a\.?m|p\.?m)\b/i;
const ANY_DIGIT = /[0-9]/;

/** For each trigger word, the bit mask of the parsers it wakes; built once. */
let gateWords: Map<string, number> | null = null;
let anyDigitMask = 0;
let punctuatedDigitMask = 0;

function gates(): Map<string, number> {
  if (gateWords) return gateWords;
  const lex = timesLexicon();
  const map = new Map<string, number>();
  PARSERS.forEach((parser, i) => {
    const bit = 1 << i;
    for (const w of parser.gate.words(lex)) map.set(w, (map.get(w) ?? 0) | bit);
    if (parser.gate.digits === 'any') anyDigitMask |= bit;
    if (parser.gate.digits === 'punctuated') punctuatedDigitMask |= bit;
  });
  gateWords = map;
  return map;
}

/** The gate words as a word list: a token whose bit is clear wakes no parser, without a lookup. */
const GATE_WORDS = wordList(() => gates().keys());

/**
 * The parsers worth running on a sentence, as a bit mask over PARSERS: a Map lookup only for gate words.
 * Digits and hyphens are looked for in a token only when the sentence's text holds one.
 */
function sentenceMask(doc: Analysis, bits: Uint32Array, s: Sentence, text: string): number {
  const map = gates();
  const digits = ANY_DIGIT.test(text);
  const hyphens = text.includes('-');
  let mask = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const lower = (doc.tokens[i] as Token).lower;
    if ((bits[i] ?? 0) & GATE_WORDS) mask |= map.get(lower) ?? 0;
    // The rarer cases: "Jan." as "jan", hyphen parts, digits.
    if (lower.length > 1 && lower.charCodeAt(lower.length - 1) === 46)
      mask |= map.get(lower.slice(0, -1)) ?? 0;
    if (hyphens && lower.includes('-')) for (const part of lower.split('-')) mask |= map.get(part) ?? 0;
    if (digits && ANY_DIGIT.test(lower)) {
      mask |= anyDigitMask;
      if (PUNCTUATED_DIGIT.test(lower)) mask |= punctuatedDigitMask;
    }
  }
  return mask;
}

function toRecord(doc: Analysis, c: Candidate): TimeRecord | null {
  if (c.value === null) return null;
  const s = doc.sentences[c.sentence];
  if (!s) return null;
  let tokenStart = -1;
  let tokenEnd = -1;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (!t || t.end <= c.start || t.start >= c.end) continue;
    if (tokenStart < 0) tokenStart = i;
    tokenEnd = i + 1;
  }
  if (tokenStart < 0) return null;
  return {
    span: { start: c.start, end: c.end, text: doc.text.slice(c.start, c.end) },
    value: c.value,
    kind: c.kind,
    sentence: c.sentence,
    tokenStart,
    tokenEnd,
    basis: c.basis,
    explanation: [c.rule, ...c.notes].join('; '),
  };
}

export function findTimes(doc: Analysis): TimeRecord[] {
  const anchor = parseYmd(doc.options.publishedAt);
  const bits = wordBits(doc);
  let candidates: Candidate[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const mask = sentenceMask(doc, bits, sentence, text);
    if (!mask) continue;
    const ctx: ParseContext = { doc, sentence, text, anchor };
    PARSERS.forEach((parser, i) => {
      if (mask & (1 << i)) for (const c of parser.parse(ctx)) candidates.push(c);
    });
  }
  const rctx: RefineContext = { doc, anchor };
  candidates.sort((a, b) => a.start - b.start);
  for (const refiner of REFINERS) candidates = refiner.refine(rctx, candidates);
  const out: TimeRecord[] = [];
  for (const c of candidates) {
    const r = toRecord(doc, c);
    if (r) out.push(r);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

export const timesStage: Stage = {
  name: 'times',
  run(doc: Analysis): void {
    doc.times = findTimes(doc);
    doc.narrativeTimes = narrativeTimes(doc);
  },
};
