/**
 * Drops dates in metadata lines ("DCT: 1998-03-01T14:11:00", "Updated: June 19, 2023"): a short label, a colon
 * and nothing but the date. They date the document, not anything it reports.
 */
import type { Paragraph } from '../../../analysis.js';
import type { Candidate, RefineContext, TimeRefiner } from '../types.js';

const LABEL = /^[A-Za-z][A-Za-z .]{0,30}:\s*/;

export const metadataRefiner: TimeRefiner = {
  name: 'metadata',
  refine(ctx: RefineContext, candidates: Candidate[]): Candidate[] {
    return candidates.filter((c) => {
      const sentence = ctx.doc.sentences[c.sentence];
      const p: Paragraph | undefined = sentence ? ctx.doc.paragraphs[sentence.paragraph] : undefined;
      if (!p) return true;
      const line = ctx.doc.text.slice(p.start, p.end);
      const label = LABEL.exec(line);
      if (!label) return true;
      const rest = line.slice(label[0].length);
      // The whole rest of the line is one date-like token run.
      return !(
        p.start + label[0].length <= c.start + 1 &&
        /^[\d\-T:.,/ +Z]+$/.test(rest) &&
        rest.length < 40
      );
    });
  },
};
