/** One JSONL input line to one output record: what the in-thread path and each worker run per line. */
import type { ExtractOptions } from '../analysis.js';
import { extractMany, type ExtractInput } from '../extract.js';
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

interface ParsedLine {
  id: string;
  input: ExtractInput;
  /** The article text when it came from HTML (the output then carries it). */
  fromHtml: string | null;
}

/** One line's record, checked and with its HTML turned into text; a failure record when it cannot be. */
function parseLine(line: string, lineNumber: number): ParsedLine | LineResult {
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
    const options: ExtractOptions = {
      id,
      publishedAt: r.publishedAt as string | null | undefined,
      title: typeof r.title === 'string' ? r.title : prepared.title,
      source: typeof r.source === 'string' ? r.source : null,
    };
    return {
      id,
      input: { text: prepared.text, options },
      fromHtml: prepared.fromHtml ? prepared.text : null,
    };
  } catch (err) {
    return failed(id, err);
  }
}

/**
 * Processes input lines, the good ones together through `extractMany` (stage by stage, faster on a corpus);
 * one record per line, in order; never throws for bad content.
 */
export function processLines(lines: readonly { line: string; lineNumber: number }[]): LineResult[] {
  const parsed = lines.map(({ line, lineNumber }) => parseLine(line, lineNumber));
  const good = parsed.filter((p): p is ParsedLine => 'input' in p);
  const docs = extractMany(good.map((p) => p.input));
  let k = 0;
  return parsed.map((p) => {
    if (!('input' in p)) return p;
    const doc = docs[k++] as DyadDocument | Error;
    if (doc instanceof Error) return failed(p.id, doc);
    if (p.fromHtml !== null) doc.document.text = p.fromHtml;
    return doc;
  });
}

/** Processes one input line; never throws for bad content. */
export function processLine(line: string, lineNumber: number): LineResult {
  return processLines([{ line, lineNumber }])[0] as LineResult;
}

function failed(id: string, err: unknown): LineResult {
  return failure(
    id,
    err instanceof DyadError ? err.message : `document ${JSON.stringify(id)}: ${String(err)}`,
  );
}

function failure(id: string, error: string): LineResult {
  return { document: { id }, error };
}
