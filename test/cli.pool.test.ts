import { describe, expect, it } from 'vitest';
import { OrderedPool } from '../src/cli/pool.js';
import type { WorkResult } from '../src/cli/worker.js';

const ECHO = new URL('./fixtures/workers/echo-or-crash.mjs', import.meta.url);

async function run(lines: string[], workers: number): Promise<string[]> {
  const out: string[] = [];
  const decoder = new TextDecoder();
  const pool = new OrderedPool(
    workers,
    (r: WorkResult) => {
      out.push(decoder.decode(r.output).trimEnd());
    },
    undefined,
    ECHO,
  );
  for (const [k, line] of lines.entries()) await pool.submit(line, k + 1);
  await pool.close();
  return out;
}

describe('the worker pool', () => {
  it.each([
    [1, 5],
    [2, 37],
    [3, 100],
  ])('with %i workers keeps the order of %i lines (full and part batches)', async (workers, n) => {
    const lines = Array.from({ length: n }, (_, k) => `line-${k}`);
    expect(await run(lines, workers)).toEqual(lines);
  });

  it('costs only the line that kills a worker: its batch is sent again line by line', async () => {
    const lines = Array.from({ length: 20 }, (_, k) => (k === 6 ? 'CRASH' : `line-${k}`));
    const out = await run(lines, 2);
    expect(out).toHaveLength(20);
    expect(out.filter((l, k) => l !== lines[k])).toHaveLength(1);
    expect(JSON.parse(out[6] as string)).toMatchObject({
      document: { id: 'line 7' },
      error: expect.stringMatching(
        /line 7: the worker processing it failed \(exited with code 3\)/,
      ) as unknown,
    });
  });

  it('gives every line an error record when each one kills its worker, and ends', async () => {
    const out = await run(['CRASH a', 'CRASH b', 'CRASH c'], 2);
    expect(out.map((l) => (JSON.parse(l) as { document: { id: string } }).document.id)).toEqual([
      'line 1',
      'line 2',
      'line 3',
    ]);
  });
});
