/**
 * Durations: "two days" → P2D, "five-and-a-half-hour" → PT5.5H, "2 1/2 years" → P2Y6M, "10-year", "the next two
 * weeks" → P2W, "a decade" → P10Y. Vague ones ("several years", "for weeks") have no value in the contract and
 * are left out. Ages ("37 years old") are not durations.
 */
import { alternation, numberOf, timesLexicon, unitOf } from '../lexicon.js';
import { candidate, type Candidate, type ParseContext, type TimeParser } from '../types.js';
import { matchesOf } from './match.js';

let re: RegExp | null = null;
let bare: RegExp | null = null;
/** "the past year", "over the last decade": a duration of one unit back from now (TimeML's P1Y). */
const PAST_UNIT = /\bthe\s+(?:past|last)\s+(week|month|year|decade)\b(?!['’]s|\s+of\b)/gi;
const BARE_BEFORE = new Set([
  'for',
  'within',
  'in',
  'over',
  'after',
  'take',
  'takes',
  'took',
  'taken',
  'last',
  'lasted',
  'spent',
  'spend',
  'spends',
]);

function pattern(): RegExp {
  if (!re) {
    const lex = timesLexicon();
    re = new RegExp(
      `\\b(?:(?:${alternation(lex.words.approximators)})\\s+)?(?:the\\s+(?:next|past|last|previous|coming|first|final|following)\\s+)?(${lex.numberSource}|${alternation(lex.words.vagueNumbers)})((?:[\\s-]+and)?[\\s-]+a[\\s-]+half)?[\\s-]+(?:more\\s+|additional\\s+|straight\\s+|consecutive\\s+|full\\s+|long\\s+)?(${lex.unitSource})\\b(?:([\\s-])old\\b)?`,
      'gi',
    );
    bare = new RegExp(`\\b(${lex.unitSource})\\b(?:\\s+(?:or|and)\\s+(${lex.unitSource})\\b)?`, 'gi');
  }
  return re;
}

/** Units the contract's durations cannot name, in those they can: a decade is P10Y. */
const SCALED: Record<string, { by: number; code: string }> = {
  Q: { by: 3, code: 'M' },
  DE: { by: 10, code: 'Y' },
  CE: { by: 100, code: 'Y' },
};

/** TIMEX3 duration for an amount of a unit: P2D, PT5.5H, P2Y6M, PXY (amount null). */
export function durationValue(amount: number | null, unit: string): string | null {
  const lex = timesLexicon();
  const u = lex.words.units[unit];
  if (!u) return null;
  const t = u.time ? 'T' : '';
  // The contract has no vague durations (TimeML's PXY): "for years" is left out.
  if (amount === null) return null;
  let n = amount * (u.factor ?? 1);
  let code = u.code;
  const scale = SCALED[code];
  if (scale) {
    n *= scale.by;
    code = scale.code;
  }
  if (!Number.isInteger(n) && code === 'Y' && Number.isInteger(n * 12)) {
    const years = Math.floor(n);
    const months = Math.round((n - years) * 12);
    return years ? `P${years}Y${months}M` : `P${months}M`;
  }
  const text = Number.isInteger(n) ? String(n) : String(Number(n.toFixed(2)));
  return `P${t}${text}${code}`;
}

export const durationParser: TimeParser = {
  name: 'duration',
  gate: { words: (lex) => lex.groups.units },
  parse(ctx: ParseContext): Candidate[] {
    const lex = timesLexicon();
    const out: Candidate[] = [];
    for (const m of matchesOf(pattern(), ctx.text)) {
      const unit = unitOf(lex, m[3] as string);
      if (!unit) continue;
      if (m[4] === ' ') continue; // "37 years old": an age
      const numberWord = m[1] as string;
      let amount = numberOf(lex, numberWord);
      if (amount === null && !lex.words.vagueNumbers.includes(numberWord.toLowerCase().replace(/\s+/g, ' ')))
        continue;
      if (amount !== null && m[2]) amount += 0.5;
      // "one day" alone opens a story more often than it measures one.
      if (
        /^(?:one|a|an)$/i.test(numberWord) &&
        unit === 'day' &&
        !/\b(?:in|within|for|over|after)\s*$/i.test(ctx.text.slice(0, m.index))
      )
        continue;
      // "the Six-Day War", "the Hundred Years' War": a capital inside a sentence makes it a name.
      if (m.index > 0 && /^[A-Z]/.test(m[0]) && /[A-Za-z,]\s*$/.test(ctx.text.slice(0, m.index))) continue;
      // "a quarter of the cost", "a second round": fractions and ordinals, not durations.
      if (/^(?:a|an|one)$/i.test(numberWord) && (unit === 'quarter' || unit === 'second')) continue;
      const value = durationValue(amount, unit);
      if (!value) continue;
      out.push(
        candidate(ctx, m.index, m.index + m[0].length, {
          value,
          kind: 'duration',
          basis: 'explicit',
          rule: `dyad:duration(${unit})`,
        }),
      );
    }
    for (const m of matchesOf(PAST_UNIT, ctx.text)) {
      const unit = (m[1] as string).toLowerCase();
      const value = durationValue(1, unit);
      if (!value) continue;
      out.push(
        candidate(ctx, m.index, m.index + m[0].length, {
          value,
          kind: 'duration',
          basis: 'explicit',
          rule: `dyad:duration(the past ${unit})`,
        }),
      );
    }
    for (const m of matchesOf(bare as RegExp, ctx.text)) {
      const word = (m[1] as string).toLowerCase();
      const unit = unitOf(lex, word);
      if (!unit || word === unit) continue; // bare plurals only: "for years", "weeks or months"
      const prevWord = (/([A-Za-z]+)\s*$/.exec(ctx.text.slice(0, m.index))?.[1] ?? '').toLowerCase();
      if (!BARE_BEFORE.has(prevWord) && !m[2]) continue;
      const value = durationValue(null, unit);
      if (!value) continue;
      out.push(
        candidate(ctx, m.index, m.index + (m[2] ? (m[1] as string).length : m[0].length), {
          value,
          kind: 'duration',
          basis: 'explicit',
          rule: `dyad:duration(${unit}s)`,
          priority: 0,
        }),
      );
    }
    return out;
  },
};
