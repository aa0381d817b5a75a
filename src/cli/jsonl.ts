/**
 * `dyad extract --jsonl`: one output line per input line, in order, streaming. A line that cannot be
 * processed yields `{"document":{"id":…},"error":"…"}` and the run goes on.
 */
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { extract } from '../extract.js';
import { DyadError, dyadError } from '../errors.js';
import { describe, write } from './io.js';
import { OrderedPool } from './pool.js';
import { prepareInput } from '../input/index.js';
import type { DyadDocument } from '../types.js';

export interface JsonlRecord {
  id: string;
  text?: string;
  /** An HTML page instead of `text`. */
  html?: string;
  publishedAt?: string | null;
  title?: string | null;
  source?: string | null;
}

export type LineResult = DyadDocument | { document: { id: string }; error: string };

/** Processes one input line; never throws for bad content. */
export function processLine(line: string, lineNumber: number): LineResult {
  const fallbackId = `line ${lineNumber}`;
  if (!line.trim()) return failure(fallbackId, `${fallbackId}: empty line`);
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    return failure(fallbackId, dyadError('BAD_JSON', fallbackId, (err as Error).message).message);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record))
    return failure(fallbackId, dyadError('BAD_JSON', fallbackId, 'not an object').message);
  const r = record as Partial<Record<keyof JsonlRecord, unknown>>;
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : fallbackId;
  const input = `document ${JSON.stringify(id)}`;
  try {
    const html = typeof r.html === 'string';
    if (r.text === undefined && !html) throw dyadError('MISSING_FIELD', input, 'text');
    if (!html && typeof r.text !== 'string') throw dyadError('NOT_TEXT', input);
    const prepared = prepareInput(input, (html ? r.html : r.text) as string, html ? true : 'auto');
    const doc = extract(prepared.text, {
      id,
      publishedAt: r.publishedAt as string | null | undefined,
      title: typeof r.title === 'string' ? r.title : prepared.title,
      source: typeof r.source === 'string' ? r.source : null,
    });
    if (prepared.fromHtml) doc.document.text = prepared.text;
    return doc;
  } catch (err) {
    return failure(
      id,
      err instanceof DyadError ? err.message : `document ${JSON.stringify(id)}: ${String(err)}`,
    );
  }
}

function failure(id: string, error: string): LineResult {
  return { document: { id }, error };
}

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
  const lines = await openLines(file);
  let n = 0;
  let errors = 0;
  for await (const line of lines) {
    n++;
    const result = processLine(line, n);
    if ('error' in result) errors++;
    await write(JSON.stringify(result, null, pretty ? 2 : undefined) + '\n');
  }
  return { lines: n, errors };
}

async function runPooled(file: string, workers: number): Promise<{ lines: number; errors: number }> {
  const lines = await openLines(file);
  let n = 0;
  let errors = 0;
  const pool = new OrderedPool(workers, (r) => {
    if (r.error) errors++;
    return write(r.output + '\n');
  });
  for await (const line of lines) {
    n++;
    await pool.submit(line, n);
  }
  await pool.close();
  return { lines: n, errors };
}
