/**
 * Words that look like times but are not: "sat" and "Sun" (the newspaper) read as weekdays, "may" and "march"
 * as verbs, "Theresa May", and month names without a preposition, determiner or number beside them.
 */
import type { Token } from '../../../analysis.js';
import { timesLexicon, WEEKDAY_ABBREVIATIONS } from '../lexicon.js';
import type { Candidate, RefineContext, TimeRefiner } from '../types.js';

const AMBIGUOUS_MONTHS = new Set([
  'may',
  'march',
  'june',
  'august',
  'jan',
  'mar',
  'jun',
  'aug',
  'sept',
  'dec',
]);
const MONTH_CONTEXT = new Set([
  'in',
  'by',
  'since',
  'until',
  'till',
  'from',
  'through',
  'during',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'of',
  'before',
  'after',
  'between',
  'and',
  'or',
  'to',
  'the',
  'that',
  'each',
  'every',
  'mid-',
  '-',
  'into',
  'throughout',
  'around',
  'on',
  'for',
  'as',
  'earlier',
  'later',
  'end',
  'beginning',
  'start',
]);

const NAME_LINKS = new Set(['on', 'of', 'for', 'to', 'against']);

function tokensOf(ctx: RefineContext, c: Candidate): Token[] {
  const s = ctx.doc.sentences[c.sentence];
  if (!s) return [];
  const out: Token[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = ctx.doc.tokens[i] as Token;
    if (t.end > c.start && t.start < c.end) out.push(t);
  }
  return out;
}

function reason(ctx: RefineContext, c: Candidate): string | null {
  if (c.pending?.kind !== 'month' && c.pending?.kind !== 'weekday') return null;
  const toks = tokensOf(ctx, c).filter((t) => t.pos !== 'PUNCT');
  const first = toks[0];
  if (!first) return 'no tokens';
  const prev = ctx.doc.tokens[first.i - 1];
  const next = ctx.doc.tokens[(toks[toks.length - 1] as Token).i + 1];
  if (c.pending?.kind === 'weekday') {
    // "Good Friday Agreement", "Bloody Sunday", "The Sunday Times": names built on a weekday.
    const words = timesLexicon().words;
    const last = toks[toks.length - 1] as Token;
    const capitalizedPrev =
      prev && prev.sentence === first.sentence && /^[A-Z]/.test(prev.text) ? prev.lower : '';
    const capitalizedNext =
      next && next.sentence === last.sentence && /^[A-Z]/.test(next.text) ? next.lower : '';
    if (words.weekdayNamePrefixes.includes(capitalizedPrev)) return 'weekday in a name (prefix)';
    if (words.weekdayNameHeads.includes(capitalizedNext)) return 'weekday in a name (head)';
  }
  if (toks.length === 1) {
    const word = first.lower;
    if (
      WEEKDAY_ABBREVIATIONS.has(word.replace(/\.$/, '')) &&
      !(next?.text === '.' || first.text.endsWith('.'))
    )
      return 'weekday abbreviation without a period';
    if (c.pending?.kind === 'weekday' && first.text[0] !== first.text[0]?.toUpperCase())
      return 'lowercase weekday';
    if (c.pending?.kind === 'month' && c.pending.day === undefined) {
      if (first.text[0] !== first.text[0]?.toUpperCase()) return 'lowercase month name';
      if (first.pos === 'AUX' || first.pos === 'VERB') return `month name tagged ${first.pos}`;
      const prevWord = prev && prev.sentence === first.sentence ? prev.lower : '';
      const nextIsNumber = next !== undefined && next.sentence === first.sentence && /^\d/.test(next.text);
      // "the March on Washington", "the March of Dimes": an event or body named with a month word.
      const after = ctx.doc.tokens[(next?.i ?? -2) + 1];
      if (prevWord === 'the' && next && NAME_LINKS.has(next.lower) && after && /^[A-Z]/.test(after.text))
        return 'month word in a name';
      if (!MONTH_CONTEXT.has(prevWord) && !nextIsNumber && AMBIGUOUS_MONTHS.has(word))
        return 'month name without date context';
      if (
        prev &&
        prev.sentence === first.sentence &&
        prev.pos === 'PROPN' &&
        /^[A-Z]/.test(prev.text) &&
        !MONTH_CONTEXT.has(prevWord)
      )
        return 'month name after a proper name';
    }
  }
  return null;
}

export const falsePositiveRefiner: TimeRefiner = {
  name: 'false-positives',
  refine(ctx: RefineContext, candidates: Candidate[]): Candidate[] {
    return candidates.filter((c) => reason(ctx, c) === null);
  },
};
