/**
 * Shallow clause analysis over wink tokens and POS: noun-phrase chunks, verb groups (auxiliaries, negation,
 * modals), and the neighbours an event needs (subject to the left, object and prepositional phrases to the
 * right). Everything works inside one sentence and in token indices.
 */
import type { Analysis, Token } from '../../analysis.js';
import { grammar } from './lexicon.js';

export interface Chunk {
  start: number;
  /** Exclusive. */
  end: number;
  /** Head token (the last noun, proper noun or pronoun). */
  head: number;
  /** Tokens before "'s" when the chunk has a possessor ("Mr Blinken's meeting"). */
  possessor: { start: number; end: number } | null;
}

const NP_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
const HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

function tok(doc: Analysis, i: number): Token | undefined {
  return doc.tokens[i];
}

export function isPossessiveMark(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === "'s" || t.lower === '’s' || t.lower === "'" || t.lower === '’');
}

/** Whether a token can sit inside a noun phrase at position i (looking at its neighbours). */
function inNp(doc: Analysis, i: number, sentenceEnd: number): boolean {
  const t = tok(doc, i);
  if (!t || i >= sentenceEnd) return false;
  if (NP_POS.has(t.pos)) {
    if (t.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(t.lower)) return true;
    return true;
  }
  if (isPossessiveMark(t)) return true;
  const prev = tok(doc, i - 1);
  const next = tok(doc, i + 1);
  // Hyphens inside a compound written without spaces ("five-and-a-half-hour", "anti-American").
  if ((t.text === '-' || t.text === '–') && prev && next && prev.end === t.start && t.end === next.start)
    return true;
  if (t.pos === 'CCONJ' && prev && next && prev.end === t.start && t.end === next.start) return true;
  // Participles used as modifiers ("a planned visit", "deteriorating relations").
  if (
    t.pos === 'VERB' &&
    prev &&
    next &&
    ['DET', 'ADJ', 'PRON'].includes(prev.pos) &&
    ['NOUN', 'ADJ'].includes(next.pos)
  )
    return true;
  // Adverbs tagged inside a phrase ("an earlier version", "a very large force").
  if (
    t.pos === 'ADV' &&
    prev &&
    next &&
    (prev.pos === 'DET' || prev.pos === 'ADV') &&
    ['NOUN', 'ADJ', 'ADV'].includes(next.pos)
  )
    return true;
  // "of" inside a proper name ("Ministry of Foreign Affairs").
  if (t.lower === 'of' && prev?.pos === 'PROPN' && next?.pos === 'PROPN' && /^[A-Z]/.test(next.text))
    return true;
  return false;
}

/** Whether token i starts a new phrase even though it could continue the previous one. */
function breaksBefore(doc: Analysis, i: number): boolean {
  const t = tok(doc, i);
  const prev = tok(doc, i - 1);
  if (!t || !prev) return false;
  if (
    t.pos === 'DET' &&
    (prev.pos === 'NOUN' ||
      prev.pos === 'PROPN' ||
      (prev.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(prev.lower)))
  )
    return true;
  if (t.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(t.lower)) return true;
  if (prev.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(prev.lower)) return true;
  // A time word after a name ("in Beijing Monday") starts its own phrase.
  if (grammar().timeWords.has(t.lower) && prev.pos === 'PROPN' && !grammar().timeWords.has(prev.lower))
    return true;
  if (inTime(doc, i) !== inTime(doc, i - 1)) return true;
  return false;
}

const timeTokens = new WeakMap<Analysis, Uint8Array>();

/** Whether token i is inside a date or time expression (durations modify nouns: "a two-day visit"). */
function inTime(doc: Analysis, i: number): boolean {
  let marks = timeTokens.get(doc);
  if (!marks) {
    marks = new Uint8Array(doc.tokens.length);
    for (const time of doc.times)
      if (time.kind !== 'duration') marks.fill(1, time.tokenStart, Math.min(time.tokenEnd, marks.length));
    timeTokens.set(doc, marks);
  }
  return marks[i] === 1;
}

/** Chunk by token index, per document (undefined: not computed yet). */
const chunkCache = new WeakMap<Analysis, (Chunk | null | undefined)[]>();

/** The noun-phrase chunk covering token i, or null. */
export function chunkAt(doc: Analysis, i: number): Chunk | null {
  let cache = chunkCache.get(doc);
  if (!cache) {
    cache = new Array<Chunk | null | undefined>(doc.tokens.length);
    chunkCache.set(doc, cache);
  }
  const hit = cache[i];
  if (hit !== undefined) return hit;
  const run = npRunAt(doc, i);
  if (!run) {
    if (i >= 0 && i < cache.length) cache[i] = null;
    return null;
  }
  // Every token of the run finds the same run (its ends are breaks between tokens, wherever the scan starts),
  // so one computation serves them all.
  const chunk = finishChunk(doc, run.start, run.end);
  cache.fill(chunk, run.start, run.end);
  return chunk;
}

/** The run of noun-phrase tokens around token i, between phrase breaks, or null when i is in none. */
function npRunAt(doc: Analysis, i: number): { start: number; end: number } | null {
  const t = tok(doc, i);
  if (!t) return null;
  const s = doc.sentences[t.sentence];
  if (!s || !inNp(doc, i, s.tokenEnd)) return null;
  let start = i;
  while (start > s.tokenStart && inNp(doc, start - 1, s.tokenEnd) && !breaksBefore(doc, start)) start--;
  let end = i + 1;
  while (end < s.tokenEnd && inNp(doc, end, s.tokenEnd) && !breaksBefore(doc, end)) end++;
  return { start, end };
}

/** The chunk that starts at token i (or the next NP token after skipping adverbs), or null. */
export function chunkFrom(doc: Analysis, i: number, limit: number): Chunk | null {
  let j = i;
  for (;;) {
    const x = tok(doc, j);
    if (!x || j >= limit) return null;
    const next = tok(doc, j + 1);
    // Adverbs, verb particles, quantity prefixes ("more than", "at least", "up to") and participles before
    // the phrase ("reject proposed changes").
    if (x.pos === 'ADV' || (grammar().particles.has(x.lower) && next && NP_POS.has(next.pos))) j++;
    else if (grammar().quantityPairs.has(`${x.lower} ${next?.lower ?? ''}`)) j += 2;
    else if (x.pos === 'VERB' && /ed$/.test(x.lower) && next && ['ADJ', 'NOUN', 'PROPN'].includes(next.pos))
      j++;
    else break;
  }
  const t = tok(doc, j);
  if (!t) return null;
  const s = doc.sentences[t.sentence];
  if (!s || !inNp(doc, j, s.tokenEnd) || isPossessiveMark(t)) return null;
  let end = j + 1;
  while (end < Math.min(limit, s.tokenEnd) && inNp(doc, end, s.tokenEnd) && !breaksBefore(doc, end)) end++;
  const chunk = finishChunk(doc, j, end);
  // "dozens of protesters", "100 of the prisoners": the people, not the number.
  const head = chunk ? tok(doc, chunk.head) : undefined;
  const named = chunk ? doc.tokens.slice(chunk.start, chunk.end).some((x) => x.pos === 'PROPN') : false;
  if (
    chunk &&
    head &&
    !named &&
    (head.pos === 'NUM' || grammar().quantityNouns.has(head.lower)) &&
    tok(doc, chunk.end)?.lower === 'of'
  )
    return chunkFrom(doc, chunk.end + 1, limit) ?? chunk;
  return chunk;
}

function finishChunk(doc: Analysis, start: number, end: number): Chunk | null {
  // Trim trailing possessive marks and determiners.
  while (end > start && !HEAD_POS.has(tok(doc, end - 1)?.pos ?? 'X')) end--;
  if (end <= start) return null;
  let possessor: Chunk['possessor'] = null;
  for (let k = end - 1; k >= start; k--) {
    const t = tok(doc, k);
    if (isPossessiveMark(t) && k > start) {
      possessor = { start, end: k };
      break;
    }
  }
  if (!possessor) {
    const first = tok(doc, start);
    if (first && first.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(first.lower) && end > start + 1)
      possessor = { start, end: start + 1 };
  }
  return { start, end, head: end - 1, possessor };
}

export interface VerbGroup {
  /** First token of the group (auxiliaries, negation, adverbs before the verb). */
  start: number;
  verb: number;
  aux: Token[];
  passive: boolean;
}

export function verbGroup(doc: Analysis, verb: number): VerbGroup {
  const v = tok(doc, verb) as Token;
  const sStart = doc.sentences[v.sentence]?.tokenStart ?? 0;
  let start = verb;
  const aux: Token[] = [];
  for (let k = verb - 1; k >= sStart; k--) {
    const t = tok(doc, k) as Token;
    if (t.pos === 'AUX' || t.lower === 'not' || t.lower === "n't" || t.lower === 'to') {
      if (t.lower === 'to') break;
      aux.push(t);
      start = k;
    } else if (t.pos === 'ADV' && !grammar().groupStop.has(t.lower)) {
      aux.push(t);
      start = k;
    } else break;
  }
  const be = aux.some((a) => a.lemma === 'be' || a.lemma === 'get');
  // A past participle: regular -ed/-en, or an irregular form that differs from its lemma ("met", "shot").
  const participle =
    !v.lower.endsWith('ing') &&
    (/(ed|en|wn|ne|ht|lt|un|ot)$/.test(v.lower) || (v.lower !== v.lemma && !v.lower.endsWith('s')));
  const passive = be && participle && !aux.some((a) => a.lower === 'being' && false);
  return { start, verb, aux, passive };
}

/** Whether a token is a finite or non-finite verb we can treat as a clause verb. */
export function isVerbLike(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'VERB' || (t.pos === 'NOUN' && t.lower.endsWith('ing')));
}

export function sentenceOf(doc: Analysis, i: number): { start: number; end: number } {
  const s = doc.sentences[(tok(doc, i) as Token).sentence];
  return { start: s?.tokenStart ?? 0, end: s?.tokenEnd ?? doc.tokens.length };
}
