/** Score floors for the quotes stage (issue 6): measured scores minus a little; floors only go up. */
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, node } from './helpers.js';

interface Scores {
  seed: { quotes: { precision: number; recall: number; f1: number; speaker: number | null } };
  polnear: { directRecall: number; allRecall: number; precision: number; speaker: number };
}

describe.skipIf(!HAS_SHARED)('quotes eval floors', () => {
  it('keeps the seed and PolNeAR quote scores', () => {
    const r = node(['scripts/eval.mjs', '--json', '--only', 'seed,polnear']);
    expect(r.status, r.stderr).toBe(0);
    const scores = JSON.parse(r.stdout.trim().split('\n').pop() as string) as Scores;
    expect(scores.seed.quotes.f1).toBe(1);
    expect(scores.seed.quotes.speaker).toBe(1);
    expect(scores.polnear.directRecall).toBeGreaterThanOrEqual(0.77);
    expect(scores.polnear.allRecall).toBeGreaterThanOrEqual(0.35);
    expect(scores.polnear.precision).toBeGreaterThanOrEqual(0.7);
    expect(scores.polnear.speaker).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
