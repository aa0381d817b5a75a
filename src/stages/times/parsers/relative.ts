/**
 * Calendar units named relative to the publication date: "last week" → 2023-W24, "this month" → 2023-06,
 * "next year" → 2024, "this weekend", "January this year" → 2023-01, "last May", "next Monday".
 * "the past week" and "the next two weeks" are durations (durations.ts), not dates.
 */
import { alternation } from '../lexicon.js';
import { addDays, addMonths, formatAt, formatMonth, isoWeek } from '../timex.js';
import { candidate, type Candidate, type ParseContext, type TimeParser } from '../types.js';
import { matchesOf } from './match.js';

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const FULL_MONTHS = Object.keys(MONTHS).filter(
  (m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july',
);

const UNIT =
  /(?<!\bthe\s)\b(last|this|next|past|coming|current|previous)\s+(week|weekend|month|year)(?:['’]s)?\b/gi;
const MONTH_YEAR = new RegExp(
  `\\b(${alternation(FULL_MONTHS)})\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`,
  'gi',
);
const REL_MONTH = new RegExp(`\\b(last|this|next)\\s+(${alternation(FULL_MONTHS)})\\b`, 'gi');
const WEEKEND = /\b(?:over|during|at|on)\s+(the\s+weekend)\b/gi;
const HALF =
  /\b(?:the\s+)?(first|second|1st|2nd)\s+half\s+of\s+(?:((?:19|20)\d\d)|(this|last|next)\s+year|the\s+year)\b/gi;
const PART_OF_PERIOD =
  /\bthe\s+(?:end|beginning|start|rest|middle|remainder)\s+of\s+the\s+(year|month|week)\b/gi;
const REL_WEEKDAY = new RegExp(`\\b(last|this|next)\\s+(${Object.keys(WEEKDAYS).join('|')})\\b`, 'gi');

function unitValue(rel: string, unit: string): (a: { y: number; m: number; d: number }) => string {
  const dir =
    rel === 'last' || rel === 'past' || rel === 'previous' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0;
  switch (unit) {
    case 'week':
      return (a) => isoWeek(addDays(a, 7 * dir));
    case 'weekend':
      return (a) => `${isoWeek(addDays(a, 7 * dir))}-WE`;
    case 'month':
      return (a) => formatAt(addMonths(a, dir), 'month');
    default:
      return (a) => String(a.y + dir);
  }
}

export const relativeParser: TimeParser = {
  name: 'relative',
  gate: {
    words: (lex) => [...lex.groups.units, ...lex.groups.months, ...lex.groups.weekdays, 'weekend', 'half'],
  },
  parse(ctx: ParseContext): Candidate[] {
    const out: Candidate[] = [];
    for (const m of matchesOf(UNIT, ctx.text)) {
      const rel = (m[1] as string).toLowerCase();
      const unit = (m[2] as string).toLowerCase();
      if (rel === 'past' || rel === 'coming') continue; // "past week" is a duration without its article too
      out.push(
        candidate(ctx, m.index, m.index + m[0].length, {
          value: null,
          kind: 'date',
          basis: 'relative',
          rule: `dyad:relative(${rel} ${unit})`,
          priority: 2,
          pending: { kind: 'anchored', compute: unitValue(rel, unit) },
        }),
      );
    }
    for (const m of matchesOf(MONTH_YEAR, ctx.text)) {
      const month = MONTHS[(m[1] as string).toLowerCase()] as number;
      const rel = (m[2] as string).toLowerCase();
      const dy = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      out.push(
        candidate(ctx, m.index, m.index + m[0].length, {
          value: null,
          kind: 'date',
          basis: 'relative',
          rule: `dyad:relative(month ${rel} year)`,
          priority: 2,
          pending: { kind: 'anchored', compute: (a) => formatMonth(a.y + dy, month) },
        }),
      );
    }
    for (const m of matchesOf(REL_MONTH, ctx.text)) {
      const rel = (m[1] as string).toLowerCase();
      const month = MONTHS[(m[2] as string).toLowerCase()] as number;
      // "last May": the May before the current one; the month just gone would be "last month".
      const compute =
        rel === 'last'
          ? (a: { y: number; m: number }) => formatMonth(month >= a.m - 1 ? a.y - 1 : a.y, month)
          : rel === 'next'
            ? (a: { y: number; m: number }) => formatMonth(month <= a.m ? a.y + 1 : a.y, month)
            : (a: { y: number }) => formatMonth(a.y, month);
      out.push(
        candidate(ctx, m.index, m.index + m[0].length, {
          value: null,
          kind: 'date',
          basis: 'relative',
          rule: `dyad:relative(${rel} month)`,
          priority: 2,
          pending: { kind: 'anchored', compute },
        }),
      );
    }
    for (const m of matchesOf(REL_WEEKDAY, ctx.text)) {
      const rel = (m[1] as string).toLowerCase();
      const weekday = WEEKDAYS[(m[2] as string).toLowerCase()] as number;
      out.push(
        candidate(ctx, m.index, m.index + m[0].length, {
          value: null,
          kind: 'date',
          basis: 'relative',
          rule: `dyad:relative(${rel} weekday)`,
          priority: 2,
          pending: {
            kind: 'weekday',
            weekday,
            direction: rel === 'last' ? 'last' : rel === 'next' ? 'next' : 'tense',
          },
        }),
      );
    }
    for (const m of matchesOf(WEEKEND, ctx.text)) {
      const at = m.index + m[0].length - (m[1] as string).length;
      out.push(
        candidate(ctx, at, m.index + m[0].length, {
          value: null,
          kind: 'date',
          basis: 'relative',
          rule: 'dyad:relative(the weekend)',
          priority: 2,
          pending: { kind: 'weekend', direction: 'tense' },
        }),
      );
    }
    for (const m of matchesOf(HALF, ctx.text)) {
      const half = /^(first|1st)$/i.test(m[1] as string) ? 1 : 2;
      const year = m[2];
      const rel = m[3]?.toLowerCase();
      const dy = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      out.push(
        candidate(ctx, m.index, m.index + m[0].length, {
          value: year ? `${year}-H${half}` : null,
          kind: 'date',
          basis: year ? 'explicit' : 'relative',
          rule: 'dyad:relative(half year)',
          priority: 2,
          pending: year ? undefined : { kind: 'anchored', compute: (a) => `${a.y + dy}-H${half}` },
        }),
      );
    }
    for (const m of matchesOf(PART_OF_PERIOD, ctx.text)) {
      // "by the end of the year": the year a past story is in, else the publication's.
      const unit = (m[1] as string).toLowerCase() as 'year' | 'month' | 'week';
      out.push(
        candidate(ctx, m.index, m.index + m[0].length, {
          value: null,
          kind: 'date',
          basis: 'relative',
          rule: `dyad:relative(part of the ${unit})`,
          priority: 2,
          pending: { kind: 'shift', amount: 0, unit, anchor: 'past-discourse', granularity: unit },
        }),
      );
    }
    return out;
  },
};
