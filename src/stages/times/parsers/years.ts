/**
 * Bare years ("in 1988", "since 2018", "a 1971 convention"), with guards against numbers that are not years:
 * quantities ("some 1500 troops", "$2000"), parts of larger numbers ("1,998"), percentages and codes.
 */
import type { Token } from '../../../analysis.js';
import { timesLexicon } from '../lexicon.js';
import { candidate, type Candidate, type ParseContext, type TimeParser } from '../types.js';
import { matchesOf } from './match.js';

const YEAR = /(?<![\d,.$£€¥/]|\d-)\b(1[6-9]\d\d|20\d\d)\b(?![.,]\d|\s*(?:%|percent\b)|\/|-\d)/g;

/** A year in one token with its modifier: "mid-1996", "pre-2008". */
const MODIFIED = /^(?:mid|early|late|pre|post)-\d{4}$/i;

function tokenAt(ctx: ParseContext, offset: number): Token | undefined {
  const { tokens } = ctx.doc;
  for (let i = ctx.sentence.tokenStart; i < ctx.sentence.tokenEnd; i++) {
    const t = tokens[i] as Token;
    if (t.start <= offset && offset < t.end) return t;
  }
  return undefined;
}

function isPluralNoun(t: Token | undefined): boolean {
  return !!t && t.pos === 'NOUN' && t.lower !== t.lemma && t.lower.endsWith('s');
}

export const yearParser: TimeParser = {
  name: 'year',
  gate: { words: () => [], digits: 'any' },
  parse(ctx: ParseContext): Candidate[] {
    const lex = timesLexicon();
    const out: Candidate[] = [];
    for (const m of matchesOf(YEAR, ctx.text)) {
      const at = m.index;
      const tok = tokenAt(ctx, ctx.sentence.start + at);
      if (!tok || (tok.text !== m[0] && !MODIFIED.test(tok.text))) continue;
      const prev = ctx.doc.tokens[tok.i - 1];
      const next = ctx.doc.tokens[tok.i + 1];
      const prevWord = prev && prev.sentence === tok.sentence ? prev.lower : '';
      const nextWord = next && next.sentence === tok.sentence ? next.lower : '';
      if (lex.words.yearBlockersBefore.includes(prevWord)) continue;
      if (lex.words.yearBlockersAfter.includes(nextWord)) continue;
      if (prev && prev.sentence === tok.sentence && (prev.pos === 'SYM' || prev.type === 'currency'))
        continue;
      const preposition = lex.words.yearPrepositions.includes(prevWord);
      if (!preposition && isPluralNoun(next)) continue;
      out.push(
        candidate(ctx, at, at + m[0].length, {
          value: m[0],
          kind: 'date',
          basis: 'explicit',
          rule: prevWord === 'since' ? 'dyad:year(since)' : 'dyad:year',
        }),
      );
    }
    return out;
  },
};
