import type { Analysis, Token } from './analysis.js';
import type { Span } from './types.js';

/** A span of the article text; `text` is always `doc.text.slice(start, end)`. */
export function span(doc: Pick<Analysis, 'text'>, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

/** The span covering tokens [from, to). */
export function tokenSpan(doc: Pick<Analysis, 'text' | 'tokens'>, from: number, to: number): Span {
  const first = doc.tokens[from] as Token;
  const last = doc.tokens[to - 1] as Token;
  return span(doc, first.start, last.end);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(
  outer: { start: number; end: number },
  inner: { start: number; end: number },
): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
