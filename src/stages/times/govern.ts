/**
 * The time that governs a clause, for the events stage: the calendar time in the clause itself, else (for a
 * clause joined by "as", "when", "after", … to the clause holding a time) the sentence's time, else the
 * narrative time of the sentence (narrative.ts), else none (the caller then falls back to the publication date).
 * A clause reported after a verb of saying ("said Monday that …") takes the saying's time only when there is no
 * narrative time either (what was reported happened by then).
 */
import type { Analysis, TimeRecord } from '../../analysis.js';
import type { DateBasis } from '../../types.js';
import { ADVERBIAL, clauseOf, isReported } from './clause.js';
import { isCalendar } from './timex.js';

/** Openers of relative clauses: a time there dates what the clause says of its noun, not the main clause. */
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose']);

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
  let reported = false;
  if (own.length) {
    const clause = clauseOf(doc, tokenIndex);
    const inClause = own.filter((t) => t.tokenStart >= clause.start && t.tokenEnd <= clause.end);
    const here = nearest(inClause, tokenIndex);
    if (here) return { time: here, basis: here.basis, reason: 'time:same-clause' };
    reported = isReported(doc, clause);
    if (!reported && (!clause.opener || ADVERBIAL.has(clause.opener.lower))) {
      // A main clause does not take the time of a relative clause beside it ("agreed to resume talks that
      // lapsed last year"); an adverbial clause takes the time of the clause it hangs on, relative or not.
      const main = !clause.opener;
      const outside = own.filter((t) => {
        const c = clauseOf(doc, t.tokenStart);
        return !isReported(doc, c) && !(main && c.opener && RELATIVE.has(c.opener.lower));
      });
      const there = nearest(outside, tokenIndex);
      if (there) return { time: there, basis: 'inferred', reason: 'time:same-sentence' };
    }
  }
  const narrative = doc.narrativeTimes[token.sentence];
  if (narrative) return { time: narrative, basis: 'inferred', reason: 'time:narrative' };
  // What was reported happened by the time it was reported: the saying's time is the best bound left.
  const saying = reported ? nearest(own, tokenIndex) : undefined;
  if (saying) return { time: saying, basis: 'inferred', reason: 'time:reporting-clause' };
  return null;
}
