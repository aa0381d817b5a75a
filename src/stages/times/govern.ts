/**
 * The time that governs a clause, for the events stage: the expression in the clause, else the current
 * narrative time of the sentence, else none (the caller then falls back to the publication date).
 */
import type { Analysis, TimeRecord } from '../../analysis.js';
import type { DateBasis } from '../../types.js';

export interface GoverningTime {
  time: TimeRecord;
  basis: DateBasis;
  /** The rule that chose it. */
  reason: string;
}

export function governingTime(doc: Analysis, tokenIndex: number): GoverningTime | null {
  const token = doc.tokens[tokenIndex];
  if (!token) return null;
  const own = doc.times.find((t) => t.sentence === token.sentence && t.kind === 'date');
  if (own) return { time: own, basis: own.basis, reason: 'time:same-sentence' };
  const narrative = doc.narrativeTimes[token.sentence];
  if (narrative) return { time: narrative, basis: 'inferred', reason: 'time:narrative' };
  return null;
}
