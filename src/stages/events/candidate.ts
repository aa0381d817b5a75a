/**
 * A candidate event: the entry a trigger matched, its sources and targets with the rules that linked them,
 * and the helpers the verb and noun readers share. coding.ts turns candidates into events.
 */
import type { Analysis, Token } from '../../analysis.js';
import type { Chunk } from './clause.js';
import { chunkFrom } from './clause.js';
import type { EventLexicon, NounEntry, VerbEntry } from './lexicon.js';
import type { ModeResult } from './mode.js';
import type { DocContext, Party } from './participants.js';
import { resolveChunk } from './participants.js';
import type { Role } from './phrases.js';
import { grammar } from './lexicon.js';
import { ppParties } from './phrases.js';

export interface Candidate {
  entry: VerbEntry | NounEntry;
  kind: 'verb' | 'noun';
  trigger: { start: number; end: number };
  sources: Party[];
  targets: Party[];
  sourceRule: string;
  targetRule: string;
  mode: ModeResult;
  /** Token indices used as participants (kept out of the location). */
  used: Set<number>;
  /** A noun the verb consumed as its object ("canceled a visit"). */
  consumed: number | null;
  /** The verb this trigger's clause is the complement of ("threatened to attack" → threatened). */
  governor: number | null;
  /** Verbs the trigger's clause hangs from (control, coordination), for its date. */
  anchors: number[];
  /** Token range of a that-clause this trigger demands or threatens: its content, not an event. */
  content: { start: number; end: number } | null;
}

export function t(doc: Analysis, i: number): Token | undefined {
  return doc.tokens[i];
}

export function mark(used: Set<number>, chunk: Chunk | null): void {
  if (chunk) for (let k = chunk.start; k < chunk.end; k++) used.add(k);
}

export function headLemma(doc: Analysis, chunk: Chunk): { lemma: string; lower: string } {
  const h = t(doc, chunk.head) as Token;
  return { lemma: h.lemma, lower: h.lower };
}

export function matchesList(
  list: readonly string[] | undefined,
  w: { lemma: string; lower: string },
): boolean {
  return !!list && (list.includes(w.lemma) || list.includes(w.lower));
}

export function noPlaces(parties: Party[], allowPlace: boolean): Party[] {
  return parties.filter((p) => allowPlace || !p.place || p.metonym);
}

/** The target of a noun the verb takes as its object ("a planned visit to Beijing", "its access"). */
export function objectNounTargets(
  ctx: DocContext,
  lex: EventLexicon,
  obj: Chunk,
  limit: number,
  exclude: string | null,
): Role | null {
  const { doc } = ctx;
  const h = headLemma(doc, obj);
  const nounEntry = (lex.nouns.get(h.lower) ?? lex.nouns.get(h.lemma))?.[0];
  const preps = [...(nounEntry?.target ?? ['to', 'with', 'on', 'against', 'for', 'of']), 'by', 'from'];
  // The possessor of an event noun is who did it ("condemned Russia's invasion", "limit its access").
  if (obj.possessor) {
    const chunk: Chunk = {
      start: obj.possessor.start,
      end: obj.possessor.end,
      head: obj.possessor.end - 1,
      possessor: null,
    };
    const parties = resolveChunk(ctx, chunk, 'subject', exclude);
    if (parties.length) return { parties, rule: 'object possessor', chunk };
  }
  const pp = ppParties(ctx, obj.end, limit, preps, obj.end + 8);
  if (pp && doc.tokens[obj.end]) {
    const parties = noPlaces(pp.parties, true);
    if (parties.length) return { ...pp, rule: `object ${pp.rule}`, parties };
  }
  return null;
}

/** The source of the latest earlier event whose source differs from `country`. */
export function carriedTarget(ctx: DocContext, country: string | null): Party | null {
  // Whoever acted on the responder last; else the latest other actor.
  for (let k = ctx.pairs.length - 1; k >= 0; k--) {
    const pair = ctx.pairs[k];
    if (
      pair?.target?.actor.country === country &&
      pair.source.actor.country &&
      pair.source.actor.country !== country
    )
      return pair.source;
  }
  for (let k = ctx.pairs.length - 1; k >= 0; k--) {
    const pair = ctx.pairs[k];
    if (pair && pair.source.actor.country && pair.source.actor.country !== country) return pair.source;
  }
  return null;
}

export function isTimeChunk(doc: Analysis, chunk: Chunk): boolean {
  const head = t(doc, chunk.head) as Token;
  if (grammar().timeWords.has(head.lower)) return true;
  return doc.times.some(
    (x) => chunk.head >= x.tokenStart && chunk.head < x.tokenEnd && x.kind !== 'duration',
  );
}

/** Whether an object list word sits in the object phrase as a compound noun or in a coordinated phrase. */
export function objectNear(doc: Analysis, list: readonly string[], obj: Chunk, limit: number): boolean {
  const before = t(doc, obj.head - 1);
  if (
    before &&
    before.pos === 'NOUN' &&
    obj.head - 1 >= obj.start &&
    (list.includes(before.lower) || list.includes(before.lemma))
  )
    return true;
  let p = obj.end;
  for (let guard = 0; guard < 4 && p < limit; guard++) {
    const x = t(doc, p);
    if (!x || !(x.text === ',' || x.lower === 'and' || x.lower === 'or')) break;
    const next = chunkFrom(doc, p + 1, limit);
    if (!next) break;
    const h = t(doc, next.head) as Token;
    if (list.includes(h.lower) || list.includes(h.lemma)) return true;
    p = next.end;
  }
  return false;
}
