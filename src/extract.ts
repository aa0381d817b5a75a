/** The one library entry: text in, a `dyad/1` document out. The CLI, HTTP API and web UI all call this. */
import { newAnalysis, type Analysis, type ExtractOptions } from './analysis.js';
import { runPipeline } from './pipeline.js';
import { toDocument } from './output.js';
import type { DyadDocument } from './types.js';
import { checkDate, checkText } from './validate.js';

export function analyze(text: string, options: ExtractOptions = {}): Analysis {
  const id = options.id ?? 'document';
  const input = options.id ? `document ${JSON.stringify(options.id)}` : 'the document';
  const checked = checkText(input, text);
  const publishedAt = checkDate(input, options.publishedAt);
  const doc = newAnalysis(checked, {
    id,
    publishedAt,
    title: options.title ?? null,
    source: options.source ?? null,
  });
  return runPipeline(doc);
}

export function extract(text: string, options: ExtractOptions = {}): DyadDocument {
  return toDocument(analyze(text, options));
}
