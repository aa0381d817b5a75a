/**
 * Stage: events. For each sentence, every token that matches a verb or noun entry of the event lexicon is read
 * with its clause (subject, object, prepositional phrases, control verbs, coordination), its participants
 * linked to entities and actors, and coded with mode, date, location and an explanation.
 */
import type { Analysis, Stage, Token } from '../../analysis.js';
import type { Entity, Event } from '../../types.js';
import { dedupeKey, toEvents } from './coding.js';
import { eventLexicon, type EventLexicon } from './lexicon.js';
import type { DocContext } from './participants.js';
import type { Candidate } from './candidate.js';
import { nounCandidate } from './noun-trigger.js';
import { grammar } from './lexicon.js';
import { verbCandidate } from './verb-trigger.js';

function hasCue(doc: Analysis, cues: ReadonlySet<string>, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (cues.has((doc.tokens[k] as Token).lower)) return true;
  return false;
}

function sportSentence(doc: Analysis, lex: EventLexicon, start: number, end: number): boolean {
  return hasCue(doc, lex.cues.sport, start, end);
}

/** International actors without a country: IGOs, NGOs, multinationals, armed groups. */
const INTERNATIONAL = /^(IGO|NGO|MNC|IMG)/;

/**
 * Whether an entry with a verbal sense reads verbally from its participants: a politician, a legislature or a
 * newspaper "attacking" a person or group (not a country or an armed force) attacks with words.
 */
function talkers(ctx: DocContext, c: Candidate): boolean {
  const speaker = c.sources.every((p) => {
    const kind = p.entity ? ctx.entities.get(p.entity)?.kind : undefined;
    const sector = p.actor.sector ?? '';
    return !grammar().armedSectors.has(sector) && (kind === 'person' || grammar().talkingSectors.has(sector));
  });
  const unarmedTarget = c.targets.every((p) => {
    const kind = p.entity ? ctx.entities.get(p.entity)?.kind : undefined;
    return (
      !p.place &&
      kind !== 'country' &&
      kind !== 'location' &&
      !grammar().armedSectors.has(p.actor.sector ?? '')
    );
  });
  return speaker && unarmedTarget;
}

/** An entry read in its verbal sense ("attacked her in a tweet" → ACCUSE). */
function verbalReading(c: Candidate): Candidate {
  const v = c.entry.verbal;
  if (!v) return c;
  return { ...c, entry: { ...c.entry, id: `${c.entry.id}(verbal)`, type: v.type, cameo: v.cameo } };
}

/** Participants need a country, or an international code; a bare sector ("GOV") says nothing. */
function placed(c: Candidate): Candidate | null {
  const ok = (p: { actor: { country: string | null; code: string } }): boolean =>
    p.actor.country !== null || p.actor.code.length > 3 || INTERNATIONAL.test(p.actor.code);
  const sources = c.sources.filter(ok);
  if (!sources.length) return null;
  return { ...c, sources, targets: c.targets.filter(ok) };
}

/** Tags after which a gerund wink calls a noun or adjective is a verb ("by freezing", "and sending"). */
const GERUND_AFTER = new Set(['ADP', 'SCONJ', 'CCONJ', 'VERB']);

function verbish(tok: Token, prev: Token | undefined, next: Token | undefined): boolean {
  // The second half of a hyphenated compound is no trigger ("its long-threatened invasion").
  if (prev !== undefined && (prev.text === '-' || prev.text === '–') && prev.end === tok.start) return false;
  // A participle modifying a noun is not a clause verb ("the suing states", "a hacking group").
  if (
    tok.pos === 'VERB' &&
    prev !== undefined &&
    (prev.pos === 'DET' || prev.pos === 'ADJ') &&
    next !== undefined &&
    next.pos === 'NOUN' &&
    /(ing|ed)$/.test(tok.lower)
  )
    return false;
  if (tok.pos === 'VERB') return true;
  // wink tags some participles after an auxiliary as nouns ("have retaken", "was overrun").
  if ((tok.pos === 'NOUN' || tok.pos === 'ADJ') && prev?.pos === 'AUX' && /(ed|en|un)$/.test(tok.lower))
    return true;
  // wink tags some gerunds and participles as nouns or adjectives ("by freezing").
  if (
    (tok.pos === 'NOUN' || tok.pos === 'ADJ') &&
    tok.lower.endsWith('ing') &&
    prev !== undefined &&
    GERUND_AFTER.has(prev.pos)
  )
    return true;
  return false;
}

const NONE: ReadonlySet<number> = new Set();

/** A lexicon's entries for a token: by its form, else by its lemma (looked up only when it differs). */
function entriesOf<E>(index: ReadonlyMap<string, E>, tok: Token): E | undefined {
  return index.get(tok.lower) ?? (tok.lemma === tok.lower ? undefined : index.get(tok.lemma));
}

/** Types that take the target of the same source's earlier act in the sentence. */
const SHARED_TARGET = new Set(['ACCUSE', 'REJECT', 'THREATEN']);

/**
 * "accused Seoul of staging war rehearsals and vowed that the North would retaliate": an accusation, refusal or
 * threat without a target of its own aims at the target of the same source's earlier act in the sentence.
 */
function shareTargets(kept: Candidate[]): void {
  for (let k = 1; k < kept.length; k++) {
    const c = kept[k] as Candidate;
    const own = c.sources[0]?.actor.country ?? null;
    if (c.targets.length || !own || !SHARED_TARGET.has(c.entry.type)) continue;
    for (let e = k - 1; e >= 0; e--) {
      const prev = kept[e] as Candidate;
      const other = prev.targets.filter((x) => x.actor.country && x.actor.country !== own);
      if (prev.sources[0]?.actor.country !== own || !other.length) continue;
      kept[k] = { ...c, targets: other, targetRule: `the same source's earlier target ("${prev.entry.id}")` };
      break;
    }
  }
}

function codeSentence(ctx: DocContext, lex: EventLexicon, sentence: number, nextId: () => string): Event[] {
  const { doc } = ctx;
  const s = doc.sentences[sentence];
  if (!s) return [];
  ctx.sentence = sentence;
  // Whether the sentence is about sport, or about words (not deeds): looked up once, when a trigger needs it.
  let sportCue: boolean | undefined;
  let verbalCue: boolean | undefined;
  const sport = (): boolean => (sportCue ??= sportSentence(doc, lex, s.tokenStart, s.tokenEnd));
  const verbal = (): boolean => (verbalCue ??= hasCue(doc, lex.cues.verbalContext, s.tokenStart, s.tokenEnd));
  const candidates: Candidate[] = [];
  // Tokens verb triggers took as their own (made only when one does).
  let consumed: Set<number> | null = null;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const tok = doc.tokens[i] as Token;
    if (!verbish(tok, doc.tokens[i - 1], doc.tokens[i + 1])) continue;
    const entries = entriesOf(lex.verbs, tok);
    if (!entries) continue;
    for (const entry of entries) {
      if (entry.sport && sport()) continue;
      const found = verbCandidate(ctx, lex, i, entry);
      const c = found && placed(verbal() || talkers(ctx, found) ? verbalReading(found) : found);
      if (!c) continue;
      candidates.push(c);
      if (c.consumed !== null) (consumed ??= new Set()).add(c.consumed);
      break;
    }
  }
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const tok = doc.tokens[i] as Token;
    if (tok.pos !== 'NOUN' && tok.pos !== 'PROPN') continue;
    const entries = entriesOf(lex.nouns, tok);
    if (!entries) continue;
    for (const entry of entries) {
      if (entry.sport && sport()) continue;
      const found = nounCandidate(ctx, lex, i, entry, consumed ?? NONE);
      const c = found && placed(verbal() || talkers(ctx, found) ? verbalReading(found) : found);
      if (!c) continue;
      candidates.push(c);
      break;
    }
  }
  if (!candidates.length) return [];
  // What a coded verb governs ("threatened to attack", "refused to meet") is its content, not another event.
  const triggers = new Set(candidates.map((c) => c.trigger.start));
  const contents = candidates.flatMap((c) => (c.content ? [c.content] : []));
  const kept = candidates.filter(
    (c) =>
      (c.governor === null || !triggers.has(c.governor)) &&
      !contents.some((r) => c.trigger.start > r.start && c.trigger.start < r.end),
  );
  kept.sort((a, b) => a.trigger.start - b.trigger.start);
  shareTargets(kept);
  const out: Event[] = [];
  const seen = new Set<string>();
  for (const c of kept) {
    for (const e of toEvents(ctx, lex, c, nextId)) {
      const key = dedupeKey(e, sentence);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(e);
      const source = c.sources.find((p) => p.actor.code === e.source.actor.code) ?? c.sources[0];
      const target = e.target ? (c.targets.find((p) => p.actor.code === e.target?.actor.code) ?? null) : null;
      if (source) ctx.pairs.push({ source, target, sentence, type: e.type });
    }
  }
  return out;
}

export const eventsStage: Stage = {
  name: 'events',
  run(doc: Analysis): void {
    const lex = eventLexicon();
    const entities = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
    const ctx: DocContext = { doc, entities, chunks: [], sentence: 0, pairs: [] };
    let n = 0;
    const nextId = (): string => `ev${++n}`;
    for (let s = 0; s < doc.sentences.length; s++) {
      try {
        doc.events.push(...codeSentence(ctx, lex, s, nextId));
      } catch (err) {
        // One sentence that trips the analysis must not lose the article.
        const sentence = doc.sentences[s];
        doc.diagnostics.push({
          code: 'EVENTS_SENTENCE_FAILED',
          stage: 'events',
          message: (err as Error).message,
          ...(sentence
            ? {
                span: {
                  start: sentence.start,
                  end: sentence.end,
                  text: doc.text.slice(sentence.start, sentence.end),
                },
              }
            : {}),
        });
      }
    }
  },
};
