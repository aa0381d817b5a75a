/**
 * Bare month names ("by May.", "in February") that chrono leaves out; their year is chosen by tense, and the
 * false-positive refiner judges "may"/"march" and names such as "Theresa May".
 */
import { candidate, type Candidate, type ParseContext, type TimeParser } from '../types.js';
import { MONTH_NAMES } from '../lexicon.js';
import { matchesOf } from './match.js';

const MONTHS = MONTH_NAMES.map((m) => m[0]?.toUpperCase() + m.slice(1));
const MONTH = new RegExp(`\\b(${MONTHS.join('|')})\\b(?![-'’]\\w)`, 'g');

export const monthParser: TimeParser = {
  name: 'month',
  gate: { words: (lex) => lex.groups.months },
  parse(ctx: ParseContext): Candidate[] {
    const out: Candidate[] = [];
    for (const m of matchesOf(MONTH, ctx.text)) {
      const month = MONTHS.indexOf(m[1] as string) + 1;
      out.push(
        candidate(ctx, m.index, m.index + m[0].length, {
          value: null,
          kind: 'date',
          basis: 'relative',
          rule: 'dyad:month',
          priority: 0,
          pending: { kind: 'month', month, direction: 'tense' },
        }),
      );
    }
    return out;
  },
};
