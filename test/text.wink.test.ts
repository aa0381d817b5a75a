import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/extract.js';
import { readDoc, setMaxNewWords, winkRenewals } from '../src/nlp/wink.js';

/** Text made of words no lexicon holds, so each document adds to wink's lexicon. */
function unseenWords(seed: number): string {
  const words: string[] = [];
  for (let i = 0; i < 40; i++) words.push(`Zq${seed.toString(36)}x${i.toString(36)}`);
  return `${words.join(' ')}.`;
}

const SAMPLE =
  'Secretary of State Antony Blinken met President Xi Jinping in Beijing on Monday, officials said.';
const shape = (text: string): string[] =>
  analyze(text, { publishedAt: '2023-06-19' }).tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`);

describe('wink lexicon growth stays bounded', () => {
  const before = setMaxNewWords(200);
  afterAll(() => setMaxNewWords(before));

  it('replaces the instance once enough unseen words were added, with unchanged tagging', () => {
    const first = shape(SAMPLE);
    const renewed = winkRenewals();
    for (let d = 0; d < 200; d++) readDoc(unseenWords(d));
    expect(winkRenewals()).toBeGreaterThan(renewed);
    expect(shape(SAMPLE)).toEqual(first);
  });

  it('collects the old instance before building the new one, when the host exposes gc', () => {
    const host = globalThis as { gc?: () => void };
    const exposed = host.gc;
    let calls = 0;
    host.gc = () => {
      calls++;
    };
    try {
      const renewed = winkRenewals();
      for (let d = 0; d < 200 && winkRenewals() === renewed; d++) readDoc(unseenWords(1000 + d));
      expect(winkRenewals()).toBeGreaterThan(renewed);
      expect(calls).toBe(winkRenewals() - renewed);
    } finally {
      if (exposed) host.gc = exposed;
      else delete host.gc;
    }
  });

  it('does not replace it while documents only repeat known words', () => {
    for (let d = 0; d < 70; d++) readDoc(SAMPLE); // lets a renewal the previous test left due happen
    const renewed = winkRenewals();
    for (let d = 0; d < 100; d++) readDoc(SAMPLE);
    expect(winkRenewals()).toBe(renewed);
  });
});

describe('a document reads the same whatever the process read before it', () => {
  const tokens = (text: string): string[] =>
    analyze(text, { publishedAt: '2023-06-19' }).tokens.map((t) => `${t.text}/${t.pos}`);

  it.each([
    ["Mr. Okonkwo's plan failed.", "It was Mr. Okonkwo's.", ['Okonkwo/PROPN', "'s/PART"]],
    ['Ms. Varga’s aides left.', 'The idea was Ms. Varga’s.', ['Varga/PROPN', '’s/PART']],
  ])('%s keeps its possessive split after %s', (text, before, expected) => {
    const fresh = tokens(text);
    tokens(before); // wink keeps "X's" whole at a sentence end, and remembers it
    const after = tokens(text);
    expect(after).toEqual(fresh);
    for (const t of expected) expect(after).toContain(t);
  });

  it.each([
    ["It's late.", ['It', "'s"]],
    ["Let's go.", ['Let', "'s"]],
  ])('leaves contractions to wink: %s', (text, expected) => {
    const got = analyze(text, { publishedAt: '2023-06-19' }).tokens.map((t) => t.text);
    expect(got.slice(0, 2)).toEqual(expected);
  });
});
