/**
 * Narrative time: the calendar time that governs a sentence with none of its own ("At that meeting, …" after
 * "on Sunday"). It is the last calendar date or time of a main clause in the sentences before (a time in a
 * relative or reported clause, or a "since" starting point, does not move the story); it carries into the
 * next paragraph only while the tense stays the same, and a tense change inside a paragraph resets it too.
 */
import type { Analysis, Sentence, TimeRecord } from '../../analysis.js';
import { clauseOf, isReported } from './clause.js';
import { tenseAt } from './tense.js';
import { isCalendar } from './timex.js';
import type { Tense } from './types.js';

const RELATIVE_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'that']);

/** The tense of a sentence: that of its first deciding verb. */
export function sentenceTense(doc: Analysis, s: Sentence): Tense | null {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (t && (t.pos === 'VERB' || t.pos === 'AUX')) return tenseAt(doc, i - 1 >= s.tokenStart ? i - 1 : i, i);
  }
  return null;
}

/** True when a time can carry the story: a calendar value in a main or adverbial clause, not a "since" start. */
function movesStory(doc: Analysis, t: TimeRecord): boolean {
  if ((t.kind !== 'date' && t.kind !== 'time') || !isCalendar(t.value)) return false;
  if (/\(since\)/.test(t.explanation)) return false;
  const clause = clauseOf(doc, t.tokenStart);
  if (isReported(doc, clause)) return false;
  return !(clause.opener && RELATIVE_OPENERS.has(clause.opener.lower));
}

export function narrativeTimes(doc: Analysis): (TimeRecord | null)[] {
  const bySentence = new Map<number, TimeRecord[]>();
  for (const t of doc.times) {
    if (!movesStory(doc, t)) continue;
    const list = bySentence.get(t.sentence) ?? [];
    list.push(t);
    bySentence.set(t.sentence, list);
  }
  const out: (TimeRecord | null)[] = [];
  let current: { time: TimeRecord; paragraph: number; tense: Tense | null } | null = null;
  for (const s of doc.sentences) {
    const own = bySentence.get(s.i);
    // (The tense matters only against a current time, or to start one.)
    const tense: Tense | null = current || own ? sentenceTense(doc, s) : null;
    if (current) {
      const tenseChanged = tense !== null && current.tense !== null && tense !== current.tense;
      if (tenseChanged || (s.paragraph !== current.paragraph && (tense === null || tense !== current.tense)))
        current = null;
    }
    out.push(current?.time ?? null);
    const last = own?.[own.length - 1];
    if (last) current = { time: last, paragraph: s.paragraph, tense };
    else if (current) current.paragraph = s.paragraph;
  }
  return out;
}
