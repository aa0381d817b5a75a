/**
 * Where reported content ends: the sentence end without its closing punctuation, cut short where the reporter's
 * own words or another report begin.
 */
import type { Sentence, Token } from '../../analysis.js';
import { cueAt, phraseAfter } from './phrases.js';
import { hasVerb, isNameToken, isPunct, isQuoteMark, words } from './tokens.js';
import type { Complement, CueVerb } from './lexicon.js';
import type { Cue, Phrase } from './phrases.js';
import { grammar, speechLexicon } from './lexicon.js';

const G = grammar();

export type Rule =
  | 'reported-clause'
  | 'clause-then-attribution'
  | 'clause-then-inverted'
  | 'parenthetical'
  | 'according-to'
  | 'colon-lead';

export interface TokenRange {
  from: number;
  to: number;
}

export interface Found {
  rule: Rule | `complement-${Complement}`;
  cue: Cue;
  phrase: Phrase;
  from: number;
  to: number;
}

/** Fewest words a reported clause may have. */
export const MIN_WORDS = 4;

/** Last token of the sentence that is not closing punctuation. */
export function contentEnd(tokens: readonly Token[], s: Sentence): number {
  let e = s.tokenEnd;
  // (A closing quotation mark stays, with what it closes: "… was “unhinged.”")
  while (e > s.tokenStart && isPunct(tokens[e - 1]) && !isQuoteMark(tokens, e - 1)) e--;
  return e;
}

/**
 * Where reported content ends before the sentence does: at ";" or "— and"; at ", citing …" / ", saying …" (a
 * participle cue opens another report); at ", but …" / ", which …" (lexicon `contentBreaks`: the reporter's own
 * addition); at "and said …" (another report of the same speaker); or at "and <the or a name> … <verb>" (a new
 * clause with a subject of its own), once the content has a verb.
 */
export function cutContent(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from + 1; i < to - 1; i++) {
    const t = tokens[i] as Token;
    if (t.text === ';') return i;
    // "… would be more intense — and he noted …"
    if (DASHES.has(t.text) && (tokens[i + 1] as Token).pos === 'CCONJ' && clause(tokens, from, i)) return i;
    if (t.lower === 'and') {
      // "… and warned against …": a second speech verb of the same speaker starts another report.
      const cue = cueAt(tokens, i + 1);
      if (cue && startsReport(cue.verb)) return i;
      // (Not "a pledge he and other candidates made", "left his and other generals' hands tied".)
      const before = (tokens[i - 1] as Token).pos;
      if (before !== 'PRON' && before !== 'DET' && newClause(tokens, i + 1, to) && clause(tokens, from, i))
        return i;
      continue;
    }
    // "… to bolster defense spending but has said …": another report of the speaker's own.
    if (t.lower === 'but' && reportAt(tokens, i + 1) && words(tokens, from, i) >= 2) return i;
    if (t.text !== ',') continue;
    const next = tokens[i + 1] as Token;
    if (G.contentBreaks.has(next.lower) && clause(tokens, from, i)) return i;
    if (next.lower.endsWith('ing') && cueAt(tokens, i + 1)) return i;
    if (next.lower === 'and' && newClause(tokens, i + 2, to) && clause(tokens, from, i)) return i;
    if (newClause(tokens, i + 1, to) && clause(tokens, from, i)) return i;
  }
  return to;
}

const DASHES = new Set(['--', '—', '–', '―']);

/**
 * A study, poll or video as the subject ("a USA TODAY analysis … shows", "one study found"): it reports its
 * findings without "that", and a verb of finding takes its object as content ("the average shows Clinton ahead").
 */
export function evidence(tokens: readonly Token[], phrase: Phrase): boolean {
  if (phrase.kind === 'pronoun') return false;
  const nouns = speechLexicon().evidenceNouns;
  const is = (t: Token): boolean => nouns.has(t.lower) || nouns.has(t.lemma);
  // The head is the last word, or the one before "of"/"from" ("leaked documents from his 1995 tax return").
  for (let i = phrase.from + 1; i < phrase.to; i++)
    if (G.phraseLinks.has((tokens[i] as Token).lower) && is(tokens[i - 1] as Token)) return true;
  return is(tokens[phrase.to - 1] as Token);
}

/**
 * Whether a cue after "and" starts a report of its own: a speech verb ("and warned …") or a judgement ("and
 * criticized …"); not a verb of belief without "that" ("and thought of …") or of intention ("and refused to …").
 */
function startsReport(verb: CueVerb | null): boolean {
  if (verb === null) return true;
  return (verb.indirect && !verb.needsThat) || verb.complements.has('object');
}

/** A cue that starts a report at `k`, past up to two auxiliaries or adverbs ("has also said"). */
function reportAt(tokens: readonly Token[], k: number): boolean {
  let i = k;
  while (i < k + 2 && G.betweenSpeakerAndCue.has((tokens[i] as Token | undefined)?.lower ?? '')) i++;
  const cue = cueAt(tokens, i);
  return cue !== null && startsReport(cue.verb);
}

/** Enough words with a verb to stand as reported content. */
export function clause(tokens: readonly Token[], from: number, to: number): boolean {
  return words(tokens, from, to) >= MIN_WORDS && hasVerb(tokens, from, to);
}

/** "Democrats accused …", "the downgrade is casting …": a subject phrase and its verb start at `k`. */
export function newClause(tokens: readonly Token[], k: number, end: number): boolean {
  const first = tokens[k];
  // A bare noun is more often the second half of a coordinated subject ("stability and prosperity are").
  if (
    first === undefined ||
    !(G.determiners.has(first.lower) || isNameToken(first)) ||
    first.lower === 'that'
  )
    return false;
  const subject = phraseAfter(tokens, k, end);
  if (!subject) return false;
  const verb = tokens[subject.to];
  return verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && !verb.lower.endsWith('ing');
}
