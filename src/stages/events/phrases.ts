/**
 * Phrases around a trigger: coordinated lists, prepositional phrases, a passive's agent, and where a clause
 * ends — the pieces roles.ts and the trigger readers share.
 */
import type { Analysis, Token } from '../../analysis.js';
import type { Chunk, VerbGroup } from './clause.js';
import { chunkFrom, sentenceOf } from './clause.js';
import type { DocContext, Party } from './participants.js';
import { fallbackIndex } from './fallback.js';
import { grammar } from './lexicon.js';
import { resolveChunk } from './participants.js';

export interface Role {
  parties: Party[];
  rule: string;
  chunk: Chunk | null;
}

const RELATIVE = new Set(['who', 'which', 'that']);

function t(doc: Analysis, i: number): Token | undefined {
  return doc.tokens[i];
}

/** Coordinated phrases around a chunk ("Japan, South Korea, Australia and the Philippines"). */
export function listRight(
  ctx: DocContext,
  first: Chunk,
  limit: number,
  role: 'subject' | 'other',
): { parties: Party[]; end: number } {
  const { doc } = ctx;
  const parties = [...resolveChunk(ctx, first, role)];
  let end = first.end;
  // A list continues only from a phrase that names an actor ("20 people, Georgia's ministry said" is none).
  // "regional allies, notably Japan, …" lists after a group noun it names, so a bare plural head may lead.
  const head = t(doc, first.head) as Token;
  if (!parties.length && !(head.pos === 'NOUN' && head.lower !== head.lemma)) return { parties, end };
  for (let guard = 0; guard < 12; guard++) {
    let p = end;
    let sawJoin = false;
    while (p < limit) {
      const x = t(doc, p) as Token;
      if (x.text === ',' || x.lower === 'and' || x.lower === 'or' || grammar().listSkip.has(x.lower)) {
        sawJoin = true;
        p++;
      } else break;
    }
    if (!sawJoin) break;
    const next = chunkFrom(doc, p, limit);
    if (!next) break;
    // ", and the two navies will hold …": the subject of a new clause, not a list member.
    const after = t(doc, next.end);
    if (after && (after.pos === 'AUX' || after.pos === 'VERB') && !/(ed|ing)$/.test(after.lower)) break;
    const more = resolveChunk(ctx, next, role).filter((x) => !x.place || role === 'other');
    if (!more.length) break;
    parties.push(...more);
    end = next.end;
  }
  return { parties, end };
}

/** The agent of a passive ("was attacked by rebels"). */
export function passiveAgent(ctx: DocContext, vg: VerbGroup, after: number): Role | null {
  const { doc } = ctx;
  const bounds = sentenceOf(doc, vg.verb);
  // The agent may follow an instrument ("was hit with a water cannon by a coast guard ship").
  for (let p = after; p < Math.min(bounds.end, after + 8); p++) {
    const x = t(doc, p) as Token;
    if (x.pos === 'VERB' || x.pos === 'SCONJ' || x.text === ',') break;
    if (x.lower === 'by') {
      const chunk = chunkFrom(doc, p + 1, bounds.end);
      if (!chunk) return null;
      return {
        parties: listRight(ctx, chunk, bounds.end, 'subject').parties,
        rule: 'passive by-agent',
        chunk,
      };
    }
  }
  return null;
}

/** A participle inside a noun phrase ("a planned visit", "proposed Israeli changes"). */
function participleModifier(doc: Analysis, p: number): boolean {
  const x = t(doc, p) as Token;
  const prev = t(doc, p - 1);
  const next = t(doc, p + 1);
  if (!/(ed|ing)$/.test(x.lower) || !next || !['ADJ', 'NOUN', 'PROPN'].includes(next.pos)) return false;
  return prev !== undefined && ['DET', 'ADJ', 'VERB', 'PRON', 'ADP'].includes(prev.pos);
}

/** Where the clause of a trigger ends, for object and PP search. */
export function clauseEnd(doc: Analysis, from: number): number {
  const bounds = sentenceOf(doc, from);
  for (let p = from + 1; p < bounds.end; p++) {
    const x = t(doc, p) as Token;
    if (
      x.text === ';' ||
      x.text === ':' ||
      x.pos === 'SCONJ' ||
      (RELATIVE.has(x.lower) && t(doc, p - 1)?.text === ',')
    )
      return p;
    if (x.pos === 'VERB' && p > from + 1 && !participleModifier(doc, p)) return p;
  }
  return bounds.end;
}

/** Targets in prepositional phrases introduced by one of `preps` between from and limit. */
export function ppParties(
  ctx: DocContext,
  from: number,
  limit: number,
  preps: readonly string[],
  prepLimit = limit,
): Role | null {
  const { doc } = ctx;
  for (let p = from; p < Math.min(limit, prepLimit); p++) {
    const x = t(doc, p) as Token;
    if (!preps.includes(x.lower)) continue;
    const chunk = chunkFrom(doc, p + 1, limit);
    if (!chunk) continue;
    const { parties } = listRight(ctx, chunk, limit, 'other');
    if (parties.length) return { parties, rule: `${x.lower}-PP`, chunk };
    // "talks with leaders of Romania's new government": a sector noun's country is in its of-phrase.
    const head = t(doc, chunk.head) as Token;
    const sector = fallbackIndex().sectorNouns.get(head.lower);
    if (sector && t(doc, chunk.end)?.lower === 'of') {
      const owner = chunkFrom(doc, chunk.end + 1, limit);
      const found = owner ? resolveChunk(ctx, owner, 'other').filter((q) => q.actor.country && !q.place) : [];
      if (owner && found.length)
        return { parties: found, rule: `${x.lower}-PP ${head.lower} of`, chunk: owner };
    }
    // "an investigation into crimes committed by Croat forces": the agent of what the phrase names.
    const done = t(doc, chunk.end);
    if (done?.pos === 'VERB' && /ed$/.test(done.lower) && t(doc, chunk.end + 1)?.lower === 'by') {
      const end = clauseEnd(doc, chunk.end);
      const agent = chunkFrom(doc, chunk.end + 2, end);
      const found = agent ? listRight(ctx, agent, end, 'other').parties : [];
      if (agent && found.length) return { parties: found, rule: `${x.lower}-PP agent`, chunk: agent };
    }
  }
  return null;
}
