/**
 * `dyad extract --jsonl`: one output line per input line, in order, streaming. A line that cannot be
 * processed yields `{"document":{"id":…},"error":"…"}` and the run goes on.
 */
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import type { Readable } from 'node:stream';
import { dyadError } from '../errors.js';
import { describe, write } from './io.js';
import { OrderedPool } from './pool.js';

export async function openLines(file: string): Promise<AsyncIterable<string>> {
  let stream: Readable;
  if (file === '-') stream = process.stdin;
  else {
    try {
      await access(file);
    } catch {
      throw dyadError('READ_FAILED', describe(file), 'no such file or not readable');
    }
    stream = createReadStream(file, { encoding: 'utf8' });
  }
  return createInterface({ input: stream, crlfDelay: Infinity });
}

export async function runJsonl(
  file: string,
  pretty: boolean,
  workers = 1,
): Promise<{ lines: number; errors: number }> {
  if (workers > 1) return runPooled(file, workers);
  // Loaded here, not at the top: with --workers the dispatching thread never loads the pipeline.
  const { processLines } = await import('./line.js');
  const { BATCH_SIZE } = await import('../extract.js');
  const lines = await openLines(file);
  let n = 0;
  let errors = 0;
  // Lines are coded in small batches, stage by stage (extractMany); output stays one line per line, in order.
  let batch: { line: string; lineNumber: number }[] = [];
  const flush = async (): Promise<void> => {
    for (const result of processLines(batch)) {
      if ('error' in result) errors++;
      await write(JSON.stringify(result, null, pretty ? 2 : undefined) + '\n');
    }
    batch = [];
  };
  for await (const line of lines) {
    batch.push({ line, lineNumber: ++n });
    if (batch.length >= BATCH_SIZE) await flush();
  }
  await flush();
  return { lines: n, errors };
}

async function runPooled(file: string, workers: number): Promise<{ lines: number; errors: number }> {
  // This thread only passes lines and bytes along: a 1 MB young generation (V8 grows it up to 16 MB for a
  // busy thread) keeps it from holding tens of MB of input lines between collections.
  setFlagsFromString('--max-semi-space-size=1');
  // With several workers, every thread's old generation may grow by a fifth past what the last full
  // collection left live (V8's own factor goes up to 4×), so that the workers' growth spikes do not add up.
  // Two workers, 4,000 articles: peak RSS 260–275 MB instead of 262–291, for about 8% fewer articles/s. The
  // flag is read at each collection, so it applies to the workers started below. One worker stays far below
  // the limit and keeps V8's factor.
  if (workers > 1) setFlagsFromString('--heap-growing-percent=20');
  const lines = await openLines(file);
  let n = 0;
  let errors = 0;
  const pool = new OrderedPool(workers, (r) => {
    if (r.error) errors++;
    return write(r.output);
  });
  for await (const line of lines) {
    n++;
    await pool.submit(line, n);
  }
  await pool.close();
  return { lines: n, errors };
}
