/**
 * The per-document state of the entities stage: the registry of entity drafts (one per referent key), the
 * mentions found so far, and the document-level indexes coreference needs (surnames seen, lowercase words).
 */
import type { Analysis, Mention, MentionKind, Token } from '../../analysis.js';
import type { Actor, EntityKind } from '../../types.js';
import { getKb, type Kb } from '../actors/kb.js';
import { newDraft, type EntityDraft } from './drafts.js';
import { getLexicon, type Lexicon } from './lexicon.js';
import { keyOf } from './trie.js';

export interface Ctx {
  doc: Analysis;
  lex: Lexicon;
  kb: Kb;
  date: string | null;
  drafts: Map<string, EntityDraft>;
  /** Bare surname (or other name word) → the person it last stood for in this document. */
  surnames: Map<string, EntityDraft>;
  /** Place drafts by the name the text gives them, for names met before the place was established. */
  placesByName: Map<string, EntityDraft>;
  /** First names of people named in full ("Hillary" → Hillary Clinton), consulted after surnames. */
  givenNames: Map<string, EntityDraft>;
  /** Words that occur lowercase somewhere in the text: a sentence-initial "Talks" is then a common word. */
  lowercase: Set<string>;
  /** Capitalized words seen other than at a sentence start. */
  midCaps: Set<string>;
  /** Token key (curly apostrophes straightened) by token index. */
  keys: string[];
  mentions: Mention[];
  /** Mention index by token, -1 where none (kept current as mentions are added). */
  covered: Int32Array;
  /** Country of the latest place named, for facilities and cities the text does not place. */
  lastPlaceCountry: string | null;
  /**
   * 1 where a token continues the word before it: wink splits some names at letters it does not know
   * ("Erdo|ğ|an", "Ł|ukaszenka"). The word's key sits on its first token; continuations have key GLUE.
   */
  glued: Uint8Array;
}

/** The key of a token that only continues the word before it (see `Ctx.glued`). */
export const GLUE = '\u0001';

function isLetters(t: Token): boolean {
  return (t.type === 'word' || t.type === 'unk') && UPPER_OR_LETTER.test(t.text);
}
const UPPER_OR_LETTER = /^\p{L}+$/u;

const UPPER = /^\p{Lu}/u;

/** Does the text start with an uppercase letter? ASCII by char code, the rest by Unicode property. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(text);
}

export function isCap(t: Token | undefined): boolean {
  return t !== undefined && startsUpper(t.text);
}

const OPENERS = new Set(['“', '"', '‘', "'", '(']);

export function newCtx(doc: Analysis): Ctx {
  const keys: string[] = new Array<string>(doc.tokens.length);
  const lowercase = new Set<string>();
  const midCaps = new Set<string>();
  const glued = new Uint8Array(doc.tokens.length);
  for (let i = 1; i < doc.tokens.length; i++) {
    const a = doc.tokens[i - 1] as Token;
    const b = doc.tokens[i] as Token;
    if (a.end !== b.start || (a.text.charCodeAt(a.text.length - 1) < 128 && b.text.charCodeAt(0) < 128))
      continue;
    if (isLetters(a) && isLetters(b)) glued[i] = 1;
  }
  for (const t of doc.tokens) {
    if (glued[t.i]) {
      keys[t.i] = GLUE;
      continue;
    }
    let last = t.i;
    while (glued[last + 1]) last++;
    const text = last === t.i ? t.text : doc.text.slice(t.start, (doc.tokens[last] as Token).end);
    // (A possessive wink kept whole, "Trump's", is split by the text stage before it gets here.)
    keys[t.i] = keyOf(text);
    if (startsUpper(text)) {
      const s = doc.sentences[t.sentence];
      if (s && t.i > s.tokenStart && !OPENERS.has(doc.tokens[t.i - 1]?.text ?? ''))
        midCaps.add(keys[t.i] as string);
    } else if (t.type === 'word') lowercase.add(t.lower);
  }
  return {
    doc,
    lex: getLexicon(),
    kb: getKb(),
    date: doc.options.publishedAt,
    drafts: new Map(),
    surnames: new Map(),
    givenNames: new Map(),
    placesByName: new Map(),
    lowercase,
    midCaps,
    keys,
    mentions: [],
    covered: new Int32Array(doc.tokens.length).fill(-1),
    lastPlaceCountry: null,
    glued,
  };
}

/** Words (not tokens) in [from, to): glued continuations do not count. */
export function wordCount(ctx: Ctx, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!ctx.glued[i]) n++;
  return n;
}

/** The first token of the word token `i` belongs to. */
export function wordStart(ctx: Ctx, i: number): number {
  while (i > 0 && ctx.glued[i]) i--;
  return i;
}

/** The draft registered under `key`, created by `make` on first use. */
export function draftFor(ctx: Ctx, key: string, name: string, kind: EntityKind, reason: string): EntityDraft {
  let d = ctx.drafts.get(key);
  if (!d) {
    d = newDraft(key, name, kind, reason);
    ctx.drafts.set(key, d);
  }
  return d;
}

/** Adds a mention of `draft` over tokens [from, to) unless a mention already covers any of them. */
export function addMention(
  ctx: Ctx,
  draft: EntityDraft,
  from: number,
  to: number,
  kind: MentionKind,
  reason: string,
  actor?: Actor,
): Mention | null {
  if (to <= from) return null;
  for (let i = from; i < to; i++) if ((ctx.covered[i] ?? -1) >= 0) return null;
  const first = ctx.doc.tokens[from] as Token;
  const last = ctx.doc.tokens[to - 1] as Token;
  const m: Mention = {
    start: first.start,
    end: last.end,
    tokenStart: from,
    tokenEnd: to,
    entity: draft.key,
    kind,
    reason,
  };
  if (actor) m.actor = actor;
  const index = ctx.mentions.length;
  ctx.mentions.push(m);
  draft.mentions.push(m);
  for (let i = from; i < to; i++) ctx.covered[i] = index;
  return m;
}

/** The draft a mention (by its registry key) belongs to. */
export function draftOf(ctx: Ctx, m: Mention): EntityDraft | undefined {
  return ctx.drafts.get(m.entity);
}
