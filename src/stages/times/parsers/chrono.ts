/**
 * chrono-node (casual English, `forwardDate: false`) as the base parser, restricted to what it reads well:
 * written dates, month names, weekdays, clock times and today/yesterday/tomorrow. Relative phrases ("last
 * week", "two years ago") are dyad's own parsers. Granularity comes from chrono's known (not implied)
 * components: "February" is `2023-02`, never 2023-02-01.
 */
import type { ParsedResult } from 'chrono-node/en';
import { timesLexicon } from '../lexicon.js';
import { formatDay, formatMonth, formatYear, type Ymd } from '../timex.js';
import { candidate, type Candidate, type ParseContext, type TimeParser } from '../types.js';
import { chronoEngine, cuesOf } from './chrono-engine.js';

/** Punctuation chrono takes in at the end, except the stop of "a.m."/"p.m.". */
const TRAILING = /(?<![ap]\.m)[\s,.;:]+$/i;
const PART_OF_DAY = /\b(morning|afternoon|evening|night|overnight)\b/i;

function trimSpan(text: string, index: number): { start: number; end: number; text: string } {
  let start = index;
  let t = text;
  const lead = /^(?:(?:on|in|at|by|of|from|since|until|till)\s+)+/i.exec(t);
  if (lead) {
    start += lead[0].length;
    t = t.slice(lead[0].length);
  }
  t = t.replace(TRAILING, '');
  return { start, end: start + t.length, text: t };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Converts one chrono result into a candidate, or null when dyad does not keep it. */
function convert(ctx: ParseContext, r: ParsedResult): Candidate | null {
  const { start, end, text } = trimSpan(r.text, r.index);
  if (!text) return null;
  const tags = r.tags();
  const c = r.start;
  const known = (k: 'year' | 'month' | 'day' | 'weekday' | 'hour'): boolean => c.isCertain(k);
  const parser =
    [...tags].find((t) => t.startsWith('parser/'))?.slice(7) ?? (known('weekday') ? 'weekday' : 'date');
  const rule = `chrono:${parser}`;
  const lex = timesLexicon();
  const pod = PART_OF_DAY.exec(text);
  const podCode = pod ? lex.words.partsOfDay[(pod[1] as string).toLowerCase()] : undefined;
  const suffix = podCode ? `T${podCode}` : undefined;
  const lower = text.toLowerCase();
  const base = { kind: 'date' as const, rule, priority: 1 };

  if (tags.has('casualReference/now')) {
    return candidate(ctx, start, end, {
      ...base,
      value: 'PRESENT_REF',
      basis: 'relative',
      rule: 'chrono:now',
    });
  }
  // Slash formats without a year are fractions as often as dates ("2 1/2 years").
  if (parser === 'SlashDateFormatParser' && !known('year')) return null;

  // The contract's values carry clock times (T15:00) but not parts of day (TimeML's TAF): "Monday morning" is
  // a time whose value is the day.
  const clock = known('hour') ? `T${pad2(c.get('hour') ?? 0)}:${pad2(c.get('minute') ?? 0)}` : undefined;
  const kind = clock || suffix ? ('time' as const) : ('date' as const);

  if (known('day') && known('month')) {
    const md = { month: c.get('month') ?? 1, day: c.get('day') ?? 1 };
    if (known('year')) {
      const ymd: Ymd = { y: c.get('year') ?? 0, m: md.month, d: md.day };
      const casual = /^(today|tonight|yesterday|tomorrow|last night)\b/i.test(lower);
      return candidate(ctx, start, end, {
        ...base,
        kind,
        value: formatDay(ymd) + (clock ?? ''),
        basis: casual ? 'relative' : 'explicit',
      });
    }
    return candidate(ctx, start, end, {
      ...base,
      kind,
      value: null,
      basis: 'relative',
      pending: { kind: 'month', month: md.month, day: md.day, direction: 'tense', suffix: clock },
    });
  }
  if (known('month')) {
    const month = c.get('month') ?? 1;
    if (known('year')) {
      return candidate(ctx, start, end, {
        ...base,
        value: formatMonth(c.get('year') ?? 0, month),
        basis: 'explicit',
      });
    }
    return candidate(ctx, start, end, {
      ...base,
      value: null,
      basis: 'relative',
      pending: { kind: 'month', month, direction: 'tense' },
    });
  }
  if (known('year')) {
    return candidate(ctx, start, end, { ...base, value: formatYear(c.get('year') ?? 0), basis: 'explicit' });
  }
  if (known('weekday')) {
    const weekday = c.get('weekday') ?? 0;
    if (/weekend/i.test(text)) return null;
    return candidate(ctx, start, end, {
      ...base,
      kind,
      value: null,
      basis: 'relative',
      pending: { kind: 'weekday', weekday, direction: 'tense', suffix: clock },
    });
  }
  if (known('hour') && clock) {
    // A bare clock time ("at about 3:30 p.m."): on the day the discourse is at (resolve.ts).
    return candidate(ctx, start, end, {
      ...base,
      kind: 'time',
      value: null,
      basis: 'relative',
      pending: { kind: 'clock', clock },
    });
  }
  if (suffix && /^this\s/i.test(lower)) {
    return candidate(ctx, start, end, {
      ...base,
      kind: 'time',
      value: null,
      basis: 'relative',
      rule: `${rule}(this)`,
      pending: { kind: 'anchored', compute: (a) => formatDay(a) },
    });
  }
  return null;
}

export const chronoParser: TimeParser = {
  name: 'chrono',
  gate: {
    words: (lex) => [...lex.groups.months, ...lex.groups.weekdays, ...lex.groups.chrono],
    digits: 'punctuated',
  },
  parse(ctx: ParseContext): Candidate[] {
    const a = ctx.anchor ?? { y: 2000, m: 1, d: 1 };
    const ref = { instant: new Date(Date.UTC(a.y, a.m - 1, a.d, 12)), timezone: 0 };
    const out: Candidate[] = [];
    let results: ParsedResult[];
    try {
      results = chronoEngine(cuesOf(ctx.text)).parse(ctx.text, ref, { forwardDate: false });
    } catch (error) {
      ctx.doc.diagnostics.push({
        code: 'TIMES_CHRONO_FAILED',
        stage: 'times',
        message: `chrono-node failed on a sentence: ${String(error)}`,
        span: { start: ctx.sentence.start, end: ctx.sentence.end, text: ctx.text },
      });
      return [];
    }
    for (const r of results) {
      const c = convert(ctx, r);
      if (!c) continue;
      // Without a publication date, values chrono took from its reference are not knowable.
      if (!ctx.anchor && c.basis === 'relative' && c.value !== null && c.value !== 'PRESENT_REF') continue;
      out.push(c);
    }
    return out;
  },
};
