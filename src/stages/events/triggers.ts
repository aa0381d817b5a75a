/**
 * Triggers: the verb and noun entries a sentence's tokens match, with the roles each entry needs. A
 * candidate holds its sources, targets and the rules that linked them; coding.ts turns it into events.
 */
import type { Analysis, Token } from '../../analysis.js';
import type { Chunk } from './clause.js';
import { chunkAt, chunkFrom, isPossessiveMark, sentenceOf, TIME_WORDS, verbGroup } from './clause.js';
import type { EventLexicon, NounEntry, VerbEntry } from './lexicon.js';
import type { ModeResult } from './mode.js';
import { modeOf, nounMode, strongerMode } from './mode.js';
import type { DocContext, Party } from './participants.js';
import { antecedent, partiesIn, resolveChunk } from './participants.js';
import type { Role } from './roles.js';
import { chunkGovernor, clauseEnd, listRight, passiveAgent, ppParties, subjectOf } from './roles.js';

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

function t(doc: Analysis, i: number): Token | undefined {
  return doc.tokens[i];
}

function mark(used: Set<number>, chunk: Chunk | null): void {
  if (chunk) for (let k = chunk.start; k < chunk.end; k++) used.add(k);
}

function headLemma(doc: Analysis, chunk: Chunk): { lemma: string; lower: string } {
  const h = t(doc, chunk.head) as Token;
  return { lemma: h.lemma, lower: h.lower };
}

function matchesList(list: readonly string[] | undefined, w: { lemma: string; lower: string }): boolean {
  return !!list && (list.includes(w.lemma) || list.includes(w.lower));
}

function noPlaces(parties: Party[], allowPlace: boolean): Party[] {
  return parties.filter((p) => allowPlace || !p.place);
}

/** The target of a noun the verb takes as its object ("a planned visit to Beijing", "its access"). */
function objectNounTargets(
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

export function verbCandidate(
  ctx: DocContext,
  lex: EventLexicon,
  i: number,
  entry: VerbEntry,
): Candidate | null {
  const { doc } = ctx;
  const bounds = sentenceOf(doc, i);
  const limit = clauseEnd(doc, i);
  const used = new Set<number>();
  let after = i + 1;
  // Particle right after the verb ("call on", "crack down"), or after a short object ("shoot it down").
  let particleAt = -1;
  if (entry.particle) {
    // Prepositional particles sit right after the verb ("call on"); adverbial ones may follow a short
    // object ("shoot it down").
    const reach = ADVERBIAL_PARTICLES.has(entry.particle) ? 5 : 2;
    for (let p = i + 1; p < Math.min(bounds.end, i + reach); p++) {
      const x = t(doc, p) as Token;
      if (x.lower === entry.particle) {
        particleAt = p;
        break;
      }
      if (x.text === ',' || x.pos === 'VERB' || x.pos === 'ADP') break;
    }
    if (particleAt < 0) return null;
    if (particleAt === i + 1) after = i + 2;
  }
  if (entry.notPrep) {
    let p = i + 1;
    while (t(doc, p)?.pos === 'ADV') p++;
    if (entry.notPrep.includes(t(doc, p)?.lower ?? '')) return null;
  }
  if (entry.prep) {
    let p = i + 1;
    while (t(doc, p)?.pos === 'ADV') p++;
    if (t(doc, p)?.lower !== entry.prep) return null;
    after = p + 1;
  }
  let complement: Token | undefined;
  {
    let p = i + 1;
    while (t(doc, p)?.pos === 'ADV') p++;
    if (t(doc, p)?.lower === 'to' || t(doc, p)?.lower === 'on' || t(doc, p)?.lower === 'that')
      complement = t(doc, p + 1);
    if (t(doc, p)?.lower === 'to' && complement && entry.notComplement?.includes(complement.lemma))
      return null;
  }
  if (entry.controlOnly || entry.requireObjectOrControl) {
    let p = i + 1;
    while (t(doc, p)?.pos === 'ADV') p++;
    const next = t(doc, p);
    const control = next?.lower === 'to';
    if (entry.controlOnly && !control) return null;
    if (entry.requireObjectOrControl && !control && !chunkFrom(doc, p, bounds.end)) return null;
  }
  const vg = verbGroup(doc, i);
  const triggerEnd = particleAt === i + 1 ? i + 2 : entry.prep ? after : i + 1;

  // Object.
  let obj: Chunk | null = null;
  if (t(doc, after)?.lower !== 'to' && !vg.passive) obj = chunkFrom(doc, after, limit);
  // "lifted Friday a day-old blockade": a time phrase is not the object.
  if (obj && isTimeChunk(doc, obj)) obj = chunkFrom(doc, obj.end, limit);
  if (obj && isPossessiveMark(t(doc, obj.start))) obj = null;
  let objHead = obj ? headLemma(doc, obj) : null;
  // Double object: "gave Tanzania a grant" — the first phrase is the target.
  let indirect: Chunk | null = null;
  // "mediation efforts", "photographs and other military intelligence": a compound or coordinated noun.
  if (
    entry.object &&
    obj &&
    objHead &&
    !matchesList(entry.object, objHead) &&
    objectNear(doc, entry.object, obj, limit)
  )
    objHead = { lemma: entry.object[0] as string, lower: entry.object[0] as string };
  if (entry.object && obj && objHead && !matchesList(entry.object, objHead)) {
    const second = chunkFrom(doc, obj.end, limit);
    const secondHead = second ? headLemma(doc, second) : null;
    if (
      second &&
      secondHead &&
      matchesList(entry.object, secondHead) &&
      resolveChunk(ctx, obj, 'other').length
    ) {
      indirect = obj;
      obj = second;
      objHead = secondHead;
    }
  }
  if (entry.object && (!objHead || !matchesList(entry.object, objHead))) return null;
  if (objHead && matchesList(entry.notObject, objHead)) return null;
  if (entry.intransitiveOnly && obj && !entry.prep) {
    const objParties = resolveChunk(ctx, obj, 'other');
    if (!objParties.length || t(doc, obj.start - 1)?.pos === 'VERB') return null;
  }

  // Source.
  let sources: Party[];
  let sourceRule: string;
  let chain: number[] = [];
  let anchors: number[] = [];
  let subjectChunk: Chunk | null = null;
  let targets: Party[] = [];
  let targetRule = 'none';
  if (vg.passive) {
    const agent = passiveAgent(ctx, vg, triggerEnd);
    const subj = subjectOf(ctx, lex, i);
    if (!agent) return null;
    sources = agent.parties;
    sourceRule = agent.rule;
    mark(used, agent.chunk);
    targets = subj.parties;
    targetRule = `passive subject (${subj.rule})`;
    chain = subj.chain;
    anchors = subj.anchors ?? [];
    mark(used, subj.chunk);
  } else {
    const subj = subjectOf(ctx, lex, i);
    subjectChunk = subj.chunk;
    sources = subj.parties;
    sourceRule = subj.rule;
    chain = subj.chain;
    anchors = subj.anchors ?? [];
    mark(used, subj.chunk);
  }
  sources = sources.filter((p) => !p.place);
  if (entry.notArmed) sources = sources.filter((p) => !ARMED.has(p.actor.sector ?? ''));
  if (!sources.length) return null;
  const sourceCountry = sources[0]?.actor.country ?? null;

  // Target.
  let consumed: number | null = null;
  if (!vg.passive) {
    if (obj && entry.object && indirect) {
      consumed = obj.head;
      targets = noPlaces(resolveChunk(ctx, indirect, 'other'), !!entry.targetIsPlace);
      targetRule = 'indirect object';
      mark(used, indirect);
    } else if (obj && entry.object) {
      consumed = obj.head;
      const role = objectNounTargets(ctx, lex, obj, limit, sourceCountry);
      if (role) {
        targets = role.parties;
        targetRule = role.rule;
        mark(used, role.chunk);
      }
    } else if (obj && entry.personObject) {
      const parties = resolveChunk(ctx, obj, 'other').filter((p) => !p.thing && !p.place);
      if (!parties.length) return null;
      targets = parties;
      targetRule = 'object NP (an actor)';
      mark(used, obj);
    } else if (obj) {
      const list = listRight(ctx, obj, limit, 'other');
      const parties = noPlaces(list.parties, !!entry.targetIsPlace);
      if (parties.length) {
        targets = parties;
        targetRule = 'object NP';
        mark(used, obj);
      } else {
        const role = objectNounTargets(ctx, lex, obj, limit, sourceCountry);
        if (role) {
          targets = role.parties;
          targetRule = role.rule;
          mark(used, role.chunk);
        }
      }
    }
    if (!targets.length && entry.prep) {
      const chunk = chunkFrom(doc, after, limit);
      if (chunk) {
        targets = noPlaces(listRight(ctx, chunk, limit, 'other').parties, !!entry.targetIsPlace);
        targetRule = `${entry.prep}-PP`;
        mark(used, chunk);
      }
    }
    if (!targets.length && entry.target) {
      const role = ppParties(ctx, particleAt === i + 1 ? i + 2 : i + 1, limit, entry.target);
      if (role) {
        targets = noPlaces(role.parties, !!entry.targetIsPlace);
        targetRule = role.rule;
        mark(used, role.chunk);
      }
    }
  }
  let content: Candidate['content'] = null;
  // "demanded that the US cancel …": the subject of the that-clause.
  if (!targets.length && !vg.passive && THAT_TARGET.has(entry.type)) {
    let p = i + 1;
    while (t(doc, p)?.pos === 'ADV') p++;
    if (t(doc, p)?.lower === 'that') {
      content = { start: p, end: bounds.end };
      const chunk = chunkFrom(doc, p + 1, bounds.end);
      if (chunk) {
        targets = noPlaces(resolveChunk(ctx, chunk, 'subject'), false);
        targetRule = 'that-clause subject';
        mark(used, chunk);
      }
    }
  }
  // "threatened to break relations with Russia", "offered to hand over to Britain": the complement's target.
  if (!targets.length && !vg.passive) {
    let p = triggerEnd;
    while (t(doc, p)?.pos === 'ADV') p++;
    if (t(doc, p)?.lower === 'to' && t(doc, p + 1)) {
      const inner = clauseEnd(doc, p + 1);
      const obj2 = chunkFrom(doc, p + 2, inner);
      const fromObj = obj2 ? noPlaces(listRight(ctx, obj2, inner, 'other').parties, false) : [];
      const pp = fromObj.length
        ? null
        : ppParties(ctx, p + 2, inner, ['to', 'with', 'on', 'against', 'from', 'in', 'into']);
      const parties = fromObj.length
        ? fromObj
        : noPlaces(pp?.parties ?? [], pp?.rule === 'in-PP' || pp?.rule === 'into-PP');
      if (parties.length) {
        targets = parties.filter((x) => x.actor.country !== sourceCountry);
        targetRule = `complement ${fromObj.length ? 'object' : (pp?.rule ?? '')}`;
      }
    }
  }
  if (entry.noTarget) targets = [];
  // Responses aim at whoever acted before: "China responded by freezing contacts".
  if (!targets.length && chain.some((g) => lex.cues.respondVerbs.has((t(doc, g) as Token).lemma))) {
    const carried = carriedTarget(ctx, sourceCountry);
    if (carried) {
      targets = [carried];
      targetRule = 'discourse: the actor responded to';
    }
  }
  // A pronoun subject that came out as the target itself ("said it would strike Iraq"): the nearest other actor.
  const targetCountry = targets[0]?.actor.country ?? null;
  if (
    subjectChunk &&
    targetCountry &&
    subjectChunk.end - subjectChunk.start === 1 &&
    (t(doc, subjectChunk.head) as Token).pos === 'PRON' &&
    sources.every((p) => p.actor.country === targetCountry)
  ) {
    const again = antecedent(
      ctx,
      subjectChunk.head,
      (t(doc, subjectChunk.head) as Token).lower,
      targetCountry,
    );
    if (again.length) {
      sources = again;
      sourceRule = `${sourceRule}, pronoun re-read away from the target`;
    }
  }
  if (entry.requireTarget && !targets.length) return null;
  if (entry.requireTargetOrControl && !targets.length && sources.length < 2 && !complement) return null;
  if (entry.domesticCommand && targets.every((p) => p.actor.country === sourceCountry)) return null;
  const mode = modeOf(doc, lex, i, chain, true);
  const governor =
    sourceRule.startsWith('control(') || sourceRule.startsWith('gerund-complement')
      ? (chain[0] ?? null)
      : null;
  return {
    governor,
    content,
    anchors,
    entry,
    kind: 'verb',
    trigger: { start: i, end: triggerEnd },
    sources,
    targets,
    sourceRule,
    targetRule,
    mode,
    used,
    consumed,
  };
}

/** The source of the latest earlier event whose source differs from `country`. */
function carriedTarget(ctx: DocContext, country: string | null): Party | null {
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

const ANTI = /^anti-?/i;
const ARMED = new Set(['MIL', 'REB', 'COP', 'SPY']);

function isTimeChunk(doc: Analysis, chunk: Chunk): boolean {
  const head = t(doc, chunk.head) as Token;
  if (TIME_WORDS.has(head.lower)) return true;
  return doc.times.some(
    (x) => chunk.head >= x.tokenStart && chunk.head < x.tokenEnd && x.kind !== 'duration',
  );
}

/** Whether an object list word sits in the object phrase as a compound noun or in a coordinated phrase. */
function objectNear(doc: Analysis, list: readonly string[], obj: Chunk, limit: number): boolean {
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

const ADVERBIAL_PARTICLES = new Set(['down', 'up', 'off', 'out', 'over', 'back', 'away']);
const THAT_TARGET = new Set(['REQUEST', 'THREATEN', 'ACCUSE', 'AGREE']);

export function nounCandidate(
  ctx: DocContext,
  lex: EventLexicon,
  i: number,
  entry: NounEntry,
  consumed: Set<number>,
): Candidate | null {
  const { doc } = ctx;
  if (consumed.has(i)) return null;
  const chunk = chunkAt(doc, i);
  if (!chunk || chunk.head !== i) return null;
  const bounds = sentenceOf(doc, i);
  const modifiers: Token[] = [];
  for (let k = chunk.possessor ? chunk.possessor.end : chunk.start; k < i; k++)
    modifiers.push(t(doc, k) as Token);
  const mods = modifiers.map((m) => m.lower);
  if (
    entry.notModifier &&
    mods.some((m) => entry.notModifier?.includes(m) || entry.notModifier?.includes(m.replace(ANTI, '')))
  )
    return null;
  if (entry.requireModifier && !mods.some((m) => entry.requireModifier?.includes(m))) return null;
  if (entry.notFollowedBy) {
    const next = doc.text
      .slice((t(doc, i) as Token).end, (t(doc, Math.min(bounds.end - 1, i + 3)) as Token).end)
      .toLowerCase()
      .trim();
    if (entry.notFollowedBy.some((f) => next.startsWith(f))) return null;
  }
  const used = new Set<number>();
  const limit = clauseEnd(doc, i);
  let sources: Party[] = [];
  let targets: Party[] = [];
  let sourceRule = 'none';
  let targetRule = 'none';
  let chain: number[] = [];

  // "anti-American rhetoric": the target is in the modifier.
  const anti = modifiers.find((m) => ANTI.test(m.text) || (m.lower === 'anti' && false));
  let antiAt = -1;
  for (let k = chunk.start; k < i; k++) {
    const x = t(doc, k) as Token;
    if (ANTI.test(x.lower) && x.lower.length > 5) antiAt = k;
    else if (x.lower === 'anti' && t(doc, k + 1)?.text === '-') antiAt = k + 2;
  }
  if (anti || antiAt >= 0) {
    const at = antiAt >= 0 ? antiAt : chunk.start;
    const parties = partiesIn(ctx, at, at + 1, 'other');
    if (parties.length) {
      targets = parties.map((p) => ({ ...p, thing: false, place: false }));
      targetRule = 'anti- modifier';
      used.add(at);
    }
  }
  if (entry.requireAntiTarget && !targets.length) return null;

  // Source: possessor, by-agent, "between A and B", an adjectival country, or the subject of a support verb.
  if (chunk.possessor) {
    const pc: Chunk = {
      start: chunk.possessor.start,
      end: chunk.possessor.end,
      head: chunk.possessor.end - 1,
      possessor: null,
    };
    sources = resolveChunk(ctx, pc, 'subject');
    sourceRule = 'possessor';
    mark(used, pc);
  }
  if (!sources.length) {
    const between = ppParties(ctx, i + 1, limit, ['between'], i + 4);
    if (between && between.parties.length >= 2) {
      sources = [between.parties[0] as Party];
      targets = between.parties.slice(1);
      sourceRule = 'between-PP';
      targetRule = 'between-PP';
      mark(used, between.chunk);
    }
  }
  if (!sources.length) {
    const by = ppParties(ctx, i + 1, limit, ['by']);
    if (by) {
      sources = by.parties;
      sourceRule = 'by-agent';
      mark(used, by.chunk);
    }
  }
  if (!sources.length && !entry.requireAntiTarget) {
    const adjectival = partiesIn(ctx, chunk.possessor ? chunk.possessor.end : chunk.start, i, 'other').filter(
      (p) => !used.has(p.span ? -1 : -1),
    );
    const own = adjectival.filter((p) => !(p.span && targets.some((x) => x.span?.start === p.span?.start)));
    if (own.length && !targets.length) {
      sources = own.filter((p) => !p.place).map((p) => ({ ...p, thing: false }));
      sourceRule = 'adjectival actor';
    }
  }
  const governor = chunkGovernor(ctx, lex, chunk);
  if (governor) chain = [governor.chain[0] as number, ...governor.chain.slice(1)];
  if (!sources.length && governor) {
    const gov = t(doc, governor.chain[0] as number) as Token;
    const decision = lex.cues.decisionVerbs.has(gov.lemma) && lex.cues.decisionTypes.has(entry.type);
    if (decision || lex.cues.supportVerbs.has(gov.lemma) || lex.cues.supportVerbs.has(gov.lower)) {
      sources = governor.parties;
      sourceRule = `subject of "${gov.text}" (${governor.rule})`;
      mark(used, governor.chunk);
    }
  }
  sources = sources.filter((p) => !p.place);
  if (!sources.length) return null;
  const sourceCountry = sources[0]?.actor.country ?? null;

  if (!targets.length && entry.target) {
    const role = ppParties(ctx, i + 1, limit, entry.target, i + 10);
    if (role) {
      targets = role.parties.filter(
        (p) =>
          !!entry.targetIsPlace || !p.place || role.rule.startsWith('in-') || role.rule.startsWith('on-'),
      );
      targetRule = role.rule;
      mark(used, role.chunk);
    }
  }
  targets = targets.filter(
    (p) => !(p.actor.country === sourceCountry && p.actor.code === sources[0]?.actor.code),
  );
  if (entry.requireTarget && !targets.length) return null;
  let mode = modeOf(doc, lex, i, governor ? chain : [], false);
  const own = nounMode(doc, lex, chunk.start, i);
  if (own) mode = strongerMode(mode, own);
  return {
    entry,
    kind: 'noun',
    trigger: { start: i, end: i + 1 },
    sources,
    targets,
    sourceRule,
    targetRule,
    mode,
    used,
    consumed: null,
    governor: governor ? (governor.chain[0] ?? null) : null,
    content: null,
    anchors: governor ? [...governor.chain.slice(0, 1), ...(governor.anchors ?? [])] : [],
  };
}
