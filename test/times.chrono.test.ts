import { describe, expect, it } from 'vitest';
import { chronoEngine, cuesOf } from '../src/stages/times/parsers/chrono-engine.js';

const REF = { instant: new Date(Date.UTC(2023, 5, 19, 12)), timezone: 0 };

/** What chrono found, as comparable text: index, text and the known components. */
function found(text: string, cut: boolean): string[] {
  const engine = cut ? chronoEngine(cuesOf(text)) : chronoEngine();
  return engine
    .parse(text, REF, { forwardDate: false })
    .map((r) => `${r.index}:${r.text}:${r.start.date().toISOString()}:${[...r.tags()].join(',')}`);
}

describe('chrono engine cut to the cues of a sentence', () => {
  it.each([
    'Blinken met Xi on Monday, June 19, 2023 at 3:30 p.m. in Beijing.',
    'The talks ran from Tuesday to Thursday.',
    'They will meet on the 5th of June, officials said.',
    'The strike came at midday; by midnight it was over.',
    'He left last night and returns tmrw morning.',
    'The ceasefire took effect on 2023-06-19T04:00Z.',
    'Voting is set for 6/19/2023, or 19.06.2023 in Europe.',
    'Aid arrived over the weekend, on Sat.',
    'Shipments resumed in March 2022 and again in Sept.',
    'Talks on Monday/Tuesday were cancelled.',
    'Officials may march on the capital.',
    'Talks resumed today; the deadline is now.',
    'The minister arrived at 9 and left at noon.',
  ])('finds what the full engine finds: %s', (text) => {
    expect(found(text, true)).toEqual(found(text, false));
  });

  it('finds dates in sentences that hold them (the comparison above is not of two empty lists)', () => {
    expect(found('Blinken met Xi on Monday, June 19, 2023.', true).length).toBeGreaterThan(0);
    expect(found('The strike came at midday.', true).length).toBeGreaterThan(0);
  });

  it.each([
    ['No dates here at all.', 0],
    ['They met on Monday.', 0b00100],
    ['It happened in 2019.', 0b00001],
    ['Troops left in May.', 0b00010],
  ])('reads the cues of %s', (text, mask) => {
    expect(cuesOf(text)).toBe(mask);
  });

  it('runs fewer parsers on a sentence with fewer cues, never more', () => {
    const all = chronoEngine().parsers.length;
    expect(chronoEngine(cuesOf('They met on Monday.')).parsers.length).toBeLessThan(all);
    expect(chronoEngine(cuesOf('No dates here at all.')).parsers.length).toBe(0);
  });
});
