/**
 * The time that governs a clause, for the events stage: the calendar time in the clause itself, else (for a
 * clause joined by "as", "when", "after", … to the clause holding a time) the sentence's time, else the
 * narrative time of the sentence (narrative.ts), else none (the caller then falls back to the publication date).
 * A clause reported after a verb of saying ("said Monday that …") does not take the saying's time.
 */
import type { Analysis, TimeRecord, Token } from '../../analysis.js';
import type { DateBasis } from '../../types.js';
import { timesLexicon } from './lexicon.js';
import { isCalendar } from './timex.js';

export interface GoverningTime {
  time: TimeRecord;
  basis: DateBasis;
  /** The rule that chose it. */
  reason: string;
}

/** Tokens that open a new clause; the clause of a token runs between the nearest ones on each side. */
const CLAUSE_OPENERS = new Set([
  ';',
  ':',
  '“',
  '”',
  '"',
  '—',
  '–',
  '(',
  ')',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'while',
  'as',
  'after',
  'before',
  'because',
  'although',
  'though',
  'but',
  'whereas',
  'until',
  'since',
  'if',
  'unless',
]);
/** Openers of adverbial clauses, which share the time of the clause they hang on. */
const ADVERBIAL = new Set(['when', 'while', 'as', 'after', 'before', 'until', 'since', 'because', 'where']);

function isOpener(t: Token): boolean {
  if (!CLAUSE_OPENERS.has(t.lower)) return false;
  // "as well as", "such as", "as many as": not clauses.
  return t.lower !== 'as' || t.pos === 'SCONJ';
}

interface Clause {
  start: number;
  end: number;
  opener: Token | null;
}

function clauseOf(doc: Analysis, tokenIndex: number): Clause {
  const token = doc.tokens[tokenIndex] as Token;
  const s = doc.sentences[token.sentence];
  const first = s?.tokenStart ?? tokenIndex;
  const last = s?.tokenEnd ?? tokenIndex + 1;
  let start = tokenIndex;
  while (start > first && !isOpener(doc.tokens[start - 1] as Token)) start--;
  let end = tokenIndex + 1;
  while (end < last && !isOpener(doc.tokens[end] as Token)) end++;
  const opener = start > first ? (doc.tokens[start - 1] as Token) : null;
  return { start, end, opener };
}

/** True when the clause reports what was said: "that" or a quotation after a verb of saying. */
function isReported(doc: Analysis, clause: Clause): boolean {
  if (!clause.opener) return false;
  const speech = timesLexicon().words.speechLemmas;
  if (clause.opener.lower === 'that' || /^[“”"]$/.test(clause.opener.lower)) {
    for (let i = clause.opener.i - 1; i >= 0 && i >= clause.opener.i - 6; i--) {
      const t = doc.tokens[i] as Token;
      if (t.sentence !== clause.opener.sentence) break;
      if ((t.pos === 'VERB' || t.pos === 'AUX') && speech.includes(t.lemma)) return true;
    }
  }
  return false;
}

function calendarTimesOf(doc: Analysis, sentence: number): TimeRecord[] {
  return doc.times.filter(
    (t) => t.sentence === sentence && (t.kind === 'date' || t.kind === 'time') && isCalendar(t.value),
  );
}

function nearest(times: TimeRecord[], tokenIndex: number): TimeRecord | undefined {
  let best: TimeRecord | undefined;
  let bestDistance = Infinity;
  for (const t of times) {
    const d =
      tokenIndex < t.tokenStart
        ? t.tokenStart - tokenIndex
        : tokenIndex >= t.tokenEnd
          ? tokenIndex - t.tokenEnd + 1
          : 0;
    if (d < bestDistance) [best, bestDistance] = [t, d];
  }
  return best;
}

export function governingTime(doc: Analysis, tokenIndex: number): GoverningTime | null {
  const token = doc.tokens[tokenIndex];
  if (!token) return null;
  const own = calendarTimesOf(doc, token.sentence);
  if (own.length) {
    const clause = clauseOf(doc, tokenIndex);
    const inClause = own.filter((t) => t.tokenStart >= clause.start && t.tokenEnd <= clause.end);
    const here = nearest(inClause, tokenIndex);
    if (here) return { time: here, basis: here.basis, reason: 'time:same-clause' };
    if (!isReported(doc, clause) && (!clause.opener || ADVERBIAL.has(clause.opener.lower))) {
      const outside = own.filter((t) => {
        const c = clauseOf(doc, t.tokenStart);
        return !isReported(doc, c);
      });
      const there = nearest(outside, tokenIndex);
      if (there) return { time: there, basis: 'inferred', reason: 'time:same-sentence' };
    }
  }
  const narrative = doc.narrativeTimes[token.sentence];
  if (narrative) return { time: narrative, basis: 'inferred', reason: 'time:narrative' };
  return null;
}
