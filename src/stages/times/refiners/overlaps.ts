/** Keeps one candidate among overlapping ones: the longest, then the highest priority, then the first. */
import type { Candidate, TimeRefiner } from '../types.js';

export const overlapRefiner: TimeRefiner = {
  name: 'overlaps',
  refine(_ctx, candidates: Candidate[]): Candidate[] {
    const ranked = [...candidates].sort(
      (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
    );
    const kept: Candidate[] = [];
    for (const c of ranked) {
      if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
