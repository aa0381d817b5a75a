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
});
