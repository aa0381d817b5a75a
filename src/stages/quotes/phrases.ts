/**
 * Cue and noun-phrase chunking over tokens: where a speech cue stands, and the speaker phrase before or after
 * it ("Jessica Chen Weiss", "Rep. Gwen Moore (D-Wis.)", "he", "the department's written summary").
 */
import type { Token } from '../../analysis.js';
import type { CueVerb } from './lexicon.js';
import { grammar, speechLexicon } from './lexicon.js';
import { isCapitalized, isNameToken, isQuoteMark } from './tokens.js';

const G = grammar();

export interface Cue {
  /** Token range of the cue ("said", "pointed out", "according to"). */
  from: number;
  to: number;
  /** Lexicon entry id. */
  id: string;
  verb: CueVerb | null;
  /** True for "according to". */
  preposition: boolean;
}

export type PhraseKind = 'name' | 'pronoun' | 'noun';

export interface Phrase {
  from: number;
  to: number;
  kind: PhraseKind;
}

/** Tokens that may stand between a speaker and the cue ("has also said", "later added"). */
const NP_INNER = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);
const NP_END = new Set(['NOUN', 'PROPN', 'NUM']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const DASHES = new Set(['--', '—', '–']);

export function cueAt(tokens: readonly Token[], t: number): Cue | null {
  const tok = tokens[t];
  const lex = speechLexicon();
  if (tok === undefined || !lex.firstWords.has(tok.lower)) return null;
  const next = tokens[t + 1];
  const prep = lex.prepositions.get(tok.lower);
  if (prep && next) {
    const id = prep.get(next.lower);
    if (id) return { from: t, to: t + 2, id, verb: null, preposition: true };
  }
  const phr = lex.phrasal.get(tok.lower);
  if (phr && next) {
    const verb = phr.get(next.lower);
    // ("percentage points to 4.2 percent": a noun, not "points to".)
    const prev = tokens[t - 1];
    const verbal =
      tok.pos === 'VERB' ||
      tok.pos === 'AUX' ||
      prev === undefined ||
      prev.pos === 'PROPN' ||
      prev.pos === 'PRON';
    if (verb && verbal) return { from: t, to: t + 2, id: verb.id, verb, preposition: false };
  }
  const verb = lex.verbs.get(tok.lower);
  if (!verb) return null;
  if (tok.pos !== 'VERB' && tok.pos !== 'AUX') {
    // wink tags "tweets", "says" as nouns now and then: a cue only as a verb form in -s right after a name or
    // pronoun ("Trump tweets"), never a noun like "the Times report".
    const prev = tokens[t - 1];
    if (tok.pos !== 'NOUN' || !tok.lower.endsWith('s') || prev === undefined) return null;
    if (prev.pos !== 'PROPN' && prev.pos !== 'PRON') return null;
    // "so many Republican claims" is a noun phrase.
    const before = tokens[t - 2];
    if (before !== undefined && (G.determiners.has(before.lower) || before.pos === 'ADJ')) return null;
  }
  // "in hopes that", "the claims": after a preposition or a determiner the word is a noun (but "by saying …").
  const before = tokens[t - 1];
  if (
    before !== undefined &&
    !tok.lower.endsWith('ing') &&
    (before.pos === 'ADP' || G.determiners.has(before.lower)) &&
    before.lower !== 'that'
  )
    return null;
  // A capitalized cue word inside a sentence is a name or a title ("Said", "Post"), not a cue — except a
  // headline's present tense after a name ("Clinton Hid Past Health Problems, Former White House Doctor Says").
  if (isCapitalized(tok) && t > 0 && (tokens[t - 1] as Token).sentence === tok.sentence) {
    const headline = tok.lower.endsWith('s') && isNameToken(tokens[t - 1]) && tok.pos === 'VERB';
    if (!headline) return null;
  }
  return { from: t, to: t + 1, id: verb.id, verb, preposition: false };
}

export function isTimeWord(t: Token | undefined): boolean {
  return t !== undefined && G.timeWords.has(t.lower);
}

function isName(t: Token | undefined): boolean {
  return isNameToken(t) && !isTimeWord(t);
}

/** Index of the matching "(" for a ")" at `t`, looking back at most 12 tokens; -1 when none. */
function openParen(tokens: readonly Token[], t: number, floor: number): number {
  for (let i = t - 1; i >= Math.max(floor, t - 12); i--) if ((tokens[i] as Token).text === '(') return i;
  return -1;
}

/**
 * The speaker phrase that ends just before token `end` (exclusive), looking no further back than `floor`:
 * skips auxiliaries and adverbs, a parenthetical "(D-Wis.)" and an appositive ", the assistant leader of…,".
 */
export function phraseBefore(tokens: readonly Token[], end: number, floor: number): Phrase | null {
  let e = end - 1;
  let skipped = 0;
  while (
    e >= floor &&
    skipped < 4 &&
    (G.betweenSpeakerAndCue.has((tokens[e] as Token).lower) || isTimeWord(tokens[e]))
  ) {
    e--;
    skipped++;
    // "this month", "last week", "on Monday"
    if (e >= floor && G.timeLeads.has((tokens[e] as Token).lower)) e--;
  }
  if (e < floor) return null;
  if ((tokens[e] as Token).text === ')') {
    const p = openParen(tokens, e, floor);
    if (p < 0) return null;
    e = p - 1;
  } else if (DASHES.has((tokens[e] as Token).text)) {
    // "Kall -- co-editor of a book on the debates -- said": the speaker stands before the first dash.
    let c = e - 1;
    while (c >= Math.max(floor, e - 30) && !DASHES.has((tokens[c] as Token).text)) c--;
    if (c < floor || !DASHES.has((tokens[c] as Token).text)) return null;
    e = c - 1;
  } else if ((tokens[e] as Token).text === ',') {
    // Appositive: ", a Cornell professor," — find the comma that opens it; the speaker stands before that,
    // unless the appositive is the name itself ("A lawyer for the outlets, David Schulz, said").
    let c = e - 1;
    while (c >= Math.max(floor, e - 26)) {
      const tok = tokens[c] as Token;
      if (tok.text === ',') break;
      if (
        isQuoteMark(tokens, c) ||
        (tok.text === '.' && !(tokens[c + 1]?.text === ',' && tok.start === (tokens[c - 1] as Token).end))
      )
        return null;
      c--;
    }
    if (c < floor || (tokens[c] as Token).text !== ',') return null;
    const inner = e - 1 > c ? phraseEndingAt(tokens, e - 1, c + 1) : null;
    if (inner && inner.kind === 'name' && inner.from === c + 1) return inner;
    e = c - 1;
    if (e >= floor && (tokens[e] as Token).text === ')') {
      const p = openParen(tokens, e, floor);
      if (p < 0) return null;
      e = p - 1;
    }
  }
  if (e < floor) return null;
  return phraseEndingAt(tokens, e, floor);
}

/** Whether token `i` is glued to the one before it (no space): wink splits "Vučić" into "Vu", "č", "i", "ć". */
export function glued(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  return prev !== undefined && prev.end === t.start && t.pos !== 'PUNCT' && !POSSESSIVE.has(t.text);
}

/** The first token of the name word that ends at token `i` ("Vu" for the "ć" of "Vučić"), or -1. */
function nameWordStart(tokens: readonly Token[], i: number, floor: number): number {
  let j = i;
  while (j > floor && glued(tokens, j) && j > i - 6) j--;
  return isName(tokens[j]) ? j : -1;
}

/** Whether token `i` continues a hyphenated name ("Park Geun-hye", "Holtz-Eakin"): glued to "-" glued to a name. */
function hyphenated(tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i - 1];
  const before = tokens[i - 2];
  const t = tokens[i] as Token;
  return (
    dash !== undefined &&
    before !== undefined &&
    dash.text === '-' &&
    dash.start === before.end &&
    t.start === dash.end &&
    isName(before)
  );
}

/** The phrase whose last token is `e`. */
export function phraseEndingAt(tokens: readonly Token[], e: number, floor: number): Phrase | null {
  const last = tokens[e] as Token;
  const lex = speechLexicon();
  if (last.pos === 'PRON' && lex.pronouns.has(last.lower)) return { from: e, to: e + 1, kind: 'pronoun' };
  const word = nameWordStart(tokens, e, floor);
  if (word >= 0 || (e - 2 >= floor && hyphenated(tokens, e))) {
    let s = word >= 0 ? word : e;
    for (;;) {
      if (s - 2 >= floor && hyphenated(tokens, s)) s -= 2;
      else {
        const previous = s - 1 >= floor ? nameWordStart(tokens, s - 1, floor) : -1;
        if (previous < 0) break;
        s = previous;
      }
    }
    return { from: s, to: e + 1, kind: 'name' };
  }
  // wink tags some nouns after a possessive as adjectives ("Ivana Trump's brief said").
  const before = tokens[e - 1];
  const possessed =
    last.pos === 'ADJ' &&
    before !== undefined &&
    (POSSESSIVE.has(before.text) || before.pos === 'NOUN' || before.pos === 'ADJ');
  if (last.pos !== 'NOUN' && last.pos !== 'NUM' && !possessed) return null;
  let s = e;
  for (let i = e - 1; i >= Math.max(floor, e - 12); i--) {
    const tok = tokens[i] as Token;
    if (G.determiners.has(tok.lower)) {
      s = i;
      // "Nearly eight of 10 voters", "Experts on North Korea and nuclear nonproliferation": a noun phrase
      // governed by the one before it.
      const link = tokens[i - 1];
      if (
        link !== undefined &&
        i - 2 >= floor &&
        G.phraseLinks.has(link.lower) &&
        NP_END.has((tokens[i - 2] as Token).pos)
      ) {
        i -= 1;
        continue;
      }
      // "Many of his supporters", "most of the voters"
      const quantifier = tokens[i - 2];
      if (link?.lower === 'of' && i - 2 >= floor && quantifier && G.quantifiers.has(quantifier.lower))
        s = i - 2;
      break;
    }
    if (
      NP_INNER.has(tok.pos) ||
      POSSESSIVE.has(tok.text) ||
      tok.text === '-' ||
      (tok.pos === 'VERB' && /(?:ed|en)$/.test(tok.lower))
    ) {
      s = i;
      continue;
    }
    if (G.phraseLinks.has(tok.lower) && i - 1 >= floor && NP_END.has((tokens[i - 1] as Token).pos)) continue;
    break;
  }
  while (
    s < e &&
    (G.phraseLinks.has((tokens[s] as Token).lower) || POSSESSIVE.has((tokens[s] as Token).text))
  )
    s++;
  return { from: s, to: e + 1, kind: 'noun' };
}

/** The speaker phrase that starts at token `start` ("said Jessica Chen Weiss, a…", "added Mr. Hass"). */
export function phraseAfter(tokens: readonly Token[], start: number, ceiling: number): Phrase | null {
  const first = tokens[start];
  if (first === undefined || start >= ceiling) return null;
  const lex = speechLexicon();
  if (first.pos === 'PRON' && lex.pronouns.has(first.lower))
    return { from: start, to: start + 1, kind: 'pronoun' };
  const determiner = G.determiners.has(first.lower) && first.lower !== 'that';
  const numbered = first.pos === 'NUM' && NP_END.has((tokens[start + 1] as Token | undefined)?.pos ?? 'X');
  if (!isName(first) && !determiner && !numbered && first.pos !== 'NOUN' && first.pos !== 'ADJ') return null;
  // "Clinton campaign spokesman Brian Fallon", "the ad's narrator", "Mr. Hass"
  let e = start;
  let head = -1;
  while (e < ceiling && e < start + 10) {
    const tok = tokens[e] as Token;
    if (tok.text === '-' && e + 1 < ceiling && hyphenated(tokens, e + 1)) {
      head = e + 1;
      e += 2;
      continue;
    }
    // Pieces wink split off a name ("Vu|č|i|ć") belong to it.
    const piece =
      head === e - 1 && e > start && glued(tokens, e) && isName(tokens[nameWordStart(tokens, e, start)]);
    const inner =
      piece || isName(tok) || (NP_INNER.has(tok.pos) && !isTimeWord(tok)) || POSSESSIVE.has(tok.text);
    if (!inner && !(e === start && determiner)) break;
    if (piece || isName(tok) || tok.pos === 'NOUN') head = e;
    e++;
  }
  // "the EU's foreign policy chief said": wink tags a head noun before the verb as an adjective.
  const last = tokens[e - 1] as Token;
  if (e - 1 > start && last.pos === 'ADJ' && tokens[e]?.pos === 'VERB') head = e - 1;
  if (head < 0) return null;
  const word = nameWordStart(tokens, head, start);
  if (word >= 0 || hyphenated(tokens, head)) {
    let s = word >= 0 ? word : head;
    for (;;) {
      if (s - 2 >= start && hyphenated(tokens, s)) s -= 2;
      else {
        const previous = s - 1 >= start ? nameWordStart(tokens, s - 1, start) : -1;
        if (previous < 0) break;
        s = previous;
      }
    }
    return { from: s, to: head + 1, kind: 'name' };
  }
  return { from: start, to: head + 1, kind: 'noun' };
}
