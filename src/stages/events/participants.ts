/**
 * Who a phrase stands for: the entities stage's mention and actor where it gave one (metonymy included),
 * else dyad's fallback country and sector knowledge; pronouns and "the two governments" from the discourse.
 */
import type { Analysis, Token } from '../../analysis.js';
import type { Actor, Entity, Sector, Span } from '../../types.js';
import type { Chunk } from './clause.js';
import { chunkAt, isPossessiveMark } from './clause.js';
import { fallbackIndex, firstPiece } from './fallback.js';
import { grammar } from './lexicon.js';

export interface Party {
  actor: Actor;
  entity: string | null;
  span: Span | null;
  /** The rule that linked it. */
  rule: string;
  /** A place, not an actor: a participant only where an entry says a place stands for its country. */
  place: boolean;
  /** An object attributed to a country ("a Chinese balloon"): a target for "it", never a source. */
  thing: boolean;
  /** A capital that may stand for its government as a target ("accused Seoul"), though it is a place. */
  metonym?: boolean;
}

export interface ChunkInfo {
  chunk: Chunk;
  parties: Party[];
}

export interface DocContext {
  doc: Analysis;
  entities: Map<string, Entity>;
  /**
   * Resolved chunks of each sentence, in text order, for pronouns and discourse: filled on first use by
   * `sentenceChunks` (most sentences never need theirs).
   */
  chunks: (ChunkInfo[] | undefined)[];
  /** The sentence being coded: pronouns and discourse look no further. */
  sentence: number;
  /** Source and target countries of events so far, in order. */
  pairs: { source: Party; target: Party | null; sentence: number; type: string }[];
}

const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his', 'hers']);
const PLURAL = new Set(['they', 'them', 'their', 'theirs']);
const NEUTER = new Set(['it', 'its']);

export function span(doc: Analysis, start: number, end: number): Span {
  const a = doc.tokens[start] as Token;
  const b = doc.tokens[end - 1] as Token;
  return { start: a.start, end: b.end, text: doc.text.slice(a.start, b.end) };
}

function makeActor(country: string | null, sector: Sector | null, name: string): Actor {
  return { code: `${country ?? ''}${sector ?? ''}` || 'UNK', country, sector, name };
}

/** Parties named inside tokens [start, end): mentions first, then the fallback gazetteer. */
export function partiesIn(ctx: DocContext, start: number, end: number, role: 'subject' | 'other'): Party[] {
  const { doc } = ctx;
  if (end <= start) return [];
  const seen: number[] = [];
  const out: Party[] = [];
  for (let t = start; t < end; t++) {
    const m = doc.tokenMention[t] ?? -1;
    if (m < 0 || seen.includes(m)) continue;
    seen.push(m);
    const mention = doc.mentions[m];
    if (!mention) continue;
    // "the Russian-led alliance": the country leads it but is not it.
    if (
      doc.tokens[mention.tokenEnd]?.text === '-' &&
      grammar().ledSuffixes.has(doc.tokens[mention.tokenEnd + 1]?.lower ?? '')
    )
      continue;
    const entity = ctx.entities.get(mention.entity);
    const actor = mention.actor ?? entity?.actor ?? null;
    // A capital as a subject stands for its government ("Moscow and Tehran signed"), when the entities
    // stage has not said so itself.
    const capital =
      !mention.actor &&
      entity?.kind === 'location' &&
      entity.country !== null &&
      fallbackIndex().capitals.has(entity.name.toLowerCase());
    const place = !mention.actor && entity?.kind === 'location' && !capital;
    const sp = { start: mention.start, end: mention.end, text: doc.text.slice(mention.start, mention.end) };
    if (capital && entity?.country) {
      out.push({
        actor: makeActor(entity.country, 'GOV', entity.name),
        entity: mention.entity,
        span: sp,
        rule: 'capital-as-government',
        // As a target a capital is a place that may stand for its government ("accused Seoul", "visited Seoul").
        place: role !== 'subject',
        thing: false,
        metonym: true,
      });
    } else if (actor && !place) {
      // "a Chinese surveillance balloon": a country's thing, not the country acting.
      const head = doc.tokens[end - 1] as Token;
      const thing =
        mention.tokenEnd < end &&
        head.pos === 'NOUN' &&
        (doc.tokenMention[end - 1] ?? -1) < 0 &&
        !fallbackIndex().sectorNouns.has(head.lower);
      out.push({
        actor,
        entity: mention.entity,
        span: sp,
        rule: `mention:${mention.kind}`,
        place: false,
        thing,
      });
    } else if (entity && (place || entity.kind === 'country') && entity.country) {
      out.push({
        actor: makeActor(entity.country, null, entity.name),
        entity: mention.entity,
        span: sp,
        rule: 'mention:place',
        place: true,
        thing: false,
      });
    }
  }
  if (out.length) return out;
  return fallbackParties(ctx, start, end, role);
}

function fallbackParties(ctx: DocContext, start: number, end: number, role: 'subject' | 'other'): Party[] {
  const { doc } = ctx;
  const fb = fallbackIndex();
  const head = doc.tokens[end - 1] as Token;
  const headSector = fb.sectorNouns.get(head.lower) ?? null;
  const found: {
    country: string | null;
    sector: Sector | null;
    from: number;
    to: number;
    capital: boolean;
  }[] = [];
  for (let t = start; t < end; t++) {
    const tokT = doc.tokens[t] as Token;
    if (tokT.pos !== 'PROPN' && tokT.pos !== 'ADJ' && tokT.pos !== 'NOUN' && tokT.pos !== 'DET') continue;
    // Names are capitalized ("the Pentagon" starts at "Pentagon"); "anti-American" carries one.
    const c0 = tokT.text.charCodeAt(0);
    if (!(c0 >= 65 && c0 <= 90) && !tokT.lower.startsWith('anti-')) continue;
    // No country or institution starts with this word: no n-gram from here can match.
    const piece = firstPiece(tokT.lower.startsWith('anti-') ? tokT.lower.slice(5) : tokT.lower);
    if (piece !== 'the' && !fb.firstPieces.has(piece)) continue;
    for (let n = Math.min(fb.maxWords, end - t); n >= 1; n--) {
      const raw = doc.text.slice(tokT.start, (doc.tokens[t + n - 1] as Token).end).replace(/^anti-/i, '');
      const key = raw.toLowerCase();
      const after = doc.tokens[t + n];
      if (after?.text === '-' && grammar().ledSuffixes.has(doc.tokens[t + n + 1]?.lower ?? '')) continue;
      const inst = fb.institutions.get(key.replace(/^the /, ''));
      const country = fb.countries.get(key);
      if (inst) {
        found.push({ country: inst.country, sector: inst.sector, from: t, to: t + n, capital: false });
      } else if (country && /^[A-Z]/.test(raw)) {
        found.push({ country, sector: null, from: t, to: t + n, capital: fb.capitals.has(key) });
      } else continue;
      t += n - 1;
      break;
    }
  }
  if (!found.length) return [];
  const text = doc.text.slice((doc.tokens[start] as Token).start, head.end);
  const sp = span(doc, start, end);
  // A sector word anywhere after the name ("Georgian President Eduard Shevardnadze" → GOV).
  const sectorAfter = (from: number): Sector | null => {
    for (let k = from; k < end; k++) {
      const sec = fb.sectorNouns.get((doc.tokens[k] as Token).lower);
      if (sec) return sec;
    }
    return null;
  };
  // One phrase is one actor: "the Azerbaijani parliament" is AZE + LEG, not two parties.
  if (found.length > 1) {
    const withCountry = found.find((f) => f.country) ?? (found[0] as (typeof found)[number]);
    const withSector = found.find((f) => f.sector);
    found.splice(0, found.length, {
      ...withCountry,
      sector: withSector?.sector ?? withCountry.sector,
      to: Math.max(...found.map((f) => f.to)),
    });
  }
  return found.map((f) => {
    const headIsName = f.to === end;
    const inner = headIsName ? null : (headSector ?? sectorAfter(f.to));
    const sector = f.sector ?? inner;
    const capitalAsGov = f.capital && headIsName;
    const place = f.capital && headIsName && role !== 'subject';
    const thing = !headIsName && !sector && head.pos !== 'PROPN';
    return {
      actor: makeActor(f.country, capitalAsGov ? 'GOV' : sector, text),
      entity: null,
      span: sp,
      rule: capitalAsGov ? 'fallback:capital-as-government' : `fallback:${sector ? 'name+sector' : 'name'}`,
      place,
      thing,
      metonym: capitalAsGov,
    };
  });
}

/** Parties a chunk stands for: its own names, a pronoun's antecedent, or the discourse pair. */
/** The parties a possessor names ("Washington's", "the two countries'"), read as a phrase of its own. */
export function possessorParties(ctx: DocContext, possessor: { start: number; end: number }): Party[] {
  const named = partiesIn(ctx, possessor.start, possessor.end, 'subject');
  if (named.length) return named;
  const chunk = { start: possessor.start, end: possessor.end, head: possessor.end - 1, possessor: null };
  return resolveChunk(ctx, chunk, 'subject');
}

export function resolveChunk(
  ctx: DocContext,
  chunk: Chunk,
  role: 'subject' | 'other',
  exclude: string | null = null,
): Party[] {
  const { doc } = ctx;
  const headTok = doc.tokens[chunk.head] as Token;
  const from =
    chunk.possessor && !isPossessiveMark(doc.tokens[chunk.possessor.end])
      ? chunk.possessor.end
      : chunk.possessor
        ? chunk.possessor.end + 1
        : chunk.start;
  const own = partiesIn(ctx, Math.min(from, chunk.head), chunk.end, role);
  const pronoun = headTok.pos === 'PRON' && chunk.end - chunk.start === 1;
  // A pronoun the entities stage left without an actor, or pointed back at the other participant.
  if (pronoun && (!own.length || (exclude && own.every((p) => p.actor.country === exclude))))
    return antecedent(ctx, chunk.head, headTok.lower, exclude);
  // "Taiwan's Vice Foreign Minister", "Poland's parliament": the possessor's country, the head's sector.
  if (chunk.possessor && !pronoun && own.every((p) => p.actor.country === null)) {
    const head = fallbackIndex().sectorNouns.get(headTok.lower) ?? own[0]?.actor.sector ?? null;
    const owners = possessorParties(ctx, chunk.possessor);
    // "the two countries' navies": one party per owner.
    if (head && owners.length > 1)
      return owners
        .filter((o) => o.actor.country)
        .map((o) => ({
          ...o,
          actor: makeActor(o.actor.country, head, o.actor.name),
          rule: `possessor pair + ${headTok.lower}`,
        }));
    const owner = owners.find((p) => p.actor.country);
    if (head && owner?.actor.country) {
      const name = span(doc, chunk.start, chunk.end).text;
      return [
        {
          actor: makeActor(owner.actor.country, head, name),
          entity: own[0]?.entity ?? null,
          span: span(doc, chunk.start, chunk.end),
          rule: `possessor country + ${headTok.lower}`,
          place: false,
          thing: false,
        },
      ];
    }
  }
  if (own.length) return own;
  const phrase = doc.text
    .slice((doc.tokens[chunk.start] as Token).start, headTok.end)
    .toLowerCase()
    .replace(/^the /, '');
  if (fallbackIndex().groupPairs.has(phrase) || pairPhrase(ctx, chunk)) return discoursePair(ctx, chunk);
  return [];
}

/** "the two prime ministers", "both navies": two or both, and an actor head noun. */
function pairPhrase(ctx: DocContext, chunk: Chunk): boolean {
  const first = ctx.doc.tokens[chunk.start]?.lower === 'the' ? chunk.start + 1 : chunk.start;
  const w = ctx.doc.tokens[first]?.lower;
  const head = ctx.doc.tokens[chunk.head] as Token;
  return (w === 'two' || w === 'both') && fallbackIndex().sectorNouns.has(head.lower);
}

/** The last "between A and B" with two countries, in this sentence or the one before. */
function betweenPair(ctx: DocContext, before: number): Party[] | null {
  const { doc } = ctx;
  const sentence = (doc.tokens[before] as Token).sentence;
  const from = doc.sentences[Math.max(0, sentence - 1)]?.tokenStart ?? 0;
  for (let p = before - 1; p >= from; p--) {
    if (doc.tokens[p]?.lower !== 'between') continue;
    // The phrases of the list right after "between", each joined to the last by "and" or a comma.
    const found: Party[] = [];
    let next = p + 1;
    list: for (let s = (doc.tokens[p] as Token).sentence; s <= Math.min(sentence, ctx.sentence); s++)
      for (const info of sentenceChunks(ctx, s)) {
        if (info.chunk.start < next || info.chunk.end > before) continue;
        if (info.chunk.start > next + 1) break list;
        const join = doc.tokens[info.chunk.start - 1]?.lower ?? '';
        if (found.length && join !== 'and' && join !== ',' && join !== 'or') break list;
        for (const party of info.parties)
          if (party.actor.country && !found.some((f) => f.actor.country === party.actor.country))
            found.push(party);
        next = info.chunk.end + 1;
      }
    if (found.length === 2) return found;
  }
  return null;
}

/** "the two governments", "both sides": the two countries of the latest event or named pair. */
function discoursePair(ctx: DocContext, chunk: Chunk): Party[] {
  const sp = span(ctx.doc, chunk.start, chunk.end);
  const named = betweenPair(ctx, chunk.start);
  if (named) return named.map((x) => ({ ...x, span: sp, entity: null, rule: 'discourse:between-pair' }));
  for (let k = ctx.pairs.length - 1; k >= 0; k--) {
    const p = ctx.pairs[k];
    if (p?.target && p.target.actor.country && p.source.actor.country !== p.target.actor.country)
      return [p.source, p.target].map((x) => ({ ...x, span: sp, entity: null, rule: 'discourse:pair' }));
  }
  // Else the two most recent distinct countries named, in earlier sentences: this sentence's own subject is
  // not "both sides".
  const countries: Party[] = [];
  const own = (ctx.doc.tokens[chunk.start] as Token).sentence;
  for (let s = Math.min(own - 1, ctx.sentence); s >= 0 && countries.length < 2; s--) {
    const infos = sentenceChunks(ctx, s);
    for (let k = infos.length - 1; k >= 0 && countries.length < 2; k--)
      for (const p of (infos[k] as ChunkInfo).parties)
        if (!p.thing && p.actor.country && !countries.some((c) => c.actor.country === p.actor.country))
          countries.push({ ...p, span: sp, entity: null, rule: 'discourse:pair' });
  }
  return countries.length === 2 ? countries.reverse() : [];
}

/** Whether a party of an earlier chunk can be what the pronoun stands for. */
function fitsPronoun(
  ctx: DocContext,
  info: ChunkInfo,
  p: Party,
  pronoun: string,
  object: boolean,
  exclude: string | null,
): boolean {
  if (p.place || (exclude && p.actor.country === exclude) || object !== p.thing) return false;
  const head = ctx.doc.tokens[info.chunk.head] as Token;
  const kind = ctx.entities.get(p.entity ?? '')?.kind;
  // "he/him": a person, or a singular office holder described ("a Serbian government official … him").
  const office = head.lower === head.lemma && fallbackIndex().sectorNouns.has(head.lower);
  if (PERSONAL.has(pronoun) && kind !== 'person' && !office) return false;
  if (NEUTER.has(pronoun) && !object && kind === 'person') return false;
  // "it" is singular: not "troops", "officials".
  if (NEUTER.has(pronoun) && head.pos === 'NOUN' && head.lower !== head.lemma && head.lower.endsWith('s'))
    return false;
  return PLURAL.has(pronoun) || PERSONAL.has(pronoun) || NEUTER.has(pronoun);
}

/** A pronoun's antecedent: the nearest earlier phrase of the right kind within two sentences. */
export function antecedent(ctx: DocContext, at: number, pronoun: string, exclude: string | null): Party[] {
  const tokAt = ctx.doc.tokens[at] as Token;
  const prev = ctx.doc.tokens[at - 1];
  const next = ctx.doc.tokens[at + 1];
  const object =
    (pronoun === 'it' || pronoun === 'them') &&
    (prev?.pos === 'VERB' || prev?.pos === 'ADP') &&
    next?.pos !== 'AUX' &&
    next?.pos !== 'VERB';
  for (let s = Math.min(tokAt.sentence, ctx.sentence); s >= 0 && s >= tokAt.sentence - 2; s--) {
    const infos = sentenceChunks(ctx, s);
    for (let k = infos.length - 1; k >= 0; k--) {
      const info = infos[k] as ChunkInfo;
      if (info.chunk.end > at) continue;
      for (const p of info.parties)
        if (fitsPronoun(ctx, info, p, pronoun, object, exclude))
          return [
            {
              ...p,
              span: span(ctx.doc, at, at + 1),
              rule: `pronoun:${pronoun}→${p.span?.text ?? p.actor.code}`,
            },
          ];
    }
  }
  return [];
}

/** The parties of every chunk of a sentence, in order; computed on first use and kept. */
export function sentenceChunks(ctx: DocContext, sentence: number): ChunkInfo[] {
  const known = ctx.chunks[sentence];
  if (known) return known;
  const infos: ChunkInfo[] = [];
  ctx.chunks[sentence] = infos;
  const s = ctx.doc.sentences[sentence];
  if (!s) return infos;
  for (let t = s.tokenStart; t < s.tokenEnd;) {
    const chunk = chunkAt(ctx.doc, t);
    if (!chunk || chunk.end <= t) {
      t++;
      continue;
    }
    const headTok = ctx.doc.tokens[chunk.head] as Token;
    const parties =
      headTok.pos === 'PRON' && chunk.end - chunk.start === 1
        ? []
        : partiesIn(ctx, chunk.start, chunk.end, 'subject');
    if (parties.length) infos.push({ chunk, parties });
    t = chunk.end;
  }
  return infos;
}
