/**
 * chrono-node's casual English engine as dyad configures it, cut for each sentence to the parsers that could
 * match it. chrono runs every one of its parsers' patterns over the whole sentence; a sentence holding a month
 * name but no digit or weekday does not need the weekday or clock-time patterns. Each parser is listed with
 * what every match of its pattern contains (a digit, a month-name prefix, …), tested once on the sentence, so
 * a parser left out could not have matched and the results are those of the full engine.
 */
// The English locale alone: chrono-node's index loads all of its locales (≈ 12 MB more per thread).
import * as chrono from 'chrono-node/en';

/** Parsers dyad reads relative phrases with itself ("two years ago", "last week"). */
const DROPPED_PARSERS = new Set([
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENEndOfCurrentMonthParser',
  'ENRelativeDateFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
]);
const DROPPED_REFINERS = new Set([
  'ENEndOfPeriodRefiner',
  'ENMergeDateRangeRefiner',
  'ENMergeRelativeAfterDateRefiner',
  'ENMergeRelativeFollowByDateRefiner',
]);

/** Cues a sentence is tested for: case-insensitive substrings, as chrono's patterns are. */
const CUES = [
  ['digit', /\d/],
  ['month', /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i],
  // Weekday names and abbreviations, "weekend", "weekday".
  ['weekday', /sun|mon|tue|wed|thu|fri|sat|week/i],
  // "now", "today", "tonight", "tomorrow", "overmorrow", "tmr(w)", "yesterday", "last night".
  ['casual-date', /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i],
  // "morning", "afternoon", "evening", "(mid)night", "noon", "midday".
  ['casual-time', /morning|afternoon|evening|night|noon|midday/i],
] as const;
type Cue = (typeof CUES)[number][0];

/**
 * The cues every match of a parser's pattern contains (all of them). A parser not listed (a later chrono
 * version's) always runs.
 */
const NEEDS: Readonly<Record<string, readonly Cue[]>> = {
  ENYearMonthDayParser: ['digit'],
  ISOFormatParser: ['digit'],
  SlashDateFormatParser: ['digit'],
  ENSlashMonthFormatParser: ['digit'],
  ENTimeExpressionParser: ['digit'],
  ENYearMonthNameParser: ['digit', 'month'],
  ENMonthNameLittleEndianParser: ['month'],
  ENMonthNameMiddleEndianParser: ['month'],
  ENMonthNameParser: ['month'],
  ENWeekdayParser: ['weekday'],
  ENCasualDateParser: ['casual-date'],
  ENCasualTimeParser: ['casual-time'],
};

function bitOf(cue: Cue): number {
  return 1 << CUES.findIndex(([name]) => name === cue);
}

let full: chrono.Chrono | null = null;
/** The engine for each set of cues present (bit mask over CUES), built on first use. */
const engines: (chrono.Chrono | undefined)[] = [];

function fullEngine(): chrono.Chrono {
  if (full) return full;
  const c = chrono.casual.clone();
  c.parsers = c.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name));
  c.refiners = c.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name));
  full = c;
  return c;
}

/** The cues `text` holds, as a bit mask over CUES. */
export function cuesOf(text: string): number {
  let mask = 0;
  CUES.forEach(([, re], i) => {
    if (re.test(text)) mask |= 1 << i;
  });
  return mask;
}

/** dyad's chrono engine restricted to the parsers that could match a text holding `cues`. */
export function chronoEngine(cues = (1 << CUES.length) - 1): chrono.Chrono {
  const known = engines[cues];
  if (known) return known;
  const c = fullEngine().clone();
  c.parsers = c.parsers.filter((p) => {
    const needs = NEEDS[p.constructor.name] ?? [];
    return needs.every((cue) => (cues & bitOf(cue)) !== 0);
  });
  engines[cues] = c;
  return c;
}
