/** The one library entry: text in, a `dyad/1` document out. The CLI, HTTP API and web UI all call this. */
import { newAnalysis, type Analysis, type ExtractOptions } from './analysis.js';
import { runPipeline, runPipelineBatch } from './pipeline.js';
import { toDocument } from './output.js';
import type { DyadDocument } from './types.js';
import { checkDate, checkText } from './validate.js';

/** The checked, empty working document for `text` (throws a DyadError that names the input when refused). */
function prepare(text: string, options: ExtractOptions): Analysis {
  const id = options.id ?? 'document';
  const input = options.id ? `document ${JSON.stringify(options.id)}` : 'the document';
  const checked = checkText(input, text);
  const publishedAt = checkDate(input, options.publishedAt);
  return newAnalysis(checked, {
    id,
    publishedAt,
    title: options.title ?? null,
    source: options.source ?? null,
  });
}

export function analyze(text: string, options: ExtractOptions = {}): Analysis {
  return runPipeline(prepare(text, options));
}

export function extract(text: string, options: ExtractOptions = {}): DyadDocument {
  return toDocument(analyze(text, options));
}

/** One input of `extractMany`. */
export interface ExtractInput {
  text: string;
  options?: ExtractOptions;
}

/** Documents per batch in `extractMany`: enough for the caches to pay, few enough to keep memory flat. */
export const BATCH_SIZE = 8;

/**
 * `analyze` over many inputs, stage by stage in batches of `batchSize` (see `runPipelineBatch`): the way to
 * code a corpus. One result per input, in order: the analysis, or the error that input raised (a DyadError
 * naming it when it was refused). Never throws for one bad input.
 */
export function analyzeMany(inputs: readonly ExtractInput[], batchSize = BATCH_SIZE): (Analysis | Error)[] {
  const out: (Analysis | Error)[] = [];
  for (let from = 0; from < inputs.length; from += batchSize) {
    const slots: (Analysis | Error)[] = inputs.slice(from, from + batchSize).map((input) => {
      try {
        return prepare(input.text, input.options ?? {});
      } catch (err) {
        return err instanceof Error ? err : new Error(String(err));
      }
    });
    const ready = slots.filter((s): s is Analysis => !(s instanceof Error));
    const done = runPipelineBatch(ready);
    let k = 0;
    for (const s of slots) out.push(s instanceof Error ? s : (done[k++] as Analysis | Error));
  }
  return out;
}

/** `extract` over many inputs, faster on a corpus; one document or error per input, in order. */
export function extractMany(
  inputs: readonly ExtractInput[],
  batchSize = BATCH_SIZE,
): (DyadDocument | Error)[] {
  return analyzeMany(inputs, batchSize).map((a) => (a instanceof Error ? a : toDocument(a)));
}
