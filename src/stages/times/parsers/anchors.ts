/**
 * Times anchored to the previous time in the discourse: "the next day", "the following week", "the day before",
 * "the previous year", "that day", "the same day"; and parts of a day without a clock: "mid afternoon",
 * "late morning" (the day is the publication date's, as in "by mid afternoon, officials said").
 */
import { timesLexicon } from '../lexicon.js';
import { formatDay } from '../timex.js';
import { candidate, type Candidate, type ParseContext, type TimeParser } from '../types.js';
import { matchesOf } from './match.js';

const DISCOURSE =
  /\b(?:(the\s+(?:next|following|previous|preceding|prior)|that|the\s+same)\s+(day|week|month|year)|the\s+(day|week|month|year)\s+(before|after))\b/gi;
const PART_OF_DAY = /\b(early|late|mid|later|earlier)[\s-]+(morning|afternoon|evening|night)\b/gi;

export const discourseParser: TimeParser = {
  name: 'discourse',
  gate: { words: (lex) => [...lex.groups.units, ...lex.groups.partsOfDay] },
  parse(ctx: ParseContext): Candidate[] {
    const out: Candidate[] = [];
    for (const m of matchesOf(DISCOURSE, ctx.text)) {
      const rel = ((m[1] ?? m[4]) as string).toLowerCase().replace(/\s+/g, ' ');
      const unit = ((m[2] ?? m[3]) as string).toLowerCase();
      // "the day after the vote": anchored to an event, not to a time.
      if (
        (rel === 'after' || rel === 'before') &&
        !/^\s*(?:[,.;:!?)"”’]|and\b|but\b|$)/i.test(ctx.text.slice(m.index + m[0].length))
      )
        continue;
      const amount = /next|following|after/.test(rel)
        ? 1
        : /previous|preceding|prior|before/.test(rel)
          ? -1
          : 0;
      out.push(
        candidate(ctx, m.index, m.index + m[0].length, {
          value: null,
          kind: 'date',
          basis: 'relative',
          rule: `dyad:discourse(${rel} ${unit})`,
          priority: 2,
          pending: {
            kind: 'shift',
            amount,
            unit,
            anchor: 'discourse',
            granularity: unit as 'day' | 'week' | 'month' | 'year',
          },
        }),
      );
    }
    const parts = timesLexicon().words.partsOfDay;
    for (const m of matchesOf(PART_OF_DAY, ctx.text)) {
      if (!parts[(m[2] as string).toLowerCase()]) continue;
      out.push(
        candidate(ctx, m.index, m.index + m[0].length, {
          value: null,
          kind: 'time',
          basis: 'relative',
          rule: `dyad:part-of-day(${(m[2] as string).toLowerCase()})`,
          pending: { kind: 'anchored', compute: (a) => formatDay(a) },
        }),
      );
    }
    return out;
  },
};
