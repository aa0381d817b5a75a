/**
 * Verb triggers: a verb entry read with its clause — the shape the entry needs (particle, preposition,
 * object), the subject (through control, gerunds, coordination, relative clauses) or a passive's agent, and
 * targets from the object, prepositional phrases, a that-clause, a to-complement, or the discourse.
 */
import type { Token } from '../../analysis.js';
import type { Chunk } from './clause.js';
import { chunkFrom, isPossessiveMark, sentenceOf, verbGroup } from './clause.js';
import type { EventLexicon, VerbEntry } from './lexicon.js';
import { modeOf } from './mode.js';
import type { DocContext, Party } from './participants.js';
import { antecedent, resolveChunk } from './participants.js';
import { obligationClause } from './obligation.js';
import { ultimatum } from './ultimatum.js';
import { clauseEnd, listRight, passiveAgent, ppParties } from './phrases.js';
import { subjectOf } from './roles.js';
import { fallbackIndex } from './fallback.js';
import { locationOf } from './when-where.js';
import type { Candidate } from './candidate.js';
import { grammar } from './lexicon.js';
import { codingSets } from './lexicon.js';
import {
  carriedTarget,
  headLemma,
  isTimeChunk,
  mark,
  matchesList,
  noPlaces,
  objectNear,
  objectNounTargets,
  t,
} from './candidate.js';

interface Shape {
  /** First token after the verb and its particle or preposition. */
  after: number;
  particleAt: number;
  triggerEnd: number;
  /** The word after "to", "on" or "that" following the verb, if any. */
  complement: Token | undefined;
}

function nextWord(ctx: DocContext, i: number): number {
  let p = i + 1;
  while (t(ctx.doc, p)?.pos === 'ADV') p++;
  return p;
}

/** What the entry needs right after the verb: particle, preposition, complement; null when it does not fit. */
function verbShape(ctx: DocContext, i: number, entry: VerbEntry): Shape | null {
  const { doc } = ctx;
  const bounds = sentenceOf(doc, i);
  let after = i + 1;
  let particleAt = -1;
  if (entry.particle) {
    // Prepositional particles sit right after the verb ("call on"); adverbial ones may follow a short
    // object ("shoot it down").
    const reach = grammar().particles.has(entry.particle) ? 5 : 2;
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
  const p = nextWord(ctx, i);
  const next = t(doc, p);
  if (entry.notPrep?.includes(next?.lower ?? '')) return null;
  if (entry.prep) {
    if (next?.lower !== entry.prep) return null;
    after = p + 1;
  }
  // "agreed to …", "agreed on …", "warned that …", "denied using …".
  const complement =
    next?.lower === 'to' || next?.lower === 'on' || next?.lower === 'that'
      ? t(doc, p + 1)
      : next?.pos === 'VERB' && next.lower.endsWith('ing')
        ? next
        : undefined;
  if (next?.lower === 'to' && complement && entry.notComplement?.includes(complement.lemma)) return null;
  const control = next?.lower === 'to';
  if (entry.controlOnly && !control) return null;
  if (entry.requireObjectOrControl && !control && !chunkFrom(doc, p, bounds.end)) return null;
  const triggerEnd = particleAt === i + 1 ? i + 2 : entry.prep ? after : i + 1;
  return { after, particleAt, triggerEnd, complement };
}

interface ObjectReading {
  obj: Chunk | null;
  /** The first of two objects ("gave Tanzania a grant"): the target. */
  indirect: Chunk | null;
}

/** The object phrase, checked against the entry's object lists; null when the entry does not apply. */
function verbObject(
  ctx: DocContext,
  entry: VerbEntry,
  shape: Shape,
  limit: number,
  passive: boolean,
): ObjectReading | null {
  const { doc } = ctx;
  let obj: Chunk | null = null;
  if (t(doc, shape.after)?.lower !== 'to' && !passive) obj = chunkFrom(doc, shape.after, limit);
  // "lifted Friday a day-old blockade": a time phrase is not the object.
  if (obj && isTimeChunk(doc, obj)) obj = chunkFrom(doc, obj.end, limit);
  if (obj && isPossessiveMark(t(doc, obj.start))) obj = null;
  let objHead = obj ? headLemma(doc, obj) : null;
  let indirect: Chunk | null = null;
  if (entry.object && obj && objHead && !matchesList(entry.object, objHead)) {
    // "mediation efforts", "photographs and other military intelligence": a compound or coordinated noun.
    if (objectNear(doc, entry.object, obj, limit)) objHead = null;
    else {
      const second = chunkFrom(doc, obj.end, limit);
      const secondHead = second ? headLemma(doc, second) : null;
      if (!second || !secondHead || !matchesList(entry.object, secondHead)) return null;
      if (!resolveChunk(ctx, obj, 'other').length) return null;
      indirect = obj;
      obj = second;
      objHead = secondHead;
    }
  } else if (entry.object && !obj) return null;
  if (objHead && matchesList(entry.notObject, objHead)) return null;
  if (entry.intransitiveOnly && obj && !entry.prep) {
    const objParties = resolveChunk(ctx, obj, 'other');
    if (!objParties.length || t(doc, obj.start - 1)?.pos === 'VERB') return null;
  }
  return { obj, indirect };
}

function reducedRelative(ctx: DocContext, i: number, shape: Shape): boolean {
  const { doc } = ctx;
  const self = t(doc, i) as Token;
  if (!/ed$/.test(self.lower) || t(doc, i - 1)?.pos !== 'NOUN' || t(doc, shape.triggerEnd)?.pos !== 'ADP')
    return false;
  if (verbGroup(doc, i).aux.length) return false;
  const bounds = sentenceOf(doc, i);
  for (let p = i - 2; p >= bounds.start; p--) {
    const x = t(doc, p) as Token;
    if (x.text === ',' || x.pos === 'SCONJ') return false;
    if (x.pos === 'VERB') return true;
  }
  return false;
}

/**
 * "Thousands of protesters marched through central Tbilisi": an unplaced crowd protests in the country of the
 * place named in its clause.
 */
function crowdAtPlace(ctx: DocContext, subject: Chunk | null, i: number): Party[] {
  if (!subject) return [];
  const head = t(ctx.doc, subject.head) as Token;
  const sector = fallbackIndex().sectorNouns.get(head.lower);
  if (!sector || grammar().armedSectors.has(sector)) return [];
  const where = locationOf(ctx, i, new Set()).location;
  if (!where?.country) return [];
  const text = ctx.doc.text.slice((t(ctx.doc, subject.start) as Token).start, head.end);
  return [
    {
      actor: { code: `${where.country}${sector}`, country: where.country, sector, name: text },
      entity: null,
      span: { start: (t(ctx.doc, subject.start) as Token).start, end: head.end, text },
      rule: `crowd in ${where.name}`,
      place: false,
      thing: false,
    },
  ];
}

/** Sources, targets and what linked them, filled step by step. */
interface Linking {
  sources: Party[];
  targets: Party[];
  sourceRule: string;
  targetRule: string;
  used: Set<number>;
}

function setTargets(link: Linking, parties: Party[], rule: string, chunk: Chunk | null): void {
  link.targets = parties;
  link.targetRule = rule;
  mark(link.used, chunk);
}

/** Targets from the object phrase, the entry's preposition, or its target prepositions. */
function objectTargets(
  ctx: DocContext,
  lex: EventLexicon,
  entry: VerbEntry,
  i: number,
  shape: Shape,
  reading: ObjectReading,
  limit: number,
  link: Linking,
): number | null | false {
  const { doc } = ctx;
  const { obj, indirect } = reading;
  const sourceCountry = link.sources[0]?.actor.country ?? null;
  const place = !!entry.targetIsPlace;
  let consumed: number | null = null;
  if (obj && entry.object) {
    consumed = obj.head;
    if (indirect)
      setTargets(link, noPlaces(resolveChunk(ctx, indirect, 'other'), place), 'indirect object', indirect);
    else {
      const role = objectNounTargets(ctx, lex, obj, limit, sourceCountry);
      if (role) setTargets(link, role.parties, role.rule, role.chunk);
    }
  } else if (obj && entry.personObject) {
    const parties = resolveChunk(ctx, obj, 'other').filter((p) => !p.thing && !p.place);
    if (!parties.length) return false;
    setTargets(link, parties, 'object NP (an actor)', obj);
  } else if (obj) {
    const parties = noPlaces(listRight(ctx, obj, limit, 'other').parties, place);
    // "withdrew its troops from Mali": the source's own forces are no target; the phrase after them may be.
    const own = parties.length > 0 && parties.every((x) => x.actor.country === sourceCountry);
    if (parties.length && !own) setTargets(link, parties, 'object NP', obj);
    else {
      const role = objectNounTargets(ctx, lex, obj, limit, sourceCountry);
      if (role) setTargets(link, role.parties, role.rule, role.chunk);
      else earlierAgent(ctx, lex, obj, link);
    }
  }
  if (!link.targets.length && entry.prep) {
    const chunk = chunkFrom(doc, shape.after, limit);
    if (chunk)
      setTargets(
        link,
        noPlaces(listRight(ctx, chunk, limit, 'other').parties, place),
        `${entry.prep}-PP`,
        chunk,
      );
  }
  if (!link.targets.length && entry.target) {
    const role = ppParties(ctx, shape.particleAt === i + 1 ? i + 2 : i + 1, limit, entry.target);
    if (role) setTargets(link, noPlaces(role.parties, place), role.rule, role.chunk);
  }
  return consumed;
}

/** "condemned the strikes": an event noun without its own agent names the agent of the latest such event. */
function earlierAgent(ctx: DocContext, lex: EventLexicon, obj: Chunk, link: Linking): void {
  const head = t(ctx.doc, obj.head) as Token;
  const nouns = lex.nouns.get(head.lower) ?? lex.nouns.get(head.lemma) ?? [];
  if (!nouns.length) return;
  const own = link.sources[0]?.actor.country ?? null;
  for (let k = ctx.pairs.length - 1; k >= 0; k--) {
    const pair = ctx.pairs[k];
    const noun = nouns.find((n) => n.type === pair?.type);
    if (noun && pair?.source.actor.country && pair.source.actor.country !== own) {
      link.targets = [pair.source];
      link.targetRule = `discourse: the agent of the earlier ${noun.type} named by "${head.text}"`;
      return;
    }
  }
}

/** "demanded that the US cancel …": the that-clause's subject; returns the clause as the demand's content. */
function thatClauseTarget(ctx: DocContext, entry: VerbEntry, i: number, link: Linking): Candidate['content'] {
  const { doc } = ctx;
  if (link.targets.length || !codingSets().content.has(entry.type)) return null;
  const p = nextWord(ctx, i);
  if (t(doc, p)?.lower !== 'that') return null;
  const bounds = sentenceOf(doc, i);
  const chunk = chunkFrom(doc, p + 1, bounds.end);
  if (chunk)
    setTargets(link, noPlaces(resolveChunk(ctx, chunk, 'subject'), false), 'that-clause subject', chunk);
  return { start: p, end: bounds.end };
}

/**
 * What a demand, threat, promise or refusal is about ("threatened to reduce its cooperation", "called on the
 * UN to press Israel to stop its attacks"): the to-complement to the end of the clause is content, not events.
 */
function toComplement(ctx: DocContext, entry: VerbEntry, shape: Shape): Candidate['content'] {
  const { doc } = ctx;
  if (!codingSets().content.has(entry.type) && entry.type !== 'REJECT') return null;
  const bounds = sentenceOf(doc, shape.triggerEnd - 1);
  let p = nextWord(ctx, shape.triggerEnd - 1);
  // Right after the verb ("threatened to reduce"), or after an actor it addresses ("urged Iran to stop").
  if (t(doc, p)?.lower !== 'to') {
    const obj = chunkFrom(doc, p, bounds.end);
    if (!obj || !resolveChunk(ctx, obj, 'other').length) return null;
    p = obj.end;
  }
  if (t(doc, p)?.lower !== 'to' || t(doc, p + 1)?.pos !== 'VERB') return null;
  let end = p + 1;
  while (end < bounds.end && (t(doc, end) as Token).pos !== 'SCONJ' && (t(doc, end) as Token).text !== ';')
    end++;
  return { start: p, end };
}

/** "threatened to break relations with Russia", "offered to hand over to Britain": the complement's target. */
function complementTarget(ctx: DocContext, shape: Shape, link: Linking): void {
  const { doc } = ctx;
  if (link.targets.length) return;
  let p = shape.triggerEnd;
  for (;;) {
    const x = t(doc, p);
    if (x?.pos === 'ADV') p++;
    // "vowed on Thursday to wage war": a time phrase before the complement.
    else if (x?.pos === 'ADP' && x.lower !== 'to') {
      const time = chunkFrom(doc, p + 1, p + 4);
      if (!time || !isTimeChunk(doc, time)) break;
      p = time.end;
    } else break;
  }
  if (t(doc, p)?.lower !== 'to' || !t(doc, p + 1)) return;
  const inner = clauseEnd(doc, p + 1);
  const obj = chunkFrom(doc, p + 2, inner);
  const fromObj = obj ? noPlaces(listRight(ctx, obj, inner, 'other').parties, false) : [];
  const pp = fromObj.length
    ? null
    : ppParties(ctx, p + 2, inner, ['to', 'with', 'on', 'against', 'from', 'in', 'into']);
  const parties = fromObj.length
    ? fromObj
    : noPlaces(pp?.parties ?? [], pp?.rule === 'in-PP' || pp?.rule === 'into-PP');
  const source = link.sources[0]?.actor;
  // Another country, or another sector of the source's own ("threatened to ban Ugandan opposition candidates").
  const other = (x: Party): boolean =>
    x.actor.country !== (source?.country ?? null) ||
    (x.actor.sector !== null && x.actor.sector !== source?.sector && x.actor.code !== source?.code);
  if (parties.length) {
    link.targets = parties.filter(other);
    link.targetRule = `complement ${fromObj.length ? 'object' : (pp?.rule ?? '')}`;
  }
}

/** "fired four shells at targets in Jericho": an aiming preposition in the verb's own clause. */
function aimed(ctx: DocContext, entry: VerbEntry, shape: Shape): boolean {
  const preps = entry.aimPreps;
  if (!preps?.length) return false;
  const { doc } = ctx;
  const end = clauseEnd(doc, shape.triggerEnd - 1);
  for (let p = shape.triggerEnd; p < end; p++) if (preps.includes((t(doc, p) as Token).lower)) return true;
  return false;
}

/**
 * The entry as this clause reads it: without a target a weapons launch is a show of force ("fired missiles
 * into the sea" → MOBILIZE); a promise to hit back is a threat ("vowed that the North would retaliate").
 */
function clauseReading(
  ctx: DocContext,
  lex: EventLexicon,
  entry: VerbEntry,
  shape: Shape,
  targeted: boolean,
): VerbEntry {
  if (entry.untargeted && !targeted && !aimed(ctx, entry, shape))
    return {
      ...entry,
      id: `${entry.id}(untargeted)`,
      type: entry.untargeted.type,
      cameo: entry.untargeted.cameo,
    };
  if (entry.type === 'AGREE' && shape.complement) {
    const { doc } = ctx;
    const bounds = sentenceOf(doc, shape.triggerEnd - 1);
    for (let p = shape.triggerEnd; p < Math.min(bounds.end, shape.triggerEnd + 10); p++) {
      const x = t(doc, p) as Token;
      if (x.pos === 'VERB' && lex.cues.threatComplements.has(x.lemma))
        return { ...entry, id: `${entry.id}(threat: ${x.lemma})`, type: 'THREATEN', cameo: '130' };
    }
  }
  return entry;
}

/**
 * Targets the clause leaves unsaid but the article gives. Force reported by its victim ("Pakistan's military
 * said Indian forces had shelled three villages") hits the reporting side; a rejection, accusation, threat or
 * sanction answers whoever last acted on the source within three sentences ("Iran refused", after "the US
 * demanded that Iran release the tanker").
 */
function discourseTarget(
  ctx: DocContext,
  lex: EventLexicon,
  entry: VerbEntry,
  i: number,
  link: Linking,
): void {
  const { doc } = ctx;
  const own = link.sources[0]?.actor.country ?? null;
  if (!own) return;
  if (entry.type === 'ASSAULT' || entry.type === 'COERCE') {
    const bounds = sentenceOf(doc, i);
    for (let p = i - 1; p >= bounds.start; p--) {
      const x = t(doc, p) as Token;
      if (x.pos !== 'VERB' || !lex.cues.speechVerbs.has(x.lemma)) continue;
      const reporter = subjectOf(ctx, lex, p).parties.find((q) => q.actor.country && q.actor.country !== own);
      if (reporter) {
        link.targets = [reporter];
        link.targetRule = 'discourse: the side reporting the attack';
      }
      return;
    }
    return;
  }
  if (!ANSWERS.has(entry.type)) return;
  const sentence = (t(doc, i) as Token).sentence;
  for (let k = ctx.pairs.length - 1; k >= 0; k--) {
    const pair = ctx.pairs[k];
    if (!pair || pair.sentence < sentence - 3) break;
    if (
      pair.target?.actor.country === own &&
      pair.source.actor.country &&
      pair.source.actor.country !== own
    ) {
      link.targets = [pair.source];
      link.targetRule = 'discourse: the actor that last acted on the source';
      return;
    }
    // "The United States demanded the ship's release. Tehran refused": a refusal answers the latest demand.
    if (
      entry.type === 'REJECT' &&
      pair.type === 'REQUEST' &&
      pair.sentence >= sentence - 1 &&
      pair.source.actor.country &&
      pair.source.actor.country !== own
    ) {
      link.targets = [pair.source];
      link.targetRule = 'discourse: the actor whose demand is refused';
      return;
    }
  }
}

const ANSWERS = new Set(['ACCUSE', 'REJECT', 'THREATEN', 'SANCTION']);

/** A pronoun subject that came out as the target itself ("said it would strike Iraq"): the nearest other actor. */
function rereadPronounSubject(ctx: DocContext, subject: Chunk | null, link: Linking): void {
  const targetCountry = link.targets[0]?.actor.country ?? null;
  if (!subject || !targetCountry || subject.end - subject.start !== 1) return;
  const head = t(ctx.doc, subject.head) as Token;
  if (head.pos !== 'PRON' || !link.sources.every((p) => p.actor.country === targetCountry)) return;
  const again = antecedent(ctx, subject.head, head.lower, targetCountry);
  if (again.length) {
    link.sources = again;
    link.sourceRule = `${link.sourceRule}, pronoun re-read away from the target`;
  }
}

export function verbCandidate(
  ctx: DocContext,
  lex: EventLexicon,
  i: number,
  entry: VerbEntry,
): Candidate | null {
  const { doc } = ctx;
  const shape = verbShape(ctx, i, entry);
  if (!shape) return null;
  const duty = entry.obligation ? obligationClause(ctx, lex, i) : null;
  if (entry.obligation && !duty) return null;
  const limit = clauseEnd(doc, i);
  const vg = verbGroup(doc, i);
  // "released five soldiers captured in a clash": a participle right after the object noun of an earlier verb
  // is a passive (reduced relative), not a new clause.
  if (reducedRelative(ctx, i, shape)) vg.passive = true;
  const reading = verbObject(ctx, entry, shape, limit, vg.passive);
  if (!reading) return null;

  // Source: the subject, or a passive's agent (whose subject is then the target).
  const link: Linking = { sources: [], targets: [], sourceRule: 'none', targetRule: 'none', used: new Set() };
  const subj = subjectOf(ctx, lex, i);
  mark(link.used, subj.chunk);
  if (vg.passive) {
    const agent = passiveAgent(ctx, vg, shape.triggerEnd);
    if (!agent) return null;
    link.sources = agent.parties;
    link.sourceRule = agent.rule;
    mark(link.used, agent.chunk);
    setTargets(link, subj.parties, `passive subject (${subj.rule})`, subj.chunk);
    // "The launch was condemned by …": the agent of the earlier event the subject names.
    if (!link.targets.length && subj.chunk) earlierAgent(ctx, lex, subj.chunk, link);
  } else {
    link.sources = subj.parties;
    link.sourceRule = subj.rule;
  }
  link.sources = link.sources.filter(
    (p) => !p.place && !(entry.notArmed && grammar().armedSectors.has(p.actor.sector ?? '')),
  );
  if (!link.sources.length && entry.type === 'PROTEST') link.sources = crowdAtPlace(ctx, subj.chunk, i);
  if (!link.sources.length) return null;
  const sourceCountry = link.sources[0]?.actor.country ?? null;

  // Targets.
  let consumed: number | null = null;
  let content: Candidate['content'] = null;
  if (!vg.passive) {
    const got = objectTargets(ctx, lex, entry, i, shape, reading, limit, link);
    if (got === false) return null;
    consumed = got;
    content = thatClauseTarget(ctx, entry, i, link) ?? toComplement(ctx, entry, shape);
    complementTarget(ctx, shape, link);
  }
  if (duty) {
    link.targets = duty.targets.filter((p) => p.actor.country !== sourceCountry);
    link.targetRule = 'obligation: subject of the must-clause';
    content = duty.content;
    consumed = null;
  }
  if (entry.noTarget) link.targets = [];
  // Responses aim at whoever acted before: "China responded by freezing contacts".
  if (!link.targets.length && subj.chain.some((g) => lex.cues.respondVerbs.has((t(doc, g) as Token).lemma))) {
    const carried = carriedTarget(ctx, sourceCountry);
    if (carried) {
      link.targets = [carried];
      link.targetRule = 'discourse: the actor responded to';
    }
  }
  if (!link.targets.length) discourseTarget(ctx, lex, entry, i, link);
  if (!vg.passive) rereadPronounSubject(ctx, subj.chunk, link);
  const { sources, targets } = link;
  // "asked the alliance to send observers": someone is addressed even when dyad cannot place them.
  const addressed =
    reading.obj !== null &&
    t(doc, reading.obj.end)?.lower === 'to' &&
    t(doc, reading.obj.end + 1)?.pos === 'VERB';
  if (entry.requireTarget && !targets.length && !(addressed && entry.type === 'REQUEST')) return null;
  if (entry.requireTargetOrControl && !targets.length && sources.length < 2 && !shape.complement) return null;
  if (entry.domesticCommand && targets.every((p) => p.actor.country === sourceCountry)) return null;
  const controlled =
    link.sourceRule.startsWith('control(') || link.sourceRule.startsWith('gerund-complement');
  const read = ultimatum(
    lex,
    doc,
    i,
    clauseReading(ctx, lex, entry, shape, targets.length > 0),
    modeOf(doc, lex, i, subj.chain, true),
  );
  // A reading that changed the type ("vowed that the North would retaliate" → THREATEN) looks again.
  if (!targets.length && read.entry.type !== entry.type) discourseTarget(ctx, lex, read.entry, i, link);
  return {
    entry: read.entry,
    kind: 'verb',
    trigger: { start: i, end: shape.triggerEnd },
    sources,
    targets: link.targets,
    sourceRule: link.sourceRule,
    targetRule: link.targetRule,
    mode: read.mode,
    used: link.used,
    consumed,
    governor: controlled ? (subj.chain[0] ?? null) : null,
    anchors: subj.anchors ?? [],
    content,
  };
}
