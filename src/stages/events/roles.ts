/**
 * Grammatical roles around a trigger: the subject (through control verbs, gerunds, coordination, relative
 * and appositive clauses), the object, and prepositional phrases, each with the rule that found it.
 */
import type { Analysis, Token } from '../../analysis.js';
import type { Chunk } from './clause.js';
import { chunkAt, chunkFrom, isVerbLike, sentenceOf, verbGroup } from './clause.js';
import type { EventLexicon } from './lexicon.js';
import type { DocContext, Party } from './participants.js';
import { possessorParties, resolveChunk } from './participants.js';
import { grammar } from './lexicon.js';
import type { Role } from './phrases.js';

export interface Subject extends Role {
  /** Governing verbs (and nouns) passed through, nearest first: their groups feed the mode. */
  chain: number[];
  /** Verbs the clause hangs from, by control or coordination, nearest first: where its time may be. */
  anchors?: number[];
}

const NONE: Subject = { parties: [], rule: 'none', chunk: null, chain: [] };
const RELATIVE = new Set(['who', 'which', 'that']);

function t(doc: Analysis, i: number): Token | undefined {
  return doc.tokens[i];
}

function listLeft(ctx: DocContext, last: Chunk): Party[] {
  const { doc } = ctx;
  const out: Party[][] = [resolveChunk(ctx, last, 'subject')];
  let start = last.start;
  for (let guard = 0; guard < 8; guard++) {
    const j = t(doc, start - 1);
    if (!j || !(j.lower === 'and' || j.text === ',')) break;
    const prev = chunkAt(doc, start - 2);
    if (!prev) break;
    const parties = resolveChunk(ctx, prev, 'subject');
    if (!parties.length) break;
    out.unshift(parties);
    start = prev.start;
  }
  const flat = out.flat();
  // "US and Chinese officials": a bare name before a shared head takes the head's sector.
  const lastParty = out[out.length - 1]?.[0];
  if (lastParty?.actor.sector && out.length > 1)
    return flat.map((p) =>
      p.actor.sector === null && p.rule.startsWith('fallback') && p.actor.country
        ? {
            ...p,
            actor: {
              ...p.actor,
              sector: lastParty.actor.sector,
              code: `${p.actor.country}${lastParty.actor.sector}`,
            },
          }
        : p,
    );
  return flat;
}

/** Where "along with its allies" ends at `j`: the index of "along"/"together", else -1. */
function companionStart(doc: Analysis, j: number, floor: number): number {
  for (let w = j; w > floor && w > j - 8; w--) {
    const x = t(doc, w) as Token;
    if (x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'PUNCT') return -1;
    if (x.lower === 'with' && w < j) {
      const lead = t(doc, w - 1);
      return lead && (lead.lower === 'along' || lead.lower === 'together') && w - 1 > floor ? w - 1 : -1;
    }
  }
  return -1;
}

function skipLeft(doc: Analysis, k: number, floor: number): number {
  let j = k;
  for (;;) {
    const x = t(doc, j);
    if (!x || j < floor) return j;
    if (x.pos === 'ADV') {
      j--;
      continue;
    }
    // A time phrase between subject and verb ("Yeltsin on Saturday hosted").
    if (grammar().timeWords.has(x.lower)) {
      const before = t(doc, j - 1);
      if (before && (before.pos === 'ADP' || before.lower === 'last' || before.lower === 'this')) {
        j -= 2;
        continue;
      }
      // A bare day name or "today" ("Mugabe today accused", "Arafat Wednesday rejected").
      if (grammar().bareTime.has(x.lower)) {
        j--;
        continue;
      }
    }
    // A companion phrase ("Washington along with its allies demanded", "Iran, together with Syria,").
    const companion = companionStart(doc, j, floor);
    if (companion >= 0) {
      j = companion - 1;
      continue;
    }
    // An appositive or parenthetical between commas.
    if (x.text === ',') {
      let c = j - 1;
      while (c > floor && c > j - 16 && t(doc, c)?.text !== ',') c--;
      if (c > floor && t(doc, c)?.text === ',') {
        j = c - 1;
        continue;
      }
    }
    return j;
  }
}

/**
 * "Rebels in the Ivory Coast blocked …", "Militants in Iraq attacked …": the last phrase before the verb is a
 * place modifying the subject; the subject is the actor before it, when that actor has a country of its own.
 */
function locatedHead(
  ctx: DocContext,
  chunk: Chunk,
  floor: number,
): { parties: Party[]; chunk: Chunk } | null {
  const { doc } = ctx;
  const prep = t(doc, chunk.start - 1);
  if (!prep || !grammar().locative.has(prep.lower) || chunk.start - 2 < floor) return null;
  const before = chunkAt(doc, chunk.start - 2);
  if (!before || before.end !== chunk.start - 1) return null;
  const place = resolveChunk(ctx, chunk, 'other');
  if (!place.length || !place.every((p) => p.place || p.actor.sector === null)) return null;
  const parties = listLeft(ctx, before);
  if (
    !parties.length ||
    !parties.every((p) => p.actor.country !== null && !p.place && p.actor.sector !== null)
  )
    return null;
  return { parties, chunk: before };
}

/** The subject of the clause whose verb group starts at `vg.start`. */
export function subjectOf(ctx: DocContext, lex: EventLexicon, verb: number, depth = 0): Subject {
  const { doc } = ctx;
  if (depth > 6) return NONE;
  const vg = verbGroup(doc, verb);
  const bounds = sentenceOf(doc, verb);
  const k = vg.start - 1;
  const before = t(doc, k);
  const self = t(doc, verb) as Token;
  if (!before || k < bounds.start) return NONE;

  // Control: "agreed to expand", "sought to resist", "efforts to limit", "ordered warplanes to shoot".
  if (before.lower === 'to') {
    let g = k - 1;
    // "is about to restore", "are able to", "were willing to": the adjective hangs from the verb before it.
    while (
      g >= bounds.start &&
      (t(doc, g)?.pos === 'ADV' || grammar().predicative.has(t(doc, g)?.lower ?? ''))
    )
      g--;
    const gov = t(doc, g);
    if (!gov || g < bounds.start) return NONE;
    if (isVerbLike(gov) || gov.pos === 'AUX' || (gov.pos === 'ADJ' && /ed$/.test(gov.lower))) {
      const up = subjectOf(ctx, lex, g, depth + 1);
      return {
        ...up,
        rule: `control(${gov.lemma})→${up.rule}`,
        chain: [g, ...up.chain],
        anchors: [g, ...(up.anchors ?? [])],
      };
    }
    const chunk = chunkAt(doc, g);
    if (chunk) {
      const head = t(doc, chunk.head) as Token;
      if (lex.cues.controlVerbs.has(head.lemma) || lex.cues.controlVerbs.has(head.lower)) {
        if (chunk.possessor) {
          const resolved = possessorParties(ctx, chunk.possessor);
          return {
            parties: resolved,
            rule: `nominal-control(${head.lower}): possessor`,
            chunk,
            chain: [chunk.head],
          };
        }
        const by = t(doc, chunk.end);
        if (by?.lower === 'by') {
          const agent = chunkFrom(doc, chunk.end + 1, bounds.end);
          if (agent)
            return {
              parties: resolveChunk(ctx, agent, 'subject'),
              rule: `nominal-control(${head.lower}): by-agent`,
              chunk: agent,
              chain: [chunk.head],
            };
        }
        const up = chunkGovernor(ctx, lex, chunk, depth);
        if (up)
          return {
            ...up,
            rule: `nominal-control(${head.lower})→${up.rule}`,
            chain: [chunk.head, ...up.chain],
          };
        return NONE;
      }
      const pre = t(doc, chunk.start - 1);
      if (pre && (isVerbLike(pre) || pre.lower === 'for' || pre.pos === 'AUX')) {
        // Object control ("urged Iran to stop") or "for X to meet"; "X is the first Y to visit".
        if (pre.pos === 'AUX') {
          const up = subjectOf(ctx, lex, chunk.start - 1, depth + 1);
          if (up.parties.length) return { ...up, rule: `predicate-control→${up.rule}`, chain: up.chain };
        }
        const anchors = isVerbLike(pre)
          ? [chunk.start - 1, ...(subjectOf(ctx, lex, chunk.start - 1, depth + 1).anchors ?? [])]
          : [];
        return {
          parties: resolveChunk(ctx, chunk, 'subject'),
          rule: 'object-control',
          chunk,
          chain: isVerbLike(pre) ? [chunk.start - 1] : [],
          anchors,
        };
      }
    }
    return NONE;
  }

  // Gerund after a preposition: "responded by freezing", "after meeting".
  if (self.lower.endsWith('ing') && lex.cues.gerundGovernors.has(before.lower)) {
    for (let g = k - 1; g >= bounds.start && g >= k - 20; g--) {
      const x = t(doc, g) as Token;
      if (isVerbLike(x) && x.pos === 'VERB') {
        const up = subjectOf(ctx, lex, g, depth + 1);
        return {
          ...up,
          rule: `gerund(${before.lower})→${up.rule}`,
          chain: [g, ...up.chain],
          anchors: [g, ...(up.anchors ?? [])],
        };
      }
    }
    return NONE;
  }
  // A participle clause after a comma takes the main clause's subject ("arrested an official, accusing him").
  if (self.lower.endsWith('ing') && before.text === ',') {
    for (let g = k - 1; g >= bounds.start && g >= k - 25; g--) {
      const x = t(doc, g) as Token;
      const prev = t(doc, g - 1);
      const modifier = prev?.text === '-' || prev?.pos === 'DET' || prev?.pos === 'ADJ';
      if (x.pos === 'VERB' && !x.lower.endsWith('ing') && !modifier) {
        const up = subjectOf(ctx, lex, g, depth + 1);
        return {
          ...up,
          rule: `participle clause→${up.rule}`,
          chain: up.chain,
          anchors: [g, ...(up.anchors ?? [])],
        };
      }
    }
    return NONE;
  }
  // Gerund right after a verb: "considering giving", "spent months blaming".
  if (self.lower.endsWith('ing') && before.pos === 'VERB') {
    const up = subjectOf(ctx, lex, k, depth + 1);
    return {
      ...up,
      rule: `gerund-complement(${before.lemma})→${up.rule}`,
      chain: [k, ...up.chain],
      anchors: [k, ...(up.anchors ?? [])],
    };
  }

  // Coordinated verbs share their subject: "freezing contacts and escalating rhetoric".
  let cc = k;
  while (cc > bounds.start && t(doc, cc)?.pos === 'ADV') cc--;
  if (t(doc, cc)?.pos === 'CCONJ') {
    const suffix = self.lower.endsWith('ing') ? 'ing' : self.lower.endsWith('ed') ? 'ed' : null;
    for (let g = cc - 1; g >= bounds.start && g >= cc - 20; g--) {
      const x = t(doc, g) as Token;
      if (
        x.i !== verb &&
        isVerbLike(x) &&
        (suffix === null ||
          x.lower.endsWith(suffix) ||
          (suffix === 'ed' && x.pos === 'VERB' && x.lower !== x.lemma && !x.lower.endsWith('ing')))
      ) {
        const up = subjectOf(ctx, lex, g, depth + 1);
        return {
          ...up,
          rule: `coordinated→${up.rule}`,
          chain: up.chain,
          anchors: [g, ...(up.anchors ?? [])],
        };
      }
    }
    return NONE;
  }

  const j = skipLeft(doc, k, bounds.start);
  const chunk = j >= bounds.start ? chunkAt(doc, j) : null;
  if (!chunk) return NONE;
  const head = t(doc, chunk.head) as Token;
  if (RELATIVE.has(head.lower) && chunk.end - chunk.start === 1) {
    let a = chunk.start - 1;
    if (t(doc, a)?.text === ',') a--;
    const antecedent = a >= bounds.start ? chunkAt(doc, a) : null;
    if (!antecedent) return NONE;
    return {
      parties: listLeft(ctx, antecedent),
      rule: 'relative-clause antecedent',
      chunk: antecedent,
      chain: [],
    };
  }
  const located = locatedHead(ctx, chunk, bounds.start);
  if (located)
    return { parties: located.parties, rule: 'subject NP before its place', chunk: located.chunk, chain: [] };
  const parties = listLeft(ctx, chunk);
  if (!parties.length && self.lower.endsWith('ing')) {
    const pre = t(doc, chunk.start - 1);
    if (pre?.pos === 'VERB') {
      const up = subjectOf(ctx, lex, chunk.start - 1, depth + 1);
      return {
        ...up,
        rule: `gerund-complement(${pre.lemma})→${up.rule}`,
        chain: [chunk.start - 1, ...up.chain],
      };
    }
  }
  return { parties, rule: 'subject NP', chunk, chain: [] };
}

/** The subject of the verb that governs a chunk as its object ("escalating rhetoric" → who escalates). */
export function chunkGovernor(ctx: DocContext, lex: EventLexicon, chunk: Chunk, depth = 0): Subject | null {
  const { doc } = ctx;
  let g = chunk.start - 1;
  while (t(doc, g)?.pos === 'ADV') g--;
  const gov = t(doc, g);
  if (!gov || gov.sentence !== (t(doc, chunk.start) as Token).sentence || !isVerbLike(gov)) return null;
  const up = subjectOf(ctx, lex, g, depth + 1);
  return { ...up, chain: [g, ...up.chain] };
}
