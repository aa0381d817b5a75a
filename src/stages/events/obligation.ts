/**
 * Obligations put in someone's mouth: "Russia said Sudan must return the helicopter", "the forum concluded
 * that the US must allocate more" — a demand (REQUEST) of the speaker on the subject of the must-clause,
 * whose own verb is the demand's content, not an event.
 */
import type { Token } from '../../analysis.js';
import type { Candidate } from './candidate.js';
import { t } from './candidate.js';
import { chunkFrom, sentenceOf } from './clause.js';
import type { EventLexicon } from './lexicon.js';
import type { DocContext, Party } from './participants.js';
import { partiesIn, resolveChunk } from './participants.js';
import { clauseEnd } from './phrases.js';

export interface Obligation {
  targets: Party[];
  content: NonNullable<Candidate['content']>;
}

/** The must-clause after a speech verb at `i` ("said [on Friday] [that] X must VERB"), or null. */
export function obligationClause(ctx: DocContext, lex: EventLexicon, i: number): Obligation | null {
  const { doc } = ctx;
  const bounds = sentenceOf(doc, i);
  // The clause starts after "that", or right after the verb (and its adverbs).
  let p = i + 1;
  for (let k = i + 1; k < Math.min(bounds.end, i + 7); k++) {
    const x = t(doc, k) as Token;
    if (x.lower === 'that') {
      p = k + 1;
      break;
    }
    if (x.pos === 'VERB' || x.pos === 'AUX' || x.text === ',') break;
  }
  while (t(doc, p)?.pos === 'ADV') p++;
  let modal = -1;
  for (let k = p + 1; k < Math.min(bounds.end, p + 14); k++) {
    const x = t(doc, k) as Token;
    if (lex.cues.obligationModals.has(x.lower)) {
      modal = k;
      break;
    }
    if (x.pos === 'VERB' || x.pos === 'SCONJ' || x.text === ';' || x.text === ':') return null;
  }
  if (modal < 0) return null;
  let verb = modal + 1;
  while (t(doc, verb)?.pos === 'ADV' || t(doc, verb)?.lower === 'not') verb++;
  const v = t(doc, verb);
  if (!v || (v.pos !== 'VERB' && v.pos !== 'AUX')) return null;
  let targets = partiesIn(ctx, p, modal, 'subject');
  if (!targets.length) {
    const chunk = chunkFrom(doc, p, modal);
    if (chunk) targets = resolveChunk(ctx, chunk, 'subject');
  }
  if (!targets.length) return null;
  return { targets, content: { start: p, end: clauseEnd(doc, verb) } };
}
