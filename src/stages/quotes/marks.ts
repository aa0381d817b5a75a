/**
 * Quotation-mark scanning: one pass over the text pairs opening and closing double quotation marks (curly,
 * straight, two apostrophes, or mixed as typed) into quoted stretches. A paragraph that opens a quotation and
 * does not close it, followed by a paragraph that opens with a mark, continues the quotation (news style for
 * multi-paragraph quotes): each paragraph gives its own stretch, chained by `continues`. A quotation inside a
 * quotation nests and is part of the outer stretch, unless the outer mark is never closed (a paragraph opened
 * with a block-quote mark), where the inner quotations stand alone.
 */
import type { Paragraph } from '../../analysis.js';

export interface Stretch {
  /** Offsets of the opening and closing marks (the close is the paragraph end for an open-ended stretch). */
  open: number;
  close: number;
  /** Offset just after the closing mark (`close` for an open-ended stretch). */
  closeEnd: number;
  /** The quoted words without the marks, trimmed. */
  start: number;
  end: number;
  paragraph: number;
  /** True when this stretch continues the previous one from an earlier paragraph (no closing mark there). */
  continues: boolean;
}

const OPEN_ONLY = new Set(['“', '„', '«']);
const CLOSE_ONLY = new Set(['”', '»']);
const STRAIGHT = '"';
const BEFORE_OPEN = new Set(['(', '[', '—', '–', '-', '/', ':', ',']);
const AFTER_CLOSE = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '—', '–', '-']);

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
}

function isMark(c: string | undefined): boolean {
  return c !== undefined && (c === STRAIGHT || OPEN_ONLY.has(c) || CLOSE_ONLY.has(c));
}

const APOSTROPHE = 39;

/** Where `markAt` can be non-zero: a double mark or two apostrophes (found by the regex engine's scan). */
const CANDIDATE = /["«»“”„]|''/g;

/** Width of the quotation mark at `i`: 1, 2 for two apostrophes typed as a double mark (''), or 0. */
function markAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  // Fast path: every mark is '"' (34), "'" (39), « (171), » (187) or “ ” „ (8220–8222).
  if (code !== 34 && code !== APOSTROPHE && code !== 171 && code !== 187 && (code < 8220 || code > 8222))
    return 0;
  if (code !== APOSTROPHE) return 1;
  const next = text.charCodeAt(i + 1);
  if (next === APOSTROPHE && text.charCodeAt(i - 1) !== APOSTROPHE && text.charCodeAt(i + 2) !== APOSTROPHE)
    return 2;
  return 0;
}

/** Whether the mark at `i` opens (true) or closes (false) a quotation, from its neighbours and its shape. */
function opens(text: string, i: number, isOpen: boolean, width: number): boolean {
  const c = text[i] as string;
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + width];
  const openSide = isSpace(prev) || BEFORE_OPEN.has(prev as string) || isMark(prev);
  const closeSide = isSpace(next) || AFTER_CLOSE.has(next as string) || isMark(next);
  if (openSide && !isSpace(next) && !closeSide) return true;
  if (closeSide && !isSpace(prev) && !openSide) return false;
  if (OPEN_ONLY.has(c)) return true;
  if (CLOSE_ONLY.has(c)) return false;
  return !isOpen;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return [s, e];
}

interface Open {
  at: number;
  width: number;
}

export function scanQuotes(text: string, paragraphs: readonly Paragraph[]): Stretch[] {
  const out: Stretch[] = [];
  let chained = false;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Paragraph;
    // Open marks, outermost first: a quotation inside a quotation (“… “hell” …”, "… “…” …") nests.
    const stack: Open[] = [];
    // Quotations closed inside a mark left open: they stand alone if the outer mark never closes.
    const inner: Stretch[] = [];
    CANDIDATE.lastIndex = para.start;
    for (let m = CANDIDATE.exec(text); m !== null && m.index < para.end; m = CANDIDATE.exec(text)) {
      const i = m.index;
      const width = markAt(text, i);
      CANDIDATE.lastIndex = i + Math.max(width, 1);
      if (width === 0) continue;
      const c = text[i] as string;
      const top = stack[stack.length - 1];
      if (opens(text, i, top !== undefined, width)) {
        // The same straight mark opening again while open restarts the stretch (a stray mark before it).
        if (top !== undefined && c === text[top.at] && !OPEN_ONLY.has(c)) stack.pop();
        stack.push({ at: i, width });
      } else if (top !== undefined) {
        stack.pop();
        if (stack.length > 0) push(inner, text, top, i, i + width, p, false);
        else {
          push(out, text, top, i, i + width, p, chained);
          chained = false;
          inner.length = 0;
        }
      }
    }
    const outer = stack[0];
    if (outer === undefined) {
      chained = false;
      continue;
    }
    out.push(...inner);
    const next = paragraphs[p + 1];
    const width = next === undefined ? 0 : markAt(text, next.start);
    if (next !== undefined && width > 0 && opens(text, next.start, false, width)) {
      push(out, text, outer, para.end, para.end, p, chained);
      chained = true;
      continue;
    }
    chained = false;
  }
  return out.sort((a, b) => a.open - b.open);
}

function push(
  out: Stretch[],
  text: string,
  open: Open,
  close: number,
  closeEnd: number,
  paragraph: number,
  chained: boolean,
): void {
  const [start, end] = trimmed(text, open.at + open.width, close);
  if (end <= start) return;
  out.push({ open: open.at, close, closeEnd, start, end, paragraph, continues: chained });
}
