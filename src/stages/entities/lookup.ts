/**
 * Lookups over the entities layer for the stages after it (events, quotes). All O(1) or O(log n):
 *
 * - `mentionAt(doc, token)`: the outermost mention covering a token, or null.
 * - `entityById(doc, id)`: the entity with that id ("e3"), or null.
 * - `entityOf(doc, mention)`: the entity a mention belongs to.
 * - `actorOf(doc, mention)`: the actor the mention stands for — its own override (metonymy: "Beijing
 *   believes" is the Chinese government) or else its entity's actor.
 * - `mentionsIn(doc, from, to)`: the mentions starting inside a token range [from, to), in text order.
 * - `spanOf(doc, mention)`: the mention as an output Span.
 */
import type { Analysis, Mention } from '../../analysis.js';
import type { Actor, Entity, Span } from '../../types.js';

const byId = new WeakMap<Analysis, Map<string, Entity>>();

export function mentionAt(doc: Analysis, token: number): Mention | null {
  const i = doc.tokenMention[token] ?? -1;
  return i >= 0 ? (doc.mentions[i] ?? null) : null;
}

export function entityById(doc: Analysis, id: string): Entity | null {
  let index = byId.get(doc);
  if (!index || index.size !== doc.entities.length) {
    index = new Map(doc.entities.map((e) => [e.id, e]));
    byId.set(doc, index);
  }
  return index.get(id) ?? null;
}

export function entityOf(doc: Analysis, mention: Mention): Entity | null {
  return entityById(doc, mention.entity);
}

export function actorOf(doc: Analysis, mention: Mention): Actor | null {
  return mention.actor ?? entityOf(doc, mention)?.actor ?? null;
}

export function mentionsIn(doc: Analysis, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  // Binary search for the first mention with tokenStart >= from.
  let lo = 0;
  let hi = doc.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.mentions[mid] as Mention).tokenStart < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < doc.mentions.length; i++) {
    const m = doc.mentions[i] as Mention;
    if (m.tokenStart >= to) break;
    out.push(m);
  }
  return out;
}

export function spanOf(doc: Analysis, mention: Mention): Span {
  return { start: mention.start, end: mention.end, text: doc.text.slice(mention.start, mention.end) };
}
