import { describe, expect, it } from 'vitest';
import { analyze } from '../src/extract.js';
import { wordBits, wordList } from '../src/lexicon/words.js';

describe('word lists: one lookup per token for every list', () => {
  const TALK = wordList(() => ['talks', 'met']);
  const PLACE = wordList(() => ['beijing', 'talks']);

  it('sets a bit iff the list holds the token’s lowercase form', () => {
    const doc = analyze('Blinken met Wang in Beijing for talks. Talks resumed.', {
      publishedAt: '2023-06-19',
    });
    const bits = wordBits(doc);
    // (Only this test's bits: the stages' own lists hold some of these words too.)
    const of = (word: string): number[] =>
      doc.tokens.flatMap((t, i) => (t.text === word ? [(bits[i] ?? 0) & (TALK | PLACE)] : []));
    expect(of('met')).toEqual([TALK]);
    expect(of('Beijing')).toEqual([PLACE]);
    expect(of('talks')).toEqual([TALK | PLACE]);
    expect(of('Talks')).toEqual([TALK | PLACE]);
    // Negative cases: words in no list, and list words only as parts of other words.
    expect(of('Blinken')).toEqual([0]);
    expect(of('resumed')).toEqual([0]);
  });

  it('gives distinct bits, and redoes a document’s bits when a list is registered after them', () => {
    expect(TALK & PLACE).toBe(0);
    const doc = analyze('Officials met again.', { publishedAt: '2023-06-19' });
    const before = wordBits(doc);
    const AGAIN = wordList(() => ['again']);
    const after = wordBits(doc);
    expect(after).not.toBe(before);
    const at = doc.tokens.findIndex((t) => t.text === 'again');
    expect((after[at] ?? 0) & AGAIN).toBe(AGAIN);
    expect((before[at] ?? 0) & AGAIN).toBe(0);
  });
});
