/**
 * Offsets: "two weeks ago" (from the publication date), "four months earlier", "a year later" (from the previous
 * time in the discourse), "three days from now". An offset followed by its own anchor ("two days after the
 * vote") is only a duration: durations.ts reads it.
 */
import { alternation, numberOf, timesLexicon, unitOf } from '../lexicon.js';
import { candidate, type Candidate, type ParseContext, type TimeParser } from '../types.js';
import { matchesOf } from './match.js';

let re: RegExp | null = null;

function pattern(): RegExp {
  if (!re) {
    const lex = timesLexicon();
    re = new RegExp(
      `\\b(?:(?:${alternation(lex.words.approximators)})\\s+)?(?:(${lex.numberSource}|${alternation(lex.words.vagueNumbers)})[\\s-]+)?(?:more\\s+)?(${lex.unitSource})\\s+(ago|earlier|later|before|after|prior|from\\s+now|hence|on)\\b`,
      'gi',
    );
  }
  return re;
}

/** What may follow "before"/"after" for it to end the expression ("a year later, …", "two days before."). */
const CLAUSE_END = /^\s*(?:[,.;:!?)"”’]|and\b|but\b|when\b|as\b|$)/i;

export const offsetParser: TimeParser = {
  name: 'offset',
  gate: { words: (lex) => lex.groups.units },
  parse(ctx: ParseContext): Candidate[] {
    const lex = timesLexicon();
    const out: Candidate[] = [];
    for (const m of matchesOf(pattern(), ctx.text)) {
      const unit = unitOf(lex, m[2] as string);
      if (!unit) continue;
      const word = (m[3] as string).toLowerCase().replace(/\s+/g, ' ');
      const after = ctx.text.slice(m.index + m[0].length);
      if (
        (word === 'before' || word === 'after' || word === 'prior' || word === 'on') &&
        !CLAUSE_END.test(after)
      )
        continue;
      const amountWord = m[1];
      const amount = amountWord ? numberOf(lex, amountWord) : null;
      const rule = `dyad:offset(${word})`;
      const span = { start: m.index, end: m.index + m[0].length };
      if (amount === null) {
        // "years ago", "several weeks earlier": only the direction is known.
        if (word !== 'ago') continue;
        out.push(
          candidate(ctx, span.start, span.end, {
            value: 'PAST_REF',
            kind: 'date',
            basis: 'relative',
            rule,
            priority: 2,
          }),
        );
        continue;
      }
      const factor = lex.words.units[unit]?.factor ?? 1;
      const forward =
        word === 'later' || word === 'after' || word === 'from now' || word === 'hence' || word === 'on';
      const anchor = word === 'ago' || word === 'from now' || word === 'hence' ? 'publication' : 'discourse';
      out.push(
        candidate(ctx, span.start, span.end, {
          value: null,
          kind: 'date',
          basis: 'relative',
          rule,
          priority: 2,
          pending: {
            kind: 'shift',
            amount: (forward ? 1 : -1) * amount * factor,
            unit: unit === 'fortnight' ? 'week' : unit,
            anchor,
          },
        }),
      );
    }
    return out;
  },
};
