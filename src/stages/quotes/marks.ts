/**
 * Quotation-mark scanning: one pass over the text pairs opening and closing double quotation marks (curly,
 * straight, or mixed as typed) into quoted stretches. A paragraph that opens a quotation and does not close it,
 * followed by a paragraph that opens with a mark, continues the quotation (news style for multi-paragraph
 * quotes): each paragraph gives its own stretch, chained by `continues`.
 */
import type { Paragraph } from '../../analysis.js';

export interface Stretch {
  /** Offsets of the opening and closing marks (the close is the paragraph end for an open-ended stretch). */
  open: number;
  close: number;
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

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
}

function isMark(c: string | undefined): boolean {
  return c !== undefined && (c === STRAIGHT || OPEN_ONLY.has(c) || CLOSE_ONLY.has(c));
}

/** Whether the mark at `i` opens (true) or closes (false) a quotation, from its neighbours and its shape. */
function opens(text: string, i: number, isOpen: boolean): boolean {
  const c = text[i] as string;
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  const openSide = isSpace(prev) || BEFORE_OPEN.has(prev as string) || isMark(prev);
  const closeSide = isSpace(next) || /[.,;:!?)\]—–-]/.test(next as string) || isMark(next);
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

export function scanQuotes(text: string, paragraphs: readonly Paragraph[]): Stretch[] {
  const out: Stretch[] = [];
  let chained = false;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Paragraph;
    let open = -1;
    for (let i = para.start; i < para.end; i++) {
      const c = text[i];
      if (!isMark(c)) continue;
      const isOpener = opens(text, i, open >= 0);
      if (isOpener) {
        open = i;
        continue;
      }
      if (open < 0) continue;
      push(out, text, open, i, p, chained);
      chained = false;
      open = -1;
    }
    if (open >= 0) {
      const next = paragraphs[p + 1];
      const nextOpens = next !== undefined && isMark(text[next.start]) && opens(text, next.start, false);
      if (nextOpens) {
        push(out, text, open, para.end, p, chained);
        chained = true;
        continue;
      }
    }
    chained = false;
  }
  return out;
}

function push(
  out: Stretch[],
  text: string,
  open: number,
  close: number,
  paragraph: number,
  chained: boolean,
): void {
  const [start, end] = trimmed(text, open + 1, close);
  if (end <= start) return;
  out.push({ open, close, start, end, paragraph, continues: chained });
}
