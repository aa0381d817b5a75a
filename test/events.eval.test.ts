/**
 * Score floors for the events stage, measured by `node scripts/eval.mjs --json --only seed,dev,plover`. Floors sit
 * slightly below the last measured figures and only go up.
 */
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, node } from './helpers.js';

interface Scores {
  seed: {
    events: { precision: number; recall: number; f1: number };
    attributes: { date: number | null; mode: number | null; 'actor code': number | null };
  };
  dev: { events: { precision: number; recall: number; f1: number } };
  plover: { typeAny: number; typeFirst: number; sourceCountry: number; targetCountry: number };
}

describe.skipIf(!HAS_SHARED)('events: score floors', () => {
  const run = node(['scripts/eval.mjs', '--json', '--only', 'seed,dev,plover']);
  const scores = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Scores;

  it('seed events: precision, F1, and date/mode/actor accuracy', () => {
    expect(scores.seed.events.precision).toBeGreaterThanOrEqual(0.95);
    expect(scores.seed.events.f1).toBeGreaterThanOrEqual(0.95);
    expect(scores.seed.attributes.date ?? 0).toBeGreaterThanOrEqual(0.95);
    expect(scores.seed.attributes.mode ?? 0).toBeGreaterThanOrEqual(0.95);
    expect(scores.seed.attributes['actor code'] ?? 0).toBeGreaterThanOrEqual(0.95);
  });

  it("dyad's own dev articles: events precision and F1", () => {
    expect(scores.dev.events.precision).toBeGreaterThanOrEqual(0.78);
    expect(scores.dev.events.f1).toBeGreaterThanOrEqual(0.74);
  });

  it('PLOVER dev sentences: type and country accuracy', () => {
    expect(scores.plover.typeAny).toBeGreaterThanOrEqual(0.59);
    expect(scores.plover.typeFirst).toBeGreaterThanOrEqual(0.59);
    expect(scores.plover.sourceCountry).toBeGreaterThanOrEqual(0.62);
    expect(scores.plover.targetCountry).toBeGreaterThanOrEqual(0.55);
  });
});
