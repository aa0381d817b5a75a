/**
 * Decades ("the 1970s" → 197X, "the '90s" → 199X) and centuries ("the 11th century" → 10XX), in the contract's
 * TIMEX3 form (TimeML writes them 197 and 10).
 */
import { timesLexicon } from '../lexicon.js';
import { candidate, type Candidate, type ParseContext, type TimeParser } from '../types.js';
import { matchesOf } from './match.js';

const DECADE = /\b(?:the\s+)?(?:(1\d|20)(\d)0['’]?s|['’](\d)0s)\b/gi;
let centuryRe: RegExp | null = null;
const CENTURY_WORD = /centur/i;

function centuryPattern(): RegExp {
  if (!centuryRe) {
    const words = Object.keys(timesLexicon().words.ordinals).sort((a, b) => b.length - a.length);
    centuryRe = new RegExp(
      `\\b(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)|${words.join('|')})[\\s-]+century\\b`,
      'gi',
    );
  }
  return centuryRe;
}

export const decadeParser: TimeParser = {
  name: 'decade',
  gate: { words: () => ['century', 'centuries'], digits: 'any' },
  parse(ctx: ParseContext): Candidate[] {
    const out: Candidate[] = [];
    for (const m of matchesOf(DECADE, ctx.text)) {
      let value: string;
      if (m[1] !== undefined) value = `${m[1]}${m[2] ?? ''}`;
      else {
        // "the '90s": the century whose decade is not after the publication date's.
        const digit = Number(m[3]);
        const year = ctx.anchor?.y ?? 2000;
        const century = Math.floor(year / 100);
        const candidateYear = century * 100 + digit * 10;
        value = String(candidateYear > year ? candidateYear - 100 : candidateYear).slice(0, 3);
      }
      out.push(
        candidate(ctx, m.index, m.index + m[0].length, {
          value: `${value}X`,
          kind: 'date',
          basis: 'explicit',
          rule: 'dyad:decade',
        }),
      );
    }
    // (Digits wake this parser; the long century pattern runs only where the word is.)
    if (!CENTURY_WORD.test(ctx.text)) return out;
    const ordinals = timesLexicon().words.ordinals;
    for (const m of matchesOf(centuryPattern(), ctx.text)) {
      const word = (m[1] as string).toLowerCase();
      const n = /^\d/.test(word) ? parseInt(word, 10) : ordinals[word];
      if (!n) continue;
      out.push(
        candidate(ctx, m.index, m.index + m[0].length, {
          value: `${String(n - 1).padStart(2, '0')}XX`,
          kind: 'date',
          basis: 'explicit',
          rule: 'dyad:century',
        }),
      );
    }
    return out;
  },
};
