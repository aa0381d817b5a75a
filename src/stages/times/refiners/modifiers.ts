/**
 * Extends a date over the modifier before it ("early on this year", "the late 1970s", "mid-1996", "earlier this
 * month", "later this afternoon"); the value keeps its granularity (TIMEX3 puts the modifier in `mod`).
 */
import { alternation, timesLexicon } from '../lexicon.js';
import type { Candidate, RefineContext, TimeRefiner } from '../types.js';

let re: RegExp | null = null;

function pattern(): RegExp {
  if (!re) {
    const mods = alternation(Object.keys(timesLexicon().words.modifiers));
    re = new RegExp(`(?:\\bthe\\s+)?\\b(${mods})(?:\\s+on)?(?:\\s+in)?(?:\\s+of)?[\\s-]+$`, 'i');
  }
  return re;
}

export const modifierRefiner: TimeRefiner = {
  name: 'modifiers',
  refine(ctx: RefineContext, candidates: Candidate[]): Candidate[] {
    const text = ctx.doc.text;
    let previousEnd = 0;
    for (const c of candidates) {
      const floor = previousEnd;
      previousEnd = c.end;
      if (c.kind === 'duration' || c.kind === 'set') continue;
      const sentence = ctx.doc.sentences[c.sentence];
      if (!sentence) continue;
      const before = text.slice(Math.max(sentence.start, c.start - 30), c.start);
      const m = pattern().exec(before);
      if (!m || c.start - m[0].length < floor) continue;
      const mod = timesLexicon().words.modifiers[(m[1] as string).toLowerCase()] ?? 'MID';
      c.start -= m[0].length;
      c.notes.push(`modifier:${(m[1] as string).toLowerCase()}(${mod})`);
    }
    return candidates;
  },
};
