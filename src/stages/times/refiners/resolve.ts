/**
 * Gives every pending candidate its value, in document order: weekdays and year-less months by the tense of
 * their clause, "last week"-style values from the publication date, and offsets such as "four months earlier"
 * from the previous calendar time in the discourse (else the publication date). Without a publication date,
 * year-less months and weekdays get TIMEX3 placeholders (XXXX-02, XXXX-WXX-1) and anything that needs the
 * anchor to mean anything ("last week", "two years ago") is dropped.
 */
import { timesLexicon } from '../lexicon.js';
import { isSpeechAt, tenseAt } from '../tense.js';
import {
  addDays,
  addMonths,
  formatAt,
  formatDay,
  formatMonth,
  granularityOf,
  isoWeek,
  startOf,
  toDate,
  weekdayOf,
  type Granularity,
  type Ymd,
} from '../timex.js';
import type { Candidate, Direction, Pending, RefineContext, Tense, TimeRefiner } from '../types.js';

const ORDER: Granularity[] = ['day', 'week', 'month', 'quarter', 'year', 'decade', 'century'];
const UNIT_GRANULARITY: Record<string, Granularity> = {
  second: 'day',
  minute: 'day',
  hour: 'day',
  day: 'day',
  week: 'day',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
  decade: 'decade',
  century: 'century',
};

function coarser(a: Granularity, b: Granularity): Granularity {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

const PAST_PREPOSITIONS = new Set(['since', 'ago']);

/**
 * Where "tense" points: back for past clauses and after "since", forward for future ones. A present verb sends
 * a weekday forward ("meet Monday") unless it is one of saying ("says Monday"); a month it leaves in the year.
 */
function directionOf(ctx: RefineContext, c: Candidate, d: Direction, presentForward: boolean): Direction {
  if (d !== 'tense') return d;
  const tokens = tokenRange(ctx, c);
  const prev = ctx.doc.tokens[tokens.start - 1];
  if (prev && prev.sentence === c.sentence && PAST_PREPOSITIONS.has(prev.lower)) {
    c.notes.push(`tense:past(${prev.lower})`);
    return 'past';
  }
  const tense: Tense | null = tenseAt(ctx.doc, tokens.start, tokens.end);
  c.notes.push(`tense:${tense ?? 'none'}`);
  if (tense === 'future') return 'future';
  if (tense === 'present') return presentForward && !isSpeechAt(ctx.doc, tokens.start) ? 'future' : 'tense';
  return tense === null ? 'tense' : 'past';
}

function tokenRange(ctx: RefineContext, c: Candidate): { start: number; end: number } {
  const s = ctx.doc.sentences[c.sentence];
  let start = -1;
  let end = -1;
  if (s) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = ctx.doc.tokens[i];
      if (!t || t.end <= c.start || t.start >= c.end) continue;
      if (start < 0) start = i;
      end = i + 1;
    }
  }
  return start < 0 ? { start: s?.tokenStart ?? 0, end: s?.tokenStart ?? 0 } : { start, end };
}

/** "Monday's debate": a day already named in the news, which a present verb does not move forward. */
function isPossessive(ctx: RefineContext, c: Candidate): boolean {
  const { end } = tokenRange(ctx, c);
  const next = ctx.doc.tokens[end];
  return next !== undefined && (next.lower === "'s" || next.lower === '’s' || next.lower === "'");
}

function weekdayValue(a: Ymd, weekday: number, d: Direction): string {
  const today = weekdayOf(a);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  if (d === 'future') return formatDay(addDays(a, ahead));
  if (d === 'next') return formatDay(addDays(a, ahead || 7));
  if (d === 'last') return formatDay(addDays(a, -(back || 7)));
  return formatDay(addDays(a, -back)); // past, and news's default: the day reported on or before publication
}

function yearFor(a: Ymd, month: number, dayOrNone: number | undefined, d: Direction): number {
  const day = dayOrNone ?? 1;
  const after = month > a.m || (month === a.m && day > a.d);
  const before = month < a.m || (month === a.m && day < a.d);
  if (d === 'past' || d === 'last') return after ? a.y - 1 : a.y;
  if (d === 'future' || d === 'next') return before ? a.y + 1 : a.y;
  // No tense to go by: the occurrence nearest the publication date ("in January" written in late December).
  const anchorDay = toDate(a).getTime();
  let best = a.y;
  let bestDistance = Infinity;
  for (const y of [a.y - 1, a.y, a.y + 1]) {
    const distance = Math.abs(toDate({ y, m: month, d: dayOrNone ?? 15 }).getTime() - anchorDay);
    if (distance < bestDistance) [best, bestDistance] = [y, distance];
  }
  return best;
}

/** The year of the season (starting in month `start`) whose middle is nearest the publication date. */
function nearestSeasonYear(a: Ymd, start: number): number {
  const anchorDay = toDate(a).getTime();
  let best = a.y;
  let bestDistance = Infinity;
  for (const y of [a.y - 1, a.y, a.y + 1]) {
    const middle = start + 1 > 12 ? { y: y + 1, m: start - 11, d: 15 } : { y, m: start + 1, d: 15 };
    const distance = Math.abs(toDate(middle).getTime() - anchorDay);
    if (distance < bestDistance) [best, bestDistance] = [y, distance];
  }
  return best;
}

/** Placeholder values for a document without a publication date (clock times dropped: XXXX-WXX-5, not …T02:00). */
function withoutAnchor(p: Pending): string | null {
  switch (p.kind) {
    case 'weekday':
      return `XXXX-WXX-${p.weekday === 0 ? 7 : p.weekday}`;
    case 'month':
      return p.day === undefined
        ? `XXXX-${String(p.month).padStart(2, '0')}`
        : `XXXX-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
    case 'season':
      return `XXXX-${p.season}`;
    case 'quarter':
      return `XXXX-Q${p.quarter}`;
    default:
      return null;
  }
}

function resolve(
  ctx: RefineContext,
  c: Candidate,
  p: Pending,
  a: Ymd,
  previous: string | null,
  previousSentence: number,
): string | null {
  switch (p.kind) {
    case 'weekday':
      return (
        weekdayValue(a, p.weekday, directionOf(ctx, c, p.direction, !isPossessive(ctx, c))) + (p.suffix ?? '')
      );
    case 'month': {
      const y = yearFor(a, p.month, p.day, directionOf(ctx, c, p.direction, false));
      return p.day === undefined
        ? formatMonth(y, p.month)
        : formatDay({ y, m: p.month, d: p.day }) + (p.suffix ?? '');
    }
    case 'season': {
      const start = timesLexicon().words.seasonStartMonth[p.season] ?? 1;
      const d = directionOf(ctx, c, p.direction, false);
      let y = a.y;
      if (d === 'last') y = start + 3 <= a.m ? a.y : a.y - 1;
      else if (d === 'next') y = start > a.m ? a.y : a.y + 1;
      else if (d === 'past') y = start > a.m ? a.y - 1 : a.y;
      else if (d === 'future') y = start + 2 < a.m ? a.y + 1 : a.y;
      else y = nearestSeasonYear(a, start);
      return `${y}-${p.season}`;
    }
    case 'quarter': {
      const d = directionOf(ctx, c, 'tense', false);
      const startMonth = (p.quarter - 1) * 3 + 1;
      const y = d === 'past' && startMonth > a.m ? a.y - 1 : a.y;
      return `${y}-Q${p.quarter}`;
    }
    case 'anchored':
      return p.compute(a);
    case 'weekend': {
      const saturday = weekdayValue(a, 6, directionOf(ctx, c, p.direction, true));
      const day = startOf(saturday);
      return day ? `${isoWeek(day)}-WE` : null;
    }
    case 'clock': {
      const day =
        previous && previousSentence === c.sentence && granularityOf(previous) === 'day'
          ? previous.slice(0, 10)
          : null;
      c.notes.push(day ? `day:${day}` : 'day:publication');
      return (day ?? formatDay(a)) + p.clock;
    }
    case 'shift': {
      let base: Ymd = a;
      let g: Granularity = p.granularity ?? UNIT_GRANULARITY[p.unit] ?? 'day';
      const discourse =
        p.anchor === 'discourse' ||
        (p.anchor === 'past-discourse' && directionOf(ctx, c, 'tense', false) === 'past');
      if (discourse && previous) {
        const from = startOf(previous);
        const pg = granularityOf(previous);
        if (from && pg) {
          base = from;
          g = coarser(g, pg);
          c.notes.push(`anchor:${previous}`);
        }
      } else c.notes.push('anchor:publication');
      const months =
        p.unit === 'month'
          ? p.amount
          : p.unit === 'quarter'
            ? p.amount * 3
            : p.unit === 'year'
              ? p.amount * 12
              : p.unit === 'decade'
                ? p.amount * 120
                : p.unit === 'century'
                  ? p.amount * 1200
                  : 0;
      const days = p.unit === 'day' ? p.amount : p.unit === 'week' ? p.amount * 7 : 0;
      if (!Number.isInteger(months) && g === 'year') g = 'month';
      const shifted = months ? addMonths(base, Math.round(months)) : addDays(base, Math.round(days));
      return formatAt(shifted, g);
    }
  }
}

export const resolveRefiner: TimeRefiner = {
  name: 'resolve',
  refine(ctx: RefineContext, candidates: Candidate[]): Candidate[] {
    let previous: string | null = null;
    let previousSentence = -1;
    const out: Candidate[] = [];
    for (const c of candidates) {
      if (c.value === null && c.pending) {
        c.value = ctx.anchor
          ? resolve(ctx, c, c.pending, ctx.anchor, previous, previousSentence)
          : withoutAnchor(c.pending);
      }
      if (c.value === null) continue;
      if (c.kind === 'date' || c.kind === 'time') {
        if (granularityOf(c.value)) [previous, previousSentence] = [c.value, c.sentence];
      }
      out.push(c);
    }
    return out;
  },
};
