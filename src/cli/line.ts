/** One JSONL input line to one output record: what the in-thread path and each worker run per line. */
import { extract } from '../extract.js';
import { DyadError, dyadError } from '../errors.js';
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
