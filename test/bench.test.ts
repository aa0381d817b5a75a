import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { node, ROOT } from './helpers.js';

describe('npm run bench', () => {
  it('prints the figures table and ends with one JSON line of headline figures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-test-'));
    const corpus = join(dir, 'tiny.jsonl');
    const text =
      'Canada and Mexico agreed on Tuesday to expand border cooperation, officials said in Ottawa.';
    writeFileSync(corpus, [1, 2, 3].map((i) => JSON.stringify({ id: `a${i}`, text })).join('\n') + '\n');
    const r = node([
      resolve(ROOT, 'scripts/bench.mjs'),
      '--corpus',
      corpus,
      '--rounds',
      '1',
      '--warmup',
      '1',
      '--repeat',
      '1',
      '--scale',
      '2',
    ]);
    rmSync(dir, { recursive: true, force: true });
    expect(r.stdout).toMatch(/\(\+1 warm-up\)/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/wink-nlp full pipeline/);
    expect(r.stdout).toMatch(/\| text \|/);
    expect(r.stdout).toMatch(
      /dyad analyzeMany .*\n\| dyad analyze \(library, 1 thread: one document at a time\)/,
    );
    const last = JSON.parse(r.stdout.trim().split('\n').pop() as string);
    for (const key of [
      'articlesPerSecond',
      'sentencesPerSecond',
      'winkPipelineArticlesPerSecond',
      'ratioToWinkPipeline',
      'oneAtATimeArticlesPerSecond',
      'workers1ArticlesPerSecond',
      'workers2ArticlesPerSecond',
      'peakRssMB',
    ])
      expect(typeof last[key]).toBe('number');
    expect(last.articlesPerSecond).toBeGreaterThan(0);
  });
});
