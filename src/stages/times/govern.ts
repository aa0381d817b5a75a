/**
 * The time that governs a clause, for the events stage: the calendar time in the clause itself, else (for a
 * clause joined by "as", "when", "after", … to the clause holding a time) the sentence's time, else the
 * narrative time of the sentence (narrative.ts), else none (the caller then falls back to the publication date).
 * A clause reported after a verb of saying ("said Monday that …") does not take the saying's time.
 */
import type { Analysis, TimeRecord } from '../../analysis.js';
import type { DateBasis } from '../../types.js';
import { ADVERBIAL, clauseOf, isReported } from './clause.js';
import { isCalendar } from './timex.js';

export interface GoverningTime {
  time: TimeRecord;
  basis: DateBasis;
  /** The rule that chose it. */
  reason: string;
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
