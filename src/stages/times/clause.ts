/**
 * Clauses, roughly: the tokens between clause openers ("that", "which", "when", a semicolon, a quotation mark).
 * Enough to tell a time in the clause of an event from one in a relative or reported clause beside it.
 */
import type { Analysis, Token } from '../../analysis.js';
import { timesLexicon } from './lexicon.js';

/** Tokens that open a new clause; the clause of a token runs between the nearest ones on each side. */
const CLAUSE_OPENERS = new Set([
  ';',
  ':',
  '“',
  '”',
  '"',
  '—',
  '–',
  '(',
  ')',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'while',
  'as',
  'after',
  'before',
  'because',
  'although',
  'though',
  'but',
  'whereas',
  'until',
  'since',
  'if',
  'unless',
]);
/** Openers of adverbial clauses, which share the time of the clause they hang on. */
export const ADVERBIAL = new Set([
  'when',
  'while',
  'as',
  'after',
  'before',
  'until',
  'since',
  'because',
  'where',
]);

function isOpener(t: Token): boolean {
  if (!CLAUSE_OPENERS.has(t.lower)) return false;
  // "as well as", "such as", "as many as": not clauses.
  return t.lower !== 'as' || t.pos === 'SCONJ';
}

export interface Clause {
  start: number;
  end: number;
  opener: Token | null;
}

export function clauseOf(doc: Analysis, tokenIndex: number): Clause {
  const token = doc.tokens[tokenIndex] as Token;
  const s = doc.sentences[token.sentence];
  const first = s?.tokenStart ?? tokenIndex;
  const last = s?.tokenEnd ?? tokenIndex + 1;
  let start = tokenIndex;
  while (start > first && !isOpener(doc.tokens[start - 1] as Token)) start--;
  let end = tokenIndex + 1;
  while (end < last && !isOpener(doc.tokens[end] as Token)) end++;
  const opener = start > first ? (doc.tokens[start - 1] as Token) : null;
  return { start, end, opener };
}

/** True when the clause reports what was said: "that" or a quotation after a verb of saying. */
export function isReported(doc: Analysis, clause: Clause): boolean {
  if (!clause.opener) return false;
  const speech = timesLexicon().words.speechLemmas;
  if (clause.opener.lower === 'that' || /^[“”"]$/.test(clause.opener.lower)) {
    for (let i = clause.opener.i - 1; i >= 0 && i >= clause.opener.i - 6; i--) {
      const t = doc.tokens[i] as Token;
      if (t.sentence !== clause.opener.sentence) break;
      if ((t.pos === 'VERB' || t.pos === 'AUX') && speech.includes(t.lemma)) return true;
    }
  }
  return false;
}
