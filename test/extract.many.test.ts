import { describe, expect, it } from 'vitest';
import { DyadError } from '../src/errors.js';
import { extract, extractMany } from '../src/extract.js';
import { runPipelineBatch } from '../src/pipeline.js';
import { newAnalysis, type Stage } from '../src/analysis.js';

const PUBLISHED = '2024-05-15';
const TEXTS = [
  'Turkey and Greece signed a maritime agreement in Ankara on Monday.',
  'Russian forces shelled Kharkiv overnight, Ukrainian officials said on Tuesday.',
  '',
  'The European Union did not impose sanctions on Iran.',
  'Le gouvernement français a annoncé mardi une nouvelle réforme des retraites pour les fonctionnaires. Les syndicats ont appelé à une grève nationale dans toutes les grandes villes du pays, et le ministre du travail a promis de recevoir leurs représentants avant la fin du mois prochain pour discuter du calendrier.',
  "Japan's prime minister will visit Seoul next week.",
];
const strip = (doc: unknown): string =>
  JSON.stringify(doc, (k, v: unknown) => (k === 'timings' ? undefined : v));

describe('extractMany', () => {
  const inputs = TEXTS.map((text, i) => ({ text, options: { id: `d${i}`, publishedAt: PUBLISHED } }));

  it.each([1, 2, 8])('gives, with batches of %i, what extract gives one by one', (size) => {
    const many = extractMany(inputs, size);
    expect(many).toHaveLength(TEXTS.length);
    many.forEach((doc, i) => {
      const input = inputs[i] as (typeof inputs)[number];
      let one: unknown;
      try {
        one = extract(input.text, input.options);
      } catch (err) {
        one = err;
      }
      if (one instanceof Error) expect(doc).toBeInstanceOf(Error);
      else expect(strip(doc)).toBe(strip(one));
    });
  });

  it.each([
    [2, 'EMPTY_TEXT'],
    [4, 'UNKNOWN_LANGUAGE'],
  ])('puts the refusal of input %i in its slot (%s), naming the document', (i, code) => {
    const doc = extractMany(inputs)[i];
    expect(doc).toBeInstanceOf(DyadError);
    expect((doc as DyadError).code).toBe(code);
    expect((doc as DyadError).message).toContain(`"d${i}"`);
  });

  it('keeps the other documents of a batch when a stage throws on one', () => {
    const boom: Stage = {
      name: 'boom',
      run(doc) {
        if (doc.text.includes('Iran')) throw new Error('stage failed');
        doc.diagnostics.push({ code: 'SEEN', stage: 'boom', message: 'ran' });
      },
    };
    const docs = ['Paris is calm.', 'Iran is not.', 'Rome is calm.'].map((text, i) =>
      newAnalysis(text, { id: `b${i}`, publishedAt: null, title: null, source: null }),
    );
    const out = runPipelineBatch(docs, [boom, boom]);
    expect(out[1]).toBeInstanceOf(Error);
    expect(
      out.filter((d) => !(d instanceof Error)).map((d) => (d as (typeof docs)[0]).diagnostics.length),
    ).toEqual([2, 2]);
  });
});
