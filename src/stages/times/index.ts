/**
 * Stage: times. Every temporal expression normalized to TIMEX3 (`doc.times`) and the time that governs each
 * sentence (`doc.narrativeTimes`). Parsers run only on sentences holding a trigger word or a number (a Set
 * lookup over tokens); refiners then filter, merge and resolve, in the order of configuration.ts.
 */
import type { Analysis, Sentence, Stage, TimeRecord } from '../../analysis.js';
import { PARSERS, REFINERS } from './configuration.js';
import { timesLexicon } from './lexicon.js';
import { narrativeTimes } from './narrative.js';
import { parseYmd } from './timex.js';
import type { Candidate, ParseContext, RefineContext } from './types.js';

function hasTrigger(doc: Analysis, s: Sentence, triggers: Set<string>): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (!t) continue;
    if (triggers.has(t.lower) || (t.lower.charCodeAt(0) >= 48 && t.lower.charCodeAt(0) <= 57)) return true;
    if (t.lower.includes('-') && t.lower.split('-').some((w) => triggers.has(w))) return true;
  }
  return false;
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
  const { triggers } = timesLexicon();
  let candidates: Candidate[] = [];
  for (const sentence of doc.sentences) {
    if (!hasTrigger(doc, sentence, triggers)) continue;
    const ctx: ParseContext = { doc, sentence, text: doc.text.slice(sentence.start, sentence.end), anchor };
    for (const parser of PARSERS) for (const c of parser.parse(ctx)) candidates.push(c);
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
