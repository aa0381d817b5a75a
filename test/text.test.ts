import { describe, expect, it } from 'vitest';
import { analyze } from '../src/extract.js';
import { paragraphsOf } from '../src/stages/text/index.js';

describe('text stage', () => {
  it('maps every token onto the text', () => {
    const text =
      'Mr. Blinken met Wang Yi in Beijing.\nThe talks, officials said, went well. “Good,” he said.';
    const doc = analyze(text, { publishedAt: '2023-06-19' });
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text)).toContain('Blinken');
    expect(doc.tokens.find((t) => t.text === 'met')?.lemma).toBe('meet');
    expect(doc.tokens.some((t) => !t.text.trim())).toBe(false);
  });

  it('keeps sentences inside paragraphs and covers every token once', () => {
    const text = 'First paragraph without a stop\nSecond paragraph. It has two sentences.';
    const doc = analyze(text);
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'First paragraph without a stop',
      'Second paragraph.',
      'It has two sentences.',
    ]);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
    const covered = doc.sentences.reduce((n, s) => n + s.tokenEnd - s.tokenStart, 0);
    expect(covered).toBe(doc.tokens.length);
    expect(doc.tokens.every((t) => t.sentence >= 0)).toBe(true);
  });

  it.each([
    ['one line', 1],
    ['a\n\n  b  \n', 2],
    ['\n\n', 0],
  ])('paragraphsOf(%j) has %i paragraphs', (text, n) => {
    expect(paragraphsOf(text)).toHaveLength(n);
  });

  it('handles astral characters with UTF-16 offsets', () => {
    const text = 'The 🇺🇸 envoy met officials in Kyiv on Friday.';
    const doc = analyze(text);
    const kyiv = doc.tokens.find((t) => t.text === 'Kyiv');
    expect(kyiv && text.slice(kyiv.start, kyiv.end)).toBe('Kyiv');
  });
});
