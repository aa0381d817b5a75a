import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { DyadError } from '../src/errors.js';
import { checkDate, looksEnglish } from '../src/validate.js';

describe('input validation', () => {
  it.each([
    ['empty', '', 'EMPTY_TEXT'],
    ['blank', '  \n\t ', 'EMPTY_TEXT'],
    ['binary', 'PK\u0003\u0004\u0000\u0001\u0002'.repeat(20), 'BINARY_TEXT'],
    ['too large', 'The minister met officials. '.repeat(20_000), 'TOO_LARGE'],
    ['mis-decoded', 'caf\uFFFD '.repeat(50), 'BAD_ENCODING'],
    [
      'not English',
      'Der Außenminister traf sich am Montag mit seinem Amtskollegen in Peking, um über die Beziehungen zwischen beiden Ländern zu sprechen. Die Gespräche dauerten mehrere Stunden und wurden als konstruktiv beschrieben.',
      'UNKNOWN_LANGUAGE',
    ],
  ])('refuses %s text with a message that names the input', (_name, text, code) => {
    try {
      extract(text, { id: 'doc-7' });
      expect.unreachable('extract should have thrown');
    } catch (err) {
      expect(err).toBeInstanceOf(DyadError);
      expect((err as DyadError).code).toBe(code);
      expect((err as DyadError).message).toContain('doc-7');
    }
  });

  it('refuses text that is not a string', () => {
    expect(() => extract(42 as unknown as string, { id: 'n' })).toThrow(/"text" must be a string/);
  });

  it.each([
    ['2023-06-19', '2023-06-19'],
    ['2023-06-19T08:02:00', '2023-06-19'],
    ['1998-02-19T08:02:00Z', '1998-02-19'],
    [null, null],
    [undefined, null],
  ])('accepts the date %j as %j', (value, expected) => {
    expect(checkDate('x', value)).toBe(expected);
  });

  it.each(['2023-02-30', '19-06-2023', 'yesterday', '2023-13-01'])('rejects the date %j', (value) => {
    expect(() => checkDate('doc-1', value)).toThrow(/doc-1: publication date/);
  });

  it('does not judge the language of short texts', () => {
    expect(looksEnglish('Kyiv, Ukraine')).toBe(true);
  });
  /** The definition looksEnglish must keep: share of ENGLISH words among the \p{L}+ runs of the lowercased text. */
  const ENGLISH_WORDS = new Set(
    'the of and to a in that is was for on with as by at from it he she they said his her their this be has have had are were an not but or which who will would'.split(
      ' ',
    ),
  );
  function byDefinition(text: string): boolean {
    const words =
      text
        .slice(0, 20_000)
        .toLowerCase()
        .match(/\p{L}+/gu) ?? [];
    if (words.length < 25) return true;
    return words.filter((w) => ENGLISH_WORDS.has(w)).length / words.length >= 0.08;
  }

  it.each([
    ['2 function words in 25 (just above 0.08)', `The ${'xx '.repeat(22)}and yy`, true],
    ['1 function word in 25 (below)', `The ${'xx '.repeat(23)}yy`, false],
    ['accented words split as letters', `naïve café résumé ${'Žluť kůň '.repeat(12)}the of`, false],
    ['dotted capital I lowercases to i + a mark: 26 words, not 14', `the of ${'İX '.repeat(12)}`, false],
    ['astral letters and lone surrogates', `\u{1d400}bc the \ud800 of ${'x '.repeat(30)}and the`, true],
    ['digits and marks split words', `the1of2and3to a\u0301b ${'q '.repeat(26)}`, true],
  ])('looksEnglish counts as its definition: %s', (_name, text, expected) => {
    expect(byDefinition(text)).toBe(expected);
    expect(looksEnglish(text)).toBe(expected);
  });
});
