import { describe, expect, it } from 'vitest';
import { HAS_SHARED, node } from './helpers.js';

// Floors: slightly below what the entities and actors stages measured on the seed; they only go up.
const FLOORS = { found: 0.97, code: 0.93 };

describe.runIf(HAS_SHARED)('entities eval floors (scripts/eval.mjs --only seed)', () => {
  it('finds the seed entities and codes their actors', () => {
    const r = node(['scripts/eval.mjs', '--json', '--only', 'seed']);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const results = JSON.parse(lines[lines.length - 1] as string) as {
      seed: { entities: { found: number; code: number } };
    };
    expect(results.seed.entities.found).toBeGreaterThanOrEqual(FLOORS.found);
    expect(results.seed.entities.code).toBeGreaterThanOrEqual(FLOORS.code);
  });
});
