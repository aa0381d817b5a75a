/** Input checks: every rejection is a DyadError that names the input. */
import { dyadError } from './errors.js';

/** Longest article dyad reads: ten times a long feature story; longer input is refused with TOO_LARGE. */
export const MAX_CHARS = 500_000;

const ENGLISH = new Set(
  'the of and to a in that is was for on with as by at from it he she they said his her their this be has have had are were an not but or which who will would'.split(
    ' ',
  ),
);

export function checkText(input: string, text: unknown): string {
  if (typeof text !== 'string') throw dyadError('NOT_TEXT', input);
  if (!text.trim()) throw dyadError('EMPTY_TEXT', input);
  if (text.length > MAX_CHARS) throw dyadError('TOO_LARGE', input, text.length, MAX_CHARS);
  // eslint-disable-next-line no-control-regex
  const control = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (control > 0 && control / text.length > 0.001) throw dyadError('BINARY_TEXT', input);
  const replacement = text.match(/\uFFFD/g)?.length ?? 0;
  if (replacement > 0 && replacement / text.length > 0.01) throw dyadError('BAD_ENCODING', input);
  if (!looksEnglish(text)) throw dyadError('UNKNOWN_LANGUAGE', input);
  return text;
}

/**
 * True unless the text is long enough to judge and has almost no English function words. The first 2,000
 * characters settle it when they are plainly English (a fifth of their words or more are function words);
 * otherwise the first 20,000 are counted.
 */
export function looksEnglish(text: string): boolean {
  const count = (s: string): WordCount => (SPECIAL_LOWERCASE.test(s) ? countByRegex(s) : countByScan(s));
  if (text.length > 2_000) {
    const quick = count(text.slice(0, 2_000));
    if (quick.words >= 100 && quick.hits / quick.words >= 0.2) return true;
  }
  const { words, hits } = count(text.slice(0, 20_000));
  if (words < 25) return true;
  return hits / words >= 0.08;
}

interface WordCount {
  words: number;
  hits: number;
}

/** Letters whose lowercase is not one letter that `\p{L}` segments alike (İ → i + U+0307; K → k). */
const SPECIAL_LOWERCASE = /[\u0130\u212a]/;
const LETTER = /\p{L}/uy;
const LONGEST_ENGLISH = Math.max(...[...ENGLISH].map((w) => w.length));

/** The plain definition: lowercase, split into runs of letters, look each run up. */
function countByRegex(head: string): WordCount {
  const words = head.toLowerCase().match(/\p{L}+/gu) ?? [];
  let hits = 0;
  for (const w of words) if (ENGLISH.has(w)) hits++;
  return { words: words.length, hits };
}

/** Width (code units) of the letter at `i`, 0 when there is none; ASCII without a regex. */
function letterWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  LETTER.lastIndex = i;
  return LETTER.test(s) ? LETTER.lastIndex - i : 0;
}

/**
 * The same counts as `countByRegex` without lowercasing the text or building the word list: letter runs are
 * found on the original text (lowercasing keeps letters letters, but for SPECIAL_LOWERCASE), and only short
 * ASCII runs are lowercased and looked up (every ENGLISH word is short ASCII).
 */
function countByScan(s: string): WordCount {
  let words = 0;
  let hits = 0;
  let i = 0;
  while (i < s.length) {
    let w = letterWidth(s, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    while (w > 0) {
      if (w > 1 || s.charCodeAt(i) >= 128) ascii = false;
      i += w;
      w = i < s.length ? letterWidth(s, i) : 0;
    }
    words++;
    if (ascii && i - start <= LONGEST_ENGLISH && ENGLISH.has(s.slice(start, i).toLowerCase())) hits++;
  }
  return { words, hits };
}

export function checkDate(input: string, value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw dyadError('BAD_DATE', input, String(value));
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!m) throw dyadError('BAD_DATE', input, value);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    throw dyadError('BAD_DATE', input, value);
  return `${m[1]}-${m[2]}-${m[3]}`;
}
