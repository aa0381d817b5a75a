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

/** True unless the text is long enough to judge and has almost no English function words. */
export function looksEnglish(text: string): boolean {
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < 25) return true;
  let hits = 0;
  for (const w of words) if (ENGLISH.has(w)) hits++;
  return hits / words.length >= 0.08;
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
