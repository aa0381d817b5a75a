/**
 * Attribution finding for a quoted stretch: the cue and the speaker phrase after the closing mark
 * ("…,” said X" / "…,” X said" / "…,” he added) or before the opening mark ("X said: “…”", "X told reporters,
 * “…”", "according to X, “…”"). Windows stay inside the paragraph and stop at the next quotation mark.
 */
import type { Token } from '../../analysis.js';
import type { Cue, Phrase } from './phrases.js';
import { cueAt, phraseAfter, phraseBefore } from './phrases.js';
import { isQuoteMark } from './tokens.js';
import { grammar } from './lexicon.js';

const G = grammar();

export type Layout =
  'after-inverted' | 'after' | 'before' | 'before-inverted' | 'according-to' | 'dash' | 'participle';

export interface Attribution {
  cue: Cue;
  phrase: Phrase;
  layout: Layout;
  /** True when words stand between the cue and the opening mark ("said the talks were “frank”"). */
  partial: boolean;
}

const LEAD = new Set([',', '—', '–', '-', ':']);
const ENDS = new Set(['.', '!', '?', ';']);
const SUBJECT_FOLLOWERS = new Set(['VERB', 'AUX', 'ADV']);
const NOT_BEFORE_SUBJECT = new Set(['VERB', 'AUX', 'ADP', 'PART', 'ADJ', 'NOUN', 'PROPN']);
const DASHES = new Set(['―', '—', '–', '-', '--']);

/** A cue that can frame a quotation: not a verb of intention or judgement ("wants", "criticized"). */
function quoteCue(tokens: readonly Token[], i: number): Cue | null {
  const cue = cueAt(tokens, i);
  return cue && (cue.verb === null || cue.verb.framesQuotes) ? cue : null;
}

/** "“…” ― Pamela Padilla": a dash and a name closing the paragraph sign the quotation. */
export function dashSignature(tokens: readonly Token[], t: number, ceiling: number): Attribution | null {
  const dash = tokens[t];
  if (dash === undefined || t >= ceiling || !DASHES.has(dash.text)) return null;
  const phrase = phraseAfter(tokens, t + 1, ceiling);
  if (!phrase || phrase.kind !== 'name') return null;
  let end = phrase.to;
  while (end < ceiling && ENDS.has((tokens[end] as Token).text)) end++;
  if (end < ceiling) return null;
  return {
    cue: { from: t, to: t + 1, id: 'dash-signature', verb: null, preposition: false },
    phrase,
    layout: 'dash',
    partial: false,
  };
}

/** After the closing mark: first token index `t`, last allowed `ceiling` (exclusive). */
export function attributionAfter(tokens: readonly Token[], t: number, ceiling: number): Attribution | null {
  const dash = dashSignature(tokens, t, ceiling);
  if (dash) return dash;
  let i = t;
  while (i < ceiling && LEAD.has((tokens[i] as Token).text)) i++;
  if (i >= ceiling) return null;
  // "…,” said X" / "…,” added Mr. Hass"
  const direct = quoteCue(tokens, i);
  if (direct && !direct.preposition && direct.verb?.inverts) {
    const phrase = phraseAfter(tokens, direct.to, ceiling);
    if (phrase) return { cue: direct, phrase, layout: 'after-inverted', partial: false };
    return null;
  }
  if (direct?.preposition) {
    const phrase = phraseAfter(tokens, direct.to, ceiling);
    if (phrase) return { cue: direct, phrase, layout: 'according-to', partial: false };
    return null;
  }
  // "…,” X said" / "…,” Rep. Jim Clyburn (D-S.C.), the assistant leader…, added"
  const phrase = phraseAfter(tokens, i, ceiling);
  if (!phrase) return null;
  let j = phrase.to;
  if (j < ceiling && (tokens[j] as Token).text === '(') {
    while (j < ceiling && (tokens[j] as Token).text !== ')') j++;
    j++;
  }
  // "Mr. Morgan of the Sierra Club said"
  if (j < ceiling && G.speakerPrepositions.has((tokens[j] as Token).lower)) {
    const pp = phraseAfter(tokens, j + 1, ceiling);
    if (pp) j = pp.to;
  }
  if (j < ceiling && (tokens[j] as Token).text === ',') {
    const k = appositiveEnd(tokens, j, ceiling);
    if (k < 0) return null;
    // A second appositive ("Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said").
    const second = cueAfterSpeaker(tokens, k + 1, ceiling) ? -1 : appositiveEnd(tokens, k, ceiling);
    j = (second >= 0 && cueAfterSpeaker(tokens, second + 1, ceiling) ? second : k) + 1;
  }
  const cue = cueAfterSpeaker(tokens, j, ceiling);
  return cue ? { cue, phrase, layout: 'after', partial: false } : null;
}

/** The comma closing an appositive that opens at the comma `j` (within 25 tokens, no sentence end), or -1. */
function appositiveEnd(tokens: readonly Token[], j: number, ceiling: number): number {
  let k = j + 1;
  while (k < Math.min(ceiling, j + 26) && (tokens[k] as Token).text !== ',') {
    if (isQuoteMark(tokens, k) || (ENDS.has((tokens[k] as Token).text) && !abbreviation(tokens, k)))
      return -1;
    k++;
  }
  return k;
}

/** The speech cue at `j`, past up to two auxiliaries or adverbs ("has also said"). */
function cueAfterSpeaker(tokens: readonly Token[], j: number, ceiling: number): Cue | null {
  let i = j;
  let skipped = 0;
  while (i < ceiling && skipped < 2 && G.betweenSpeakerAndCue.has((tokens[i] as Token).lower)) {
    i++;
    skipped++;
  }
  if (i >= ceiling) return null;
  const cue = quoteCue(tokens, i);
  return cue && !cue.preposition ? cue : null;
}

/**
 * Before the opening mark at token `o`: the nearest cue within the same stretch of text (`floor` is the first
 * token allowed: the paragraph start or the token after the previous quote).
 */
export function attributionBefore(tokens: readonly Token[], o: number, floor: number): Attribution | null {
  const lowest = Math.max(floor, o - 14);
  for (let c = o - 1; c >= lowest; c--) {
    const tok = tokens[c] as Token;
    if (ENDS.has(tok.text) || isQuoteMark(tokens, c)) return null;
    const cue = quoteCue(tokens, c);
    if (!cue) continue;
    if (cue.preposition) return accordingTo(tokens, cue, o);
    const between = o - cue.to;
    const lastBefore = tokens[o - 1] as Token;
    const intro = between === 0 || LEAD.has(lastBefore.text) || lastBefore.lower === 'that';
    // "…, saying, “…”", "I laughed and said, “…”": the speaker is the subject of the sentence.
    let b = c - 1;
    while (b > floor && G.adverbsBeforeCue.has((tokens[b] as Token).lower)) b--;
    const before = tokens[b];
    const joined =
      before !== undefined &&
      (before.lower === 'and' ||
        (tok.lower.endsWith('ing') && (before.text === ',' || G.participleLeads.has(before.lower))));
    if (joined && c > floor) {
      const main = sentenceSubject(tokens, c, floor);
      if (main) return { cue, phrase: main, layout: 'participle', partial: !intro };
    }
    const subject = phraseBefore(tokens, cue.from, floor);
    if (subject) return { cue, phrase: subject, layout: 'before', partial: !intro };
    // "said Trump: “…”" — only right before the quotation, never over other words.
    if (cue.verb?.inverts && intro) {
      const after = phraseAfter(tokens, cue.to, o);
      if (after) return { cue, phrase: after, layout: 'before-inverted', partial: false };
    }
    // A cue with no speaker of its own ("vowed to respond “…”"): the one before may have it.
  }
  return null;
}

function accordingTo(tokens: readonly Token[], cue: Cue, o: number): Attribution | null {
  const phrase = phraseAfter(tokens, cue.to, o);
  if (!phrase) return null;
  const lastBefore = tokens[o - 1] as Token;
  return { cue, phrase, layout: 'according-to', partial: !LEAD.has(lastBefore.text) };
}

/**
 * The subject of the sentence holding token `c`: its first name or personal pronoun that a verb, an adverb or
 * an appositive comma follows ("In a speech earlier in the day, Trump attacked …, saying, “…”").
 */
export function sentenceSubject(tokens: readonly Token[], c: number, floor: number): Phrase | null {
  const sentence = (tokens[c] as Token).sentence;
  let i = c - 1;
  while (i > floor && (tokens[i - 1] as Token).sentence === sentence) i--;
  for (let k = i; k < c; k++) {
    const p = phraseAfter(tokens, k, c);
    if (!p) continue;
    // Not an object or the noun of a prepositional phrase ("implored her to bring it back").
    const before = k > i ? (tokens[k - 1] as Token) : null;
    const governed = before !== null && NOT_BEFORE_SUBJECT.has(before.pos);
    const next = tokens[p.to];
    if (!governed && next && (SUBJECT_FOLLOWERS.has(next.pos) || next.text === ',' || next.text === '('))
      return p;
    k = p.to - 1;
  }
  return null;
}

/** A period that ends an abbreviation inside a phrase ("R-Ky.,"), not a sentence. */
export function abbreviation(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return (
    t.text === '.' && prev !== undefined && prev.end === t.start && next !== undefined && next.text === ','
  );
}
