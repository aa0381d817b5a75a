/**
 * The tense of the clause around a token, judged from the nearest verb: past forms ("met", "was"), future
 * markers ("will", "going to", "is set to", "scheduled"), or present. Used to place weekdays and year-less
 * months ("met on Sunday" → the last Sunday; "will meet Friday" → the next).
 */
import type { Analysis, Token } from '../../analysis.js';
import { timesLexicon } from './lexicon.js';
import type { Tense } from './types.js';

const FUTURE_MODALS = new Set([
  'will',
  "'ll",
  '’ll',
  'shall',
  'wo',
  'would',
  'could',
  'might',
  'may',
  'must',
  'should',
  'can',
]);
const PRESENT_BE = new Set(['is', 'are', 'am', "'s", '’s', "'re", '’re', "'m", '’m', 'be']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d", '’d']);
const PERFECT = new Set(['has', 'have', "'ve", '’ve']);
const HARD_STOPS = new Set([';', '“', '”', '"', '(', ')', '``', "''", '—']);
const WINDOW = 12;

function isVerb(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

/** The form of one verb token, or null when it does not decide (participles, gerunds). */
function formOf(doc: Analysis, t: Token): Tense | null {
  const { tokens } = doc;
  const lex = timesLexicon();
  const next = tokens[t.i + 1];
  const prev = tokens[t.i - 1];
  const prev2 = tokens[t.i - 2];
  const before = [prev, prev2].filter((x): x is Token => x !== undefined && x.sentence === t.sentence);
  if (FUTURE_MODALS.has(t.lower)) return 'future';
  if (lex.words.scheduleLemmas.includes(t.lower) || lex.words.scheduleLemmas.includes(t.lemma)) {
    if (next?.lower === 'to' || next?.lower === 'for') return 'future';
  }
  if (t.lower === 'going' && next?.lower === 'to') return 'future';
  if (before.some((b) => FUTURE_MODALS.has(b.lower))) return 'future';
  if (prev?.lower === 'to' && t.lower === t.lemma) return 'future';
  if (PAST_AUX.has(t.lower)) return 'past';
  if (PERFECT.has(t.lower)) return next && isVerb(next) && next.lower !== next.lemma ? 'past' : 'present';
  if (before.some((b) => PERFECT.has(b.lower) || PAST_AUX.has(b.lower))) return 'past';
  if (PRESENT_BE.has(t.lower)) {
    // "is meeting Monday", "are due Friday": present forms that schedule.
    return next && (next.lower.endsWith('ing') || lex.words.scheduleLemmas.includes(next.lower))
      ? 'future'
      : 'present';
  }
  if (t.lower.endsWith('ing')) return null;
  if (t.lower !== t.lemma && !t.lower.endsWith('s')) return 'past';
  if (lex.words.speechLemmas.includes(t.lemma)) return 'present';
  return 'present';
}

/** The tense of the nearest deciding verb within the sentence, or null. */
export function tenseAt(doc: Analysis, tokenStart: number, tokenEnd = tokenStart + 1): Tense | null {
  const first = doc.tokens[tokenStart];
  if (!first) return null;
  const sentence = first.sentence;
  let leftOpen = true;
  let rightOpen = true;
  for (let d = 1; d <= WINDOW && (leftOpen || rightOpen); d++) {
    if (leftOpen) {
      const t = doc.tokens[tokenStart - d];
      if (!t || t.sentence !== sentence || HARD_STOPS.has(t.lower)) leftOpen = false;
      else if (isVerb(t)) {
        const f = formOf(doc, t);
        if (f) return f;
      }
    }
    if (rightOpen) {
      const t = doc.tokens[tokenEnd - 1 + d];
      if (!t || t.sentence !== sentence || HARD_STOPS.has(t.lower)) rightOpen = false;
      else if (isVerb(t)) {
        const f = formOf(doc, t);
        if (f) return f;
      }
    }
  }
  return null;
}

/** True when the nearest deciding verb is a present-tense verb of saying ("says Monday"). */
export function isSpeechAt(doc: Analysis, tokenStart: number): boolean {
  const lex = timesLexicon();
  for (let d = 1; d <= 3; d++) {
    for (const t of [doc.tokens[tokenStart - d], doc.tokens[tokenStart + d]]) {
      if (t && isVerb(t) && lex.words.speechLemmas.includes(t.lemma)) return true;
    }
  }
  return false;
}
