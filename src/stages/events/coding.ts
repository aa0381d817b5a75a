/**
 * From candidates to events: one event per ordered pair (coordinated sources against a list of targets,
 * "Biden and Xi agreed" as a pair), CAMEO code, quad class and Goldstein from the entry, date and location,
 * and an explanation naming the entry and every rule used.
 */
import type { Analysis, Token } from '../../analysis.js';
import type { Event, EventLocation, Participant } from '../../types.js';
import type { EventLexicon } from './lexicon.js';
import type { DocContext, Party } from './participants.js';
import { span } from './participants.js';
import type { Candidate } from './candidate.js';
import { codingSets, goldstein } from './lexicon.js';
import { dateOf, locationOf } from './when-where.js';

function participant(p: Party): Participant {
  return { entity: p.entity, actor: p.actor, span: p.span };
}

/** Ordered pairs of a candidate: each source against each target; coordinated sources alone pair up. */
export function pairsOf(c: Candidate): [Party, Party | null, string][] {
  const out: [Party, Party | null, string][] = [];
  // "Biden and Xi agreed", "Moscow and Tehran signed": a pair, for mutual events only ("the US and Japan
  // condemned the launch" is two accusations, not one of the other).
  const mutual =
    codingSets().symmetric.has(c.entry.type) || ('symmetric' in c.entry && c.entry.symmetric === true);
  if (!c.targets.length && c.sources.length > 1 && mutual) {
    const [first, ...rest] = c.sources as [Party, ...Party[]];
    for (const other of rest)
      if (other.actor.country !== first.actor.country || other.entity !== first.entity)
        out.push([first, other, 'coordinated sources as a pair']);
    if (out.length) return out;
  }
  for (const s of c.sources) {
    if (!c.targets.length) out.push([s, null, c.targetRule]);
    for (const x of c.targets) if (!selfDirected(s, x, c.entry.type)) out.push([s, x, c.targetRule]);
  }
  return out;
}

/**
 * An actor acting on itself: the same code, or the same country where the target names no other sector
 * ("Iraq … strike Iraq"). Domestic events keep distinct sectors ("police arrested protesters": COP → CVL).
 */
export function selfDirected(s: Party, x: Party, type: string): boolean {
  if (x.actor.code === s.actor.code) return true;
  if (codingSets().domestic.has(type) && x.actor.sector !== s.actor.sector) return false;
  return (
    x.actor.country !== null &&
    x.actor.country === s.actor.country &&
    (x.actor.sector === null || x.actor.sector === s.actor.sector)
  );
}

/** A visit's place is where the event happens ("travel to Beirut", "a visit to Beijing"). */
function placeTarget(c: Candidate): { location: EventLocation; reason: string } | null {
  if (!c.entry.targetIsPlace) return null;
  const inPlace = /^(in|inside|at|near|across)-PP/.test(c.targetRule);
  const p = c.targets.find((x) => (x.place || inPlace) && x.span);
  if (!p?.span) return null;
  return {
    location: { name: p.span.text, country: p.actor.country, lat: null, lon: null, span: p.span },
    reason: `the place targeted "${p.span.text}"`,
  };
}

/**
 * A protest with no target of its own is directed at the government of the country where it happens
 * ("demonstrated in Serbia", "rioted at a jail in northern Israel"), else at the protesters' own government
 * ("Young Algerians blocked roads"): PLOVER's reading of civilian dissent.
 */
function hostTarget(c: Candidate, where: EventLocation | null): Candidate {
  if (c.targets.length || !codingSets().host.has(c.entry.type)) return c;
  const own = c.sources.find((p) => p.actor.country !== null && p.actor.sector !== 'GOV');
  const country = where?.country ?? own?.actor.country ?? null;
  if (!country) return c;
  const rule = where?.country ? `host country of "${where.name}"` : "the protesters' own government";
  const party: Party = {
    actor: { code: `${country}GOV`, country, sector: 'GOV', name: `${country} (government)` },
    entity: null,
    span: where?.country ? where.span : null,
    rule,
    place: true,
    thing: false,
  };
  return { ...c, targets: [party], targetRule: rule };
}

export function toEvents(ctx: DocContext, lex: EventLexicon, c: Candidate, nextId: () => string): Event[] {
  const { doc } = ctx;
  const first = doc.tokens[c.trigger.start] as Token;
  const sentence = doc.sentences[first.sentence];
  if (!sentence) return [];
  const trigger = span(doc, c.trigger.start, c.trigger.end);
  const dated = dateOf(doc, c.trigger.start, c.anchors);
  const where = placeTarget(c) ?? locationOf(ctx, c.trigger.start, c.used);
  c = hostTarget(c, where.location);
  const kindTag = c.kind === 'verb' ? 'lex' : 'lex';
  const events: Event[] = [];
  for (const [s, x, targetRule] of pairsOf(c)) {
    const explanation = [
      `${kindTag}:${c.entry.id} → ${c.entry.type} ${c.entry.cameo}`,
      `source: ${c.sourceRule} [${s.rule}]`,
      `target: ${x ? `${targetRule} [${x.rule}]` : 'none'}`,
      `mode: ${c.mode.mode}${c.mode.reason !== c.mode.mode ? ` (${c.mode.reason})` : ''}`,
      `date: ${dated.reason}`,
      `location: ${where.reason}`,
    ].join('; ');
    events.push({
      id: nextId(),
      type: c.entry.type,
      mode: c.mode.mode,
      cameo: c.entry.cameo,
      quadClass: lex.coding.quadClass[c.entry.type],
      intensity: goldstein(lex, c.entry.cameo, c.entry.goldstein),
      source: participant(s),
      target: x ? participant(x) : null,
      date: dated.date,
      location: where.location,
      trigger,
      sentence: {
        start: sentence.start,
        end: sentence.end,
        text: doc.text.slice(sentence.start, sentence.end),
      },
      explanation,
    });
  }
  return events;
}

/** One event per sentence, type and pair of countries (either direction for symmetric types). */
export function dedupeKey(e: Event, sentence: number): string {
  const a = e.source.actor.country ?? e.source.actor.code;
  const b = e.target?.actor.country ?? e.target?.actor.code ?? '-';
  const pair = codingSets().symmetric.has(e.type) ? [a, b].sort().join('|') : `${a}>${b}`;
  return `${sentence}|${e.type}|${pair}`;
}

export function isNegatedOnly(doc: Analysis, e: Event): boolean {
  return e.mode === 'negated' && !doc;
}
