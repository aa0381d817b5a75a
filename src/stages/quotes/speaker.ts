/**
 * Speaker resolution: a speaker phrase becomes { entity, name, actor, span }. Through the entities stage when a
 * mention covers the phrase (canonical name, actor, resolved pronouns); otherwise from the text, with honorifics
 * stripped and a surname matched to the fullest name the article gave earlier ("Mr. Hass" → "Ryan Hass").
 */
import type { Analysis, Mention, Token } from '../../analysis.js';
import { actorOf, entityById, entityOf, mentionAt } from '../entities/lookup.js';
import type { Entity, Span, Speaker } from '../../types.js';
import { span } from '../../spans.js';
import { speechLexicon } from './lexicon.js';
import type { Phrase } from './phrases.js';
import { glued, isTimeWord } from './phrases.js';
import { sentenceSubject } from './attribution.js';
import { isNameToken } from './tokens.js';

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const SPACES = /\s\s|[\t\n\r\u00a0]/;
const SPACES_ALL = /\s+/g;

/** An honorific without its period ("mr." → "mr"). */
function bare(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

interface NameRun {
  start: number;
  name: string;
  words: number;
}

interface NameIndex {
  /** Full names from the text in order of appearance (fallback when no entity is known). */
  runs: NameRun[];
  /** Last word of a name → the fullest name seen with it, with the offset where it was first seen. */
  bySurname: Map<string, NameRun>;
}

interface EntityIndex {
  /** A word of a non-person entity's name, lowercase → the name up to that word and where it is mentioned. */
  byHeadWord: Map<string, HeadWord[]>;
  /** Entities by canonical name. */
  byName: Map<string, Entity>;
}

export interface SpeakerContext {
  doc: Analysis;
  /** The last speaker resolved to a person-like name, for pronouns without an entity. */
  lastNamed: { speaker: Speaker; paragraph: number } | null;
  /** Built on first use: most speakers resolve through a mention and need neither. */
  names: NameIndex | null;
  entityIndex: EntityIndex | null;
}

interface HeadWord {
  entity: Entity;
  /** The entity's name up to the word ("State Department" in "State Department officials"). */
  name: string;
  /** Whether the word ends the name: the description then refers to the entity itself. */
  whole: boolean;
  starts: number[];
}

export function speakerContext(doc: Analysis): SpeakerContext {
  return { doc, lastNamed: null, names: null, entityIndex: null };
}

/** How many spaces `s` holds (a cleaned name's words, less one). */
function spaces(s: string): number {
  let n = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/** One pass over the tokens: proper-noun runs with honorifics stripped. */
function nameIndex(ctx: SpeakerContext): NameIndex {
  if (ctx.names) return ctx.names;
  const { doc } = ctx;
  const runs: NameRun[] = [];
  const bySurname = new Map<string, NameRun>();
  const tokens = doc.tokens;
  let t = 0;
  while (t < tokens.length) {
    if (!isNameToken(tokens[t]) || isTimeWord(tokens[t])) {
      t++;
      continue;
    }
    let e = t + 1;
    while (e < tokens.length && ((isNameToken(tokens[e]) && !isTimeWord(tokens[e])) || glued(tokens, e))) e++;
    const name = cleanName(doc, t, e);
    if (name) {
      const words = spaces(name) + 1;
      const run = { start: (tokens[t] as Token).start, name, words };
      runs.push(run);
      const surname = name.slice(name.lastIndexOf(' ') + 1);
      const known = bySurname.get(surname);
      if (!known || words > known.words) bySurname.set(surname, run);
    }
    t = e;
  }
  ctx.names = { runs, bySurname };
  return ctx.names;
}

function entityIndex(ctx: SpeakerContext): EntityIndex {
  if (ctx.entityIndex) return ctx.entityIndex;
  const byHeadWord = new Map<string, HeadWord[]>();
  for (const entity of ctx.doc.entities) {
    if (entity.kind === 'person') continue;
    const words = entity.name.split(' ');
    const starts = entity.mentions.map((m) => m.start);
    words.forEach((w, i) => {
      if (i === 0 && words.length > 1) return;
      const key = w.toLowerCase();
      const list = byHeadWord.get(key) ?? [];
      list.push({ entity, name: words.slice(0, i + 1).join(' '), whole: i === words.length - 1, starts });
      byHeadWord.set(key, list);
    });
  }
  ctx.entityIndex = { byHeadWord, byName: new Map(ctx.doc.entities.map((e) => [e.name, e])) };
  return ctx.entityIndex;
}

/**
 * "the department" with no mention of its own: the organization named earlier with that noun in its name, the
 * most recently mentioned one — "State Department" from "State Department officials" (the entity itself only
 * when the noun ends its name; its actor either way).
 */
function fromDescription(ctx: SpeakerContext, phrase: Phrase, head: number): Speaker | null {
  const { doc } = ctx;
  const first = doc.tokens[phrase.from] as Token;
  const last = doc.tokens[head] as Token;
  if (phrase.kind !== 'noun' || first.lower !== 'the' || last.pos !== 'NOUN') return null;
  let best: HeadWord | null = null;
  let bestAt = -1;
  for (const candidate of entityIndex(ctx).byHeadWord.get(last.lower) ?? []) {
    for (const at of candidate.starts) if (at < first.start && at > bestAt) [best, bestAt] = [candidate, at];
  }
  if (!best) return null;
  const t1 = doc.tokens[phrase.to - 1] as Token;
  const named = best.whole ? best.entity : (entityIndex(ctx).byName.get(best.name) ?? null);
  return {
    entity: named ? named.id : null,
    name: best.name,
    actor: named ? named.actor : best.entity.actor,
    span: span(doc, first.start, t1.end),
  };
}

/** Name text of tokens [from, to) without leading honorifics or a trailing possessive. */
function cleanName(doc: Analysis, from: number, to: number): string {
  const lex = speechLexicon();
  let s = from;
  let e = to;
  while (s < e - 1 && lex.honorifics.has(bare((doc.tokens[s] as Token).lower))) s++;
  while (e > s && POSSESSIVE.has((doc.tokens[e - 1] as Token).text)) e--;
  if (e <= s) return '';
  const first = doc.tokens[s] as Token;
  const last = doc.tokens[e - 1] as Token;
  const text = doc.text.slice(first.start, last.end);
  return SPACES.test(text) ? text.replace(SPACES_ALL, ' ') : text;
}

/**
 * The speaker through the entities stage, when a mention covers the phrase's head (its last word: "Mr. Hass",
 * "the department"; never a possessor alone, so "Pagliano's lawyer" is not Pagliano).
 */
function fromEntity(ctx: SpeakerContext, phrase: Phrase, head: number): Speaker | null {
  const mention = mentionAt(ctx.doc, head);
  if (!mention) return null;
  const entity = entityOf(ctx.doc, mention);
  if (!entity) return null;
  const t0 = ctx.doc.tokens[phrase.from] as Token;
  const t1 = ctx.doc.tokens[phrase.to - 1] as Token;
  return {
    entity: entity.id,
    name: entity.name,
    actor: actorOf(ctx.doc, mention),
    span: span(ctx.doc, t0.start, t1.end),
  };
}

/** Where the phrase's head is: the possessor for "the department's written summary", else its last token. */
function headOf(doc: Analysis, phrase: Phrase): { head: number; phrase: Phrase } {
  if (phrase.kind !== 'noun') return { head: phrase.to - 1, phrase };
  const lex = speechLexicon();
  const last = doc.tokens[phrase.to - 1] as Token;
  if (lex.sourceNouns.has(last.lemma) || lex.sourceNouns.has(last.lower)) {
    for (let i = phrase.to - 2; i > phrase.from; i--) {
      if (POSSESSIVE.has((doc.tokens[i] as Token).text)) {
        const owner: Phrase = {
          from: phrase.from,
          to: i,
          kind: isNameToken(doc.tokens[i - 1]) ? 'name' : 'noun',
        };
        return { head: i - 1, phrase: owner };
      }
    }
  }
  return { head: phrase.to - 1, phrase };
}

export function resolveSpeaker(ctx: SpeakerContext, raw: Phrase, paragraph: number): Speaker {
  const { doc } = ctx;
  const { head, phrase } = headOf(doc, raw);
  const viaEntity = fromEntity(ctx, phrase, head) ?? fromDescription(ctx, phrase, head);
  const t0 = doc.tokens[phrase.from] as Token;
  const t1 = doc.tokens[phrase.to - 1] as Token;
  const where = span(doc, t0.start, t1.end);
  let speaker: Speaker;
  if (viaEntity) speaker = viaEntity;
  else if (phrase.kind === 'name') {
    const name = cleanName(doc, phrase.from, phrase.to) || where.text;
    const fuller = nameIndex(ctx).bySurname.get(name.split(' ').pop() as string);
    const canonical =
      fuller && fuller.words > name.split(' ').length && fuller.start <= t0.start ? fuller.name : name;
    speaker = { entity: null, name: canonical, actor: null, span: where };
  } else if (phrase.kind === 'pronoun') {
    speaker = pronounFallback(ctx, t0, where, paragraph);
  } else {
    const text = where.text.replace(/^(?:the|a|an)\s+/i, '');
    speaker = { entity: null, name: text, actor: null, span: where };
  }
  const person = viaEntity
    ? entityById(doc, viaEntity.entity as string)?.kind === 'person'
    : phrase.kind === 'name';
  if (person && phrase.kind !== 'pronoun') ctx.lastNamed = { speaker, paragraph };
  return speaker;
}

/** First name run starting at or after `offset` (binary search over the runs in text order). */
function runFrom(runs: readonly NameRun[], offset: number): NameRun | null {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((runs[mid] as NameRun).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return runs[lo] ?? null;
}

/**
 * "he"/"she" without an entity: a name earlier in the same sentence ("Lynch said she recalled…"), else the last
 * named speaker within three paragraphs. Other pronouns keep their own word.
 */
function pronounFallback(ctx: SpeakerContext, t0: Token, where: Span, paragraph: number): Speaker {
  const personal = t0.lower === 'he' || t0.lower === 'she';
  if (personal) {
    // The sentence's first name is its subject more often than its nearest one.
    const sentence = ctx.doc.sentences[t0.sentence];
    const run = sentence ? runFrom(nameIndex(ctx).runs, sentence.start) : null;
    if (run && run.start < t0.start) {
      const fuller = nameIndex(ctx).bySurname.get(run.name.split(' ').pop() as string);
      return {
        entity: null,
        name: fuller && fuller.start <= run.start ? fuller.name : run.name,
        actor: null,
        span: where,
      };
    }
    const previous = previousSubject(ctx, t0);
    if (previous) return { ...previous, span: where };
    const last = ctx.lastNamed;
    if (last && paragraph - last.paragraph <= 3) return { ...last.speaker, span: where };
  }
  // The last compatible entity mentioned within the three paragraphs before: a person for "he"/"she", a body
  // or a country for "it"/"they" ("I" and "we" are the writer's or the speaker's own).
  const third = personal || t0.lower === 'it' || t0.lower === 'they';
  const near = third ? lastMentioned(ctx, t0.start, paragraph, personal) : null;
  if (near) return { entity: near.id, name: near.name, actor: near.actor, span: where };
  return { entity: null, name: t0.lower === 'i' ? 'I' : t0.lower, actor: null, span: where };
}

/**
 * "Lebanon's prime minister condemned the strikes. “…,” he told reporters.": the subject of the sentence before,
 * in the same paragraph, when it is a name or a title-headed phrase.
 */
function previousSubject(ctx: SpeakerContext, t0: Token): Speaker | null {
  const { doc } = ctx;
  const sentence = doc.sentences[t0.sentence];
  const before = doc.sentences[t0.sentence - 1];
  if (!sentence || !before || before.paragraph !== sentence.paragraph) return null;
  const subject = sentenceSubject(doc.tokens, before.tokenEnd - 1, before.tokenStart);
  if (!subject || subject.kind === 'pronoun') return null;
  const head = doc.tokens[subject.to - 1] as Token;
  if (subject.kind === 'noun' && !speechLexicon().honorifics.has(head.lower)) return null;
  const viaEntity = fromEntity(ctx, subject, subject.to - 1);
  if (viaEntity) return viaEntity;
  const where = span(doc, (doc.tokens[subject.from] as Token).start, head.end);
  const name = subject.kind === 'name' ? cleanName(doc, subject.from, subject.to) : where.text;
  return { entity: null, name: name.replace(/^(?:the|a|an)\s+/i, ''), actor: null, span: where };
}

function lastMentioned(
  ctx: SpeakerContext,
  offset: number,
  paragraph: number,
  person: boolean,
): Entity | null {
  const { doc } = ctx;
  let lo = 0;
  let hi = doc.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((doc.mentions[mid] as Mention).start < offset) lo = mid + 1;
    else hi = mid;
  }
  const floor = (doc.paragraphs[Math.max(0, paragraph - 3)] as { start: number }).start;
  for (let m = lo - 1; m >= 0; m--) {
    const mention = doc.mentions[m] as Mention;
    if (mention.start < floor) break;
    if (mention.kind === 'pronoun') continue;
    const entity = entityOf(doc, mention);
    if (entity && (entity.kind === 'person') === person) return entity;
  }
  return null;
}
