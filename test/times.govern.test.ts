import { describe, expect, it } from 'vitest';
import { analyze } from '../src/extract.js';
import { governingTime } from '../src/stages/times/govern.js';

/** [text, the word whose clause is asked about, its occurrence (1-based), expected value or null, expected reason]. */
type Row = [text: string, word: string, occurrence: number, value: string | null, reason: string | null];

const PUBLISHED = '2023-06-19';

const ROWS: Row[] = [
  ['Blinken met Wang Yi in Beijing on Monday.', 'met', 1, '2023-06-19', 'time:same-clause'],
  [
    'Blinken met Qin Gang on Sunday. At that meeting, they agreed to restore flights.',
    'agreed',
    1,
    '2023-06-18',
    'time:narrative',
  ],
  [
    'Tensions escalated in February when the Pentagon announced the discovery.',
    'announced',
    1,
    '2023-02',
    'time:same-sentence',
  ],
  [
    'Officials said on Monday that China had seized the ship.',
    'seized',
    1,
    '2023-06-19',
    'time:reporting-clause',
  ],
  [
    'The ship sailed on June 2. Officials said on Monday that China had seized it.',
    'seized',
    1,
    '2023-06-02',
    'time:narrative',
  ],
  ['Officials said on Monday that China had seized the ship.', 'said', 1, '2023-06-19', 'time:same-clause'],
  ['The ministers met on Sunday.\nThey will travel to Paris next.', 'travel', 1, null, null],
  ['The ministers met on Sunday. They signed a trade deal.', 'signed', 1, '2023-06-18', 'time:narrative'],
  ['Nothing here says when the talks took place.', 'took', 1, null, null],
  [
    'In February the balloon drifted over Montana. Four months earlier, the leaders had met in Bali.',
    'met',
    1,
    '2022-10',
    'time:same-clause',
  ],
  // A main clause does not take the time of a relative clause beside it…
  ['The two sides agreed to resume talks that had lapsed last year.', 'agreed', 1, null, null],
  ['Ankara recalled the envoy who had arrived on Monday.', 'recalled', 1, null, null],
  // …but the relative clause's own verb does, and an adverbial clause takes the time of the clause it hangs on.
  [
    'The two sides agreed to resume talks that had lapsed last year.',
    'lapsed',
    1,
    '2022',
    'time:same-clause',
  ],
  [
    'Officials, who met in Bali four months earlier, when the leaders agreed to talk, were upbeat.',
    'agreed',
    1,
    '2023-02',
    'time:same-sentence',
  ],
];

function tokenOf(
  text: string,
  word: string,
  occurrence: number,
): { doc: ReturnType<typeof analyze>; i: number } {
  const doc = analyze(text, { publishedAt: PUBLISHED });
  const hits = doc.tokens.filter((t) => t.text === word);
  const tok = hits[occurrence - 1];
  if (!tok) throw new Error(`no ${word} #${occurrence}`);
  return { doc, i: tok.i };
}

describe('governingTime', () => {
  it.each(ROWS)('%s → %s', (text, word, occurrence, value, reason) => {
    const { doc, i } = tokenOf(text, word, occurrence);
    const g = governingTime(doc, i);
    expect(g?.time.value ?? null).toBe(value);
    expect(g?.reason ?? null).toBe(reason);
    if (g && reason !== 'time:same-clause') expect(g.basis).toBe('inferred');
  });

  it('returns null for a token index outside the document', () => {
    const doc = analyze('They met on Monday.', { publishedAt: PUBLISHED });
    expect(governingTime(doc, 999)).toBeNull();
  });
});

describe('narrative times', () => {
  it('gives one entry per sentence, carrying the last time until the paragraph and tense change', () => {
    const text = [
      'The ministers met on Sunday. They talked for hours. The talks ended late.',
      'Analysts believe the thaw will last.',
    ].join('\n');
    const doc = analyze(text, { publishedAt: PUBLISHED });
    expect(doc.narrativeTimes).toHaveLength(doc.sentences.length);
    expect(doc.narrativeTimes.map((t) => t?.value ?? null)).toEqual([null, '2023-06-18', '2023-06-18', null]);
  });

  it('does not let durations, sets or PRESENT_REF set the narrative time', () => {
    const doc = analyze('They now meet daily for two hours. They signed a deal.', { publishedAt: PUBLISHED });
    expect(doc.times.length).toBeGreaterThan(0);
    expect(doc.narrativeTimes).toEqual([null, null]);
  });
});
