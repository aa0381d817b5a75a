/** Quarters: "the third quarter" → 2023-Q3, "Q1 2024", "the fourth quarter of last year", "last quarter". */
import { alternation, timesLexicon } from '../lexicon.js';
import { addMonths, formatAt } from '../timex.js';
import { candidate, type Candidate, type ParseContext, type TimeParser } from '../types.js';
import { matchesOf } from './match.js';

let re: RegExp | null = null;
const Q = /\bQ([1-4])(?:\s+((?:19|20)\d\d))?\b/g;

function pattern(): RegExp {
  if (!re) {
    const ordinals = alternation(Object.keys(timesLexicon().words.quarters));
    re = new RegExp(
      `\\b(?:the\\s+)?(${ordinals}|last|this|next|current|previous)\\s+(?:fiscal\\s+)?quarter(?:\\s+of\\s+(?:(?:fiscal\\s+)?((?:19|20)\\d\\d)|(this|last|next)\\s+year))?\\b`,
      'gi',
    );
  }
  return re;
}

export const quarterParser: TimeParser = {
  name: 'quarter',
  gate: { words: () => ['quarter', 'q1', 'q2', 'q3', 'q4'] },
  parse(ctx: ParseContext): Candidate[] {
    const lex = timesLexicon();
    const out: Candidate[] = [];
    const push = (
      start: number,
      end: number,
      quarter: number | null,
      year: string | undefined,
      rel: string | undefined,
      shiftQ: number,
    ): void => {
      const rule = 'dyad:quarter';
      if (quarter && year) {
        out.push(
          candidate(ctx, start, end, { value: `${year}-Q${quarter}`, kind: 'date', basis: 'explicit', rule }),
        );
      } else if (quarter && rel) {
        const dy = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
        out.push(
          candidate(ctx, start, end, {
            value: null,
            kind: 'date',
            basis: 'relative',
            rule,
            pending: { kind: 'anchored', compute: (a) => `${a.y + dy}-Q${quarter}` },
          }),
        );
      } else if (quarter) {
        out.push(
          candidate(ctx, start, end, {
            value: null,
            kind: 'date',
            basis: 'relative',
            rule,
            pending: { kind: 'quarter', quarter },
          }),
        );
      } else {
        out.push(
          candidate(ctx, start, end, {
            value: null,
            kind: 'date',
            basis: 'relative',
            rule,
            pending: { kind: 'anchored', compute: (a) => formatAt(addMonths(a, shiftQ * 3), 'quarter') },
          }),
        );
      }
    };
    for (const m of matchesOf(pattern(), ctx.text)) {
      const word = (m[1] as string).toLowerCase();
      const ordinal = lex.words.quarters[word];
      if (ordinal && word !== 'final')
        push(m.index, m.index + m[0].length, ordinal, m[2], m[3]?.toLowerCase(), 0);
      else if (word === 'final') push(m.index, m.index + m[0].length, 4, m[2], m[3]?.toLowerCase(), 0);
      else if (!m[2] && !m[3]) {
        const shiftQ = word === 'last' || word === 'previous' ? -1 : word === 'next' ? 1 : 0;
        push(m.index, m.index + m[0].length, null, undefined, undefined, shiftQ);
      }
    }
    for (const m of matchesOf(Q, ctx.text))
      push(m.index, m.index + m[0].length, Number(m[1]), m[2], undefined, 0);
    return out;
  },
};
