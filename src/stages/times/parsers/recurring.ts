/**
 * Recurring times named by a calendar word: "each July" → XXXX-07, "every Monday" → XXXX-WXX-1, "every
 * summer" → XXXX-SU, "the past three summers" → XXXX-SU (fixed phrases such as "daily" are in sets.json).
 */
import { alternation, MONTH_NAMES, timesLexicon, WEEKDAY_NAMES } from '../lexicon.js';
import { candidate, type Candidate, type ParseContext, type TimeParser } from '../types.js';
import { matchesOf } from './match.js';

const MONTHS: readonly string[] = MONTH_NAMES;
const WEEKDAYS: readonly string[] = WEEKDAY_NAMES;
let re: RegExp | null = null;

function pattern(): RegExp {
  if (!re) {
    const lex = timesLexicon();
    const seasons = alternation(Object.keys(lex.words.seasons));
    const plurals = alternation([...Object.keys(lex.words.seasons), ...WEEKDAYS].map((w) => `${w}s`));
    re = new RegExp(
      `\\b(?:(?:every|each)\\s+(${MONTHS.join('|')}|${WEEKDAYS.join('|')}|${seasons})|the\\s+(?:past|last)\\s+(?:${lex.numberSource})\\s+(${plurals}))\\b`,
      'gi',
    );
  }
  return re;
}

function valueOf(word: string): string | null {
  const w = word.toLowerCase().replace(/s$/, '');
  const month = MONTHS.indexOf(w);
  if (month >= 0) return `XXXX-${String(month + 1).padStart(2, '0')}`;
  const weekday = WEEKDAYS.indexOf(w);
  if (weekday >= 0) return `XXXX-WXX-${weekday === 0 ? 7 : weekday}`;
  const season = timesLexicon().words.seasons[w];
  return season ? `XXXX-${season}` : null;
}

export const recurringParser: TimeParser = {
  name: 'recurring',
  gate: { words: (lex) => [...lex.groups.months, ...lex.groups.weekdays, ...lex.groups.seasons] },
  parse(ctx: ParseContext): Candidate[] {
    const out: Candidate[] = [];
    for (const m of matchesOf(pattern(), ctx.text)) {
      const word = (m[1] ?? m[2]) as string;
      const value = valueOf(word);
      if (!value) continue;
      out.push(
        candidate(ctx, m.index, m.index + m[0].length, {
          value,
          kind: 'set',
          basis: 'explicit',
          rule: `dyad:recurring(${word.toLowerCase()})`,
          priority: 3,
        }),
      );
    }
    return out;
  },
};
