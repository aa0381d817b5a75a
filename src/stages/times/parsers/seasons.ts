/**
 * Seasons: "in the fall" → 2023-FA, "last summer", "winter 2022". A bare season needs a determiner, a year or a
 * preposition before it, and "the fall of Kabul" or "Arab Spring" are not seasons.
 */
import { alternation, timesLexicon } from '../lexicon.js';
import { candidate, type Candidate, type ParseContext, type TimeParser } from '../types.js';
import { matchesOf } from './match.js';

let re: RegExp | null = null;
const PREPOSITIONS = new Set([
  'in',
  'during',
  'by',
  'until',
  'since',
  'over',
  'through',
  'for',
  'before',
  'after',
  'next',
  'last',
  'this',
]);

function pattern(): RegExp {
  if (!re) {
    const seasons = alternation(Object.keys(timesLexicon().words.seasons));
    re = new RegExp(
      `\\b(?:(this|last|next|the|that|past)\\s+)?(${seasons})(?:['’]s)?(?:\\s+(?:of\\s+)?((?:19|20)\\d\\d))?\\b`,
      'gi',
    );
  }
  return re;
}

export const seasonParser: TimeParser = {
  name: 'season',
  gate: { words: (lex) => lex.groups.seasons },
  parse(ctx: ParseContext): Candidate[] {
    const lex = timesLexicon();
    const out: Candidate[] = [];
    for (const m of matchesOf(pattern(), ctx.text)) {
      const det = m[1]?.toLowerCase();
      const word = m[2] as string;
      const season = lex.words.seasons[word.toLowerCase()] as string;
      const year = m[3];
      const before = ctx.text.slice(0, m.index).trimEnd();
      const prevWord = (/([A-Za-z]+)$/.exec(before)?.[1] ?? '').toLowerCase();
      const after = ctx.text.slice(m.index + m[0].length);
      if (!year && /^\s+of\b/i.test(after)) continue; // "the fall of Kabul"
      if (/^[A-Z]/.test(word) && /[A-Z][a-z]*$/.test(before) && m.index > 0) continue; // "Arab Spring"
      if (!det && !year && !PREPOSITIONS.has(prevWord)) continue;
      if (det === 'the' && !year && !PREPOSITIONS.has(prevWord)) continue;
      if (det === 'past') continue;
      const at = m.index + (det && det !== 'the' && det !== 'that' ? 0 : m[1] ? m[1].length + 1 : 0);
      const span = { start: det === 'the' || det === 'that' ? m.index : at, end: m.index + m[0].length };
      const rule = `dyad:season(${word.toLowerCase()})`;
      if (year) {
        out.push(
          candidate(ctx, span.start, span.end, {
            value: `${year}-${season}`,
            kind: 'date',
            basis: 'explicit',
            rule,
          }),
        );
        continue;
      }
      const direction = det === 'last' ? 'last' : det === 'next' ? 'next' : 'tense';
      if (det === 'this') {
        out.push(
          candidate(ctx, span.start, span.end, {
            value: null,
            kind: 'date',
            basis: 'relative',
            rule,
            pending: { kind: 'anchored', compute: (a) => `${a.y}-${season}` },
          }),
        );
        continue;
      }
      out.push(
        candidate(ctx, span.start, span.end, {
          value: null,
          kind: 'date',
          basis: 'relative',
          rule,
          pending: { kind: 'season', season, direction },
        }),
      );
    }
    return out;
  },
};
