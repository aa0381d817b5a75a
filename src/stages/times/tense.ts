/**
 * The tense of the clause around a token, judged from the nearest verb: past forms ("met", "was"), future
 * markers ("will", "going to", "is set to", "scheduled"), or present. Used to place weekdays and year-less
 * months ("met on Sunday" → the last Sunday; "will meet Friday" → the next).
 */
import type { Analysis, Token } from '../../analysis.js';
import { timesLexicon } from './lexicon.js';
import type { Tense } from './types.js';

const FUTURE_MODALS = new Set(['will', "'ll", '’ll', 'shall', 'wo', 'would']);
const PRESENT_BE = new Set(['is', 'are', 'am', "'s", '’s', "'re", '’re', "'m", '’m', 'be']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d", '’d']);
const PERFECT = new Set(['has', 'have', "'ve", '’ve']);
const HARD_STOPS = new Set([';', '“', '”', '"', '(', ')', '``', "''", '—']);
const WINDOW = 12;

/** A verb, unless a capital inside the sentence shows a mis-tagged name ("Capital Download"). */
function isVerb(doc: Analysis, t: Token): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  const prev = doc.tokens[t.i - 1];
  return !(
    /^[A-Z]/.test(t.text) &&
    prev !== undefined &&
    prev.sentence === t.sentence &&
    /^\w/.test(prev.text)
  );
}

/** The form of one verb token, or null when it does not decide (participles, gerunds). */
function formOf(doc: Analysis, t: Token): Tense | 'weak' | null {
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
  if (prev?.lower === 'to') return null; // an infinitive takes the tense of the verb that governs it
  if (PAST_AUX.has(t.lower)) return 'past';
  if (PERFECT.has(t.lower))
    return next && isVerb(doc, next) && next.lower !== next.lemma ? 'past' : 'present';
  if (before.some((b) => PERFECT.has(b.lower) || PAST_AUX.has(b.lower))) return 'past';
  if (PRESENT_BE.has(t.lower)) {
    // "are due Friday", "is expected to": present forms that schedule; "is meeting Monday" stays present.
    return next && lex.words.scheduleLemmas.includes(next.lower) ? 'future' : 'present';
  }
  if (t.lower.endsWith('ing')) return null;
  if (t.lower !== t.lemma && !t.lower.endsWith('s')) return 'past';
  // A base form ("meet") may be a present tense or a mis-tagged noun ("cease-and-desist"): weak evidence.
  return t.lower === t.lemma ? 'weak' : 'present';
}

const CLAUSE_WORDS = new Set([
  ',',
  'that',
  'which',
  'who',
  'whom',
  'where',
  'when',
  'while',
  'but',
  'and',
  'because',
  'although',
  'though',
  'if',
]);

function isClauseBoundary(t: Token): boolean {
  return HARD_STOPS.has(t.lower) || CLAUSE_WORDS.has(t.lower) || t.pos === 'SCONJ';
}

/**
 * The tense of the verb that governs a token range: first the nearest deciding verb to the left within the
 * clause (times attach to the verb before them: "met … on Sunday"), then to the right within the clause ("on
 * Sunday, officials met"), then the nearest in the sentence; null when no verb decides.
 */
export function tenseAt(doc: Analysis, tokenStart: number, tokenEnd = tokenStart + 1): Tense | null {
  const first = doc.tokens[tokenStart];
  if (!first) return null;
  const sentence = first.sentence;
  const inSentence = (t: Token | undefined): t is Token => t !== undefined && t.sentence === sentence;
  let weak = false;
  /** The tense a token decides, remembering base forms as weak evidence for the present. */
  const decide = (t: Token): Tense | null => {
    if (!isVerb(doc, t)) return null;
    const f = formOf(doc, t);
    if (f === 'weak') {
      weak = true;
      return null;
    }
    return f;
  };
  for (const step of [-1, 1]) {
    let i = step < 0 ? tokenStart - 1 : tokenEnd;
    for (let n = 0; n < WINDOW; n++, i += step) {
      const t = doc.tokens[i];
      if (!inSentence(t) || isClauseBoundary(t)) break;
      const f = decide(t);
      if (f) return f;
    }
  }
  let leftOpen = true;
  let rightOpen = true;
  for (let d = 1; d <= WINDOW && (leftOpen || rightOpen); d++) {
    if (leftOpen) {
      const t = doc.tokens[tokenStart - d];
      if (!inSentence(t) || HARD_STOPS.has(t.lower)) leftOpen = false;
      else {
        const f = decide(t);
        if (f) return f;
      }
    }
    if (rightOpen) {
      const t = doc.tokens[tokenEnd - 1 + d];
      if (!inSentence(t) || HARD_STOPS.has(t.lower)) rightOpen = false;
      else {
        const f = decide(t);
        if (f) return f;
      }
    }
  }
  return weak ? 'present' : null;
}

/** True when the nearest deciding verb is a present-tense verb of saying ("says Monday"). */
export function isSpeechAt(doc: Analysis, tokenStart: number): boolean {
  const lex = timesLexicon();
  for (let d = 1; d <= 3; d++) {
    for (const t of [doc.tokens[tokenStart - d], doc.tokens[tokenStart + d]]) {
      if (t && isVerb(doc, t) && lex.words.speechLemmas.includes(t.lemma)) return true;
    }
  }
  return false;
}
