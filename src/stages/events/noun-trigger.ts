/**
 * Noun triggers: an event noun ("meeting", "sanctions", "invasion") coded when the phrase names who acts —
 * a possessor, a by-agent, "between A and B", an adjectival country, or the subject of a verb that carries it
 * ("held talks", "announced a suspension") — with targets from its prepositional phrases or an "anti-" modifier.
 */
import type { Token } from '../../analysis.js';
import type { Chunk } from './clause.js';
import { chunkAt, sentenceOf } from './clause.js';
import type { EventLexicon, NounEntry } from './lexicon.js';
import { modeOf, nounMode, strongerMode } from './mode.js';
import { grammar } from './lexicon.js';
import type { DocContext, Party } from './participants.js';
import { partiesIn, resolveChunk } from './participants.js';
import { clauseEnd, ppParties } from './phrases.js';
import { chunkGovernor, subjectOf } from './roles.js';
import type { Candidate } from './candidate.js';
import { mark, t } from './candidate.js';

const ANTI = /^anti-?/i;

export function nounCandidate(
  ctx: DocContext,
  lex: EventLexicon,
  i: number,
  entry: NounEntry,
  consumed: ReadonlySet<number>,
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
  // "agreed …, after talks in San Cristóbal": a bare event noun after a time preposition is the clause subject's.
  if (
    !sources.length &&
    grammar().eventPrepositions.has(t(doc, chunk.start - 1)?.lower ?? '') &&
    !chunk.possessor
  ) {
    for (let g = chunk.start - 2; g >= bounds.start; g--) {
      const x = t(doc, g) as Token;
      if (x.pos !== 'VERB') continue;
      const up = subjectOf(ctx, lex, g);
      sources = up.parties;
      sourceRule = `subject of "${x.text}" around "${t(doc, chunk.start - 1)?.text ?? ''} ${t(doc, i)?.text ?? ''}"`;
      break;
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
  // Coordinated sources are each other's partners ("American and South Korean pilots will begin an exercise").
  if (entry.requireTarget && !targets.length && sources.length < 2) return null;
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
