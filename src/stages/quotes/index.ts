/**
 * Stage: quotes. Every direct quotation with its speaker, and indirect attributions ("X said (that) …",
 * "according to X, …"). Quotation marks are scanned once (marks.ts); each stretch is attributed by the cue and
 * speaker phrase around it (attribution.ts), resolved to an entity where the entities stage knows one
 * (speaker.ts); sentences without quotation marks are read for reported speech (indirect.ts).
 */
import type { Analysis, Stage } from '../../analysis.js';
import type { Quote } from '../../types.js';
import { continuable, directQuotes, quotedInClauses, sameSpeaker } from './direct.js';
import { indirectQuotes } from './indirect.js';
import { scanQuotes } from './marks.js';
import { speakerContext } from './speaker.js';

export const quotesStage: Stage = {
  name: 'quotes',
  run(doc: Analysis): void {
    if (doc.tokens.length === 0) return;
    const ctx = speakerContext(doc);
    const stretches = scanQuotes(doc.text, doc.paragraphs);
    const direct = directQuotes(doc, stretches, ctx);
    const indirect = indirectQuotes(doc, [...direct.quotes, ...direct.embedded], stretches, ctx);
    const inClauses = quotedInClauses(doc, stretches, direct.quotes, indirect);
    const records: Quote[] = [...direct.quotes, ...direct.embedded, ...indirect, ...inClauses].sort(
      (a, b) => a.span.start - b.span.start,
    );
    // (An unattributed quotation continues what someone said, not what they wanted or criticized.)
    const said = records.filter(continuable);
    const all = [...records, ...sameSpeaker(doc, direct.orphans, said)].sort(
      (a, b) => a.span.start - b.span.start,
    );
    all.forEach((q, i) => (q.id = `q${i + 1}`));
    doc.quotes = all;
  },
};
