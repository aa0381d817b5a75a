/** Token lookups by offset (binary search over the sorted tokens) and small token predicates. */
import type { Token } from '../../analysis.js';
import { speechLexicon } from './lexicon.js';

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export function tokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»', "''", '``']);

/**
 * Whether token `i` is a double quotation mark; an apostrophe counts only as half of a two-apostrophe mark ('')
 * glued to its twin, never as the possessive in "veterans' families".
 */
export function isQuoteMark(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  if (QUOTE_MARKS.has(t.text)) return true;
  if (t.text !== "'") return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    (prev !== undefined && prev.text === "'" && prev.end === t.start) ||
    (next !== undefined && next.text === "'" && next.start === t.end)
  );
}

export function isPunct(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'PUNCT' || t.type === 'punctuation');
}

/** A capitalized word (wink tags many names as NOUN or ADJ at a sentence start). */
export function isCapitalized(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

const NAME_POS = new Set(['PROPN', 'NOUN', 'VERB', 'ADJ', 'X']);

/**
 * A word that can be part of a name: capitalized, and tagged PROPN — or NOUN/VERB/ADJ, since wink tags rarer
 * surnames ("Lynch", "Price") as common words — and not itself a speech cue ("Said", "Says" in a headline).
 */
export function isNameToken(t: Token | undefined): boolean {
  if (t === undefined || !isCapitalized(t) || !NAME_POS.has(t.pos)) return false;
  return t.pos === 'PROPN' || !speechLexicon().verbs.has(t.lower);
}

/** Word tokens (not punctuation) in [from, to). */
export function words(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!isPunct(tokens[i])) n++;
  return n;
}

export function hasComma(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((tokens[i] as Token).text === ',') return true;
  return false;
}

export function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const p = (tokens[i] as Token).pos;
    if (p === 'VERB' || p === 'AUX') return true;
  }
  return false;
}
