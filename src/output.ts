/** Turns the working Analysis into the `dyad/1` document of the output contract. */
import type { Analysis } from './analysis.js';
import type { DyadDocument, Time } from './types.js';

export function toDocument(doc: Analysis): DyadDocument {
  const times: Time[] = doc.times.map((t) => ({
    span: t.span,
    value: t.value,
    kind: t.kind,
    explanation: t.explanation,
  }));
  const out: DyadDocument = {
    schema: 'dyad/1',
    document: {
      id: doc.options.id,
      title: doc.options.title,
      publishedAt: doc.options.publishedAt,
      source: doc.options.source,
      language: 'en',
    },
    entities: doc.entities,
    events: doc.events,
    quotes: doc.quotes,
    times,
  };
  if (doc.diagnostics.length) out.diagnostics = doc.diagnostics;
  return out;
}
