/**
 * Group mentions: role nouns that name a collective actor, with a country ("Chinese officials", "US
 * lawmakers", "China's leaders", "Russian troops") or alone ("police", "rebels"), and pairs ("the two
 * governments", "both sides") that stand for the two parties of the article without naming one.
 */
import type { Sentence, Token } from '../../analysis.js';
import { asSector } from '../actors/codes.js';
import { addMention, draftFor, isCap, type Ctx } from './context.js';
import { longestMatch } from './trie.js';
import { getLexicon } from './lexicon.js';
import { wordBits, wordList } from '../../lexicon/words.js';

const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB']);
const PAIR_WORDS = new Set(['two', 'both']);
const PAIR_NOUNS = new Set([
  'governments',
  'countries',
  'nations',
  'sides',
  'capitals',
  'leaders',
  'powers',
  'men',
  'women',
  'presidents',
  'ministers',
  'diplomats',
  'delegations',
]);
/** Sectors a modifier noun lends to the head ("military officials" are MIL, not GOV). */
const STRONG = new Set(['MIL', 'COP', 'SPY', 'REB', 'LEG', 'JUD']);

interface GroupHead {
  end: number;
  noun: string;
  sector: string;
}

/** The group noun closing a short modifier run at `from` ("senior military officials"), if any. */
function groupHead(ctx: Ctx, from: number, s: Sentence): GroupHead | null {
  const toks = ctx.doc.tokens;
  let best: GroupHead | null = null;
  let strong: string | null = null;
  for (let i = from; i < Math.min(s.tokenEnd, from + 5); i++) {
    const t = toks[i] as Token;
    // "Nicaragua's Sandinista government": one capitalized word that names nothing known may modify.
    const capitalModifier =
      i === from && t.text !== t.lower && t.pos === 'PROPN' && !ctx.lex.names.next.has(ctx.keys[i] as string);
    // "Israeli helicopters and tanks": two group nouns joined by "and".
    const joined = t.lower === 'and' && best?.end === i && ctx.lex.groups.has(toks[i + 1]?.lower ?? '');
    if (joined || capitalModifier) continue;
    if (t.text !== t.lower || !MODIFIER_POS.has(t.pos)) break;
    const g = ctx.lex.groups.get(t.lower);
    if (g) {
      if (best && STRONG.has(best.sector)) strong = best.sector;
      best = { end: i + 1, noun: t.lower, sector: strong ?? g.sector };
    } else if (best) break;
  }
  return best;
}

/**
 * Is a singular member noun used of one named person: before the name ("Kremlin spokesman Dmitry Peskov")
 * or in an apposition after it ("Wang Yi, China's top foreign policy official")?
 */
function titleUse(ctx: Ctx, head: GroupHead, from: number): boolean {
  if (!ctx.lex.groups.get(head.noun)?.one) return false;
  const next = ctx.doc.tokens[head.end];
  return isCap(next) || appositive(ctx, from);
}

/** Does the phrase starting at `from` follow ", " after a person's name (an apposition)? */
function appositive(ctx: Ctx, from: number): boolean {
  const toks = ctx.doc.tokens;
  for (let k = from - 1; k >= Math.max(0, from - 4); k--) {
    const t = toks[k] as Token;
    if (t.text === ',') {
      const mi = ctx.covered[k - 1] ?? -1;
      const m = mi >= 0 ? ctx.mentions[mi] : undefined;
      return m !== undefined && ctx.drafts.get(m.entity)?.kind === 'person';
    }
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'ADV') return false;
  }
  return false;
}

/** "foreign ministry", "defense department": lowercase words closing on an organization head noun. */
function orgHead(
  ctx: Ctx,
  from: number,
  s: Sentence,
): { end: number; head: string; sector: string | null } | null {
  const toks = ctx.doc.tokens;
  let sector: string | null = null;
  for (let i = from; i < Math.min(s.tokenEnd, from + 3); i++) {
    const t = toks[i] as Token;
    if (t.text !== t.lower || !MODIFIER_POS.has(t.pos)) return null;
    const h = ctx.lex.heads.get(t.lower);
    if (h && h.kind === 'organization' && h.sector && !ctx.lex.groups.has(t.lower)) {
      const next = toks[i + 1];
      if (next && next.text === next.lower && next.pos === 'NOUN') return null;
      for (let k = from; k < i; k++) sector = h.modifiers?.[(toks[k] as Token).lower] ?? sector;
      return { end: i + 1, head: t.lower, sector: sector ?? h.sector };
    }
  }
  return null;
}

/** "Chinese officials": a country or demonym at [from, to) followed by a group noun. Emits and returns true. */
export function groupAfter(ctx: Ctx, from: number, to: number, iso3: string, s: Sentence): boolean {
  const toks = ctx.doc.tokens;
  let at = to;
  const next = toks[at];
  if (next && (next.text === "'s" || next.text === '’s')) at++;
  const found = groupHead(ctx, at, s);
  // "Wang Yi, China's top foreign policy official": the apposition describes the person, not a group.
  const head = found && titleUse(ctx, found, from) ? null : found;
  if (!head) {
    // "China's foreign ministry", "the Russian defense ministry": a body of that country.
    const org = orgHead(ctx, at, s);
    if (!org) return false;
    const name = ctx.doc.text.slice((toks[from] as Token).start, (toks[org.end - 1] as Token).end);
    const words = ctx.doc.text.slice((toks[at] as Token).start, (toks[org.end - 1] as Token).end);
    const d = draftFor(ctx, `org:${iso3}:${words}`, name, 'organization', `head:${org.head}`);
    d.country = iso3;
    d.sector = asSector(org.sector);
    d.head = org.head;
    return addMention(ctx, d, from, org.end, 'name', `name:country+org-head:${org.head}`) !== null;
  }
  const sector = asSector(head.sector);
  const key = `group:${iso3}:${sector ?? ''}`;
  const name = ctx.doc.text.slice((toks[from] as Token).start, (toks[head.end - 1] as Token).end);
  const d = draftFor(ctx, key, name, 'group', `group:${head.noun}`);
  d.country = iso3;
  d.sector = sector;
  return addMention(ctx, d, from, head.end, 'description', `group:country+${head.noun}`) !== null;
}

/** "Hamas fighters", "Taliban militants": members of a known body, coded as the body. Emits and returns true. */
export function groupOfBody(
  ctx: Ctx,
  from: number,
  to: number,
  code: string,
  country: string | null,
  s: Sentence,
): boolean {
  const found = groupHead(ctx, to, s);
  const head = found && titleUse(ctx, found, from) ? null : found;
  if (!head || (head.end - to > 1 && head.sector === 'GOV')) return false;
  const toks = ctx.doc.tokens;
  const name = ctx.doc.text.slice((toks[from] as Token).start, (toks[head.end - 1] as Token).end);
  const d = draftFor(ctx, `group:body:${code}`, name, 'group', `group:body+${head.noun}`);
  d.code = code;
  d.country = country;
  return addMention(ctx, d, from, head.end, 'description', `group:body+${head.noun}`) !== null;
}

/**
 * "US and British activists", "US and Chinese officials": a country or demonym coordinated with a second one
 * that has a group noun shares that noun. Emits the first and returns true.
 */
export function groupShared(ctx: Ctx, from: number, to: number, iso3: string, s: Sentence): boolean {
  const toks = ctx.doc.tokens;
  const and = toks[to];
  if (!and || (and.lower !== 'and' && and.lower !== 'or')) return false;
  const m = longestMatch(ctx.lex.names, to + 1, s.tokenEnd, (i) => ctx.keys[i] as string);
  if (!m || !m.values.some((v) => v.type === 'demonym' || v.type === 'country')) return false;
  const head = groupHead(ctx, m.end, s);
  if (!head) return false;
  const sector = asSector(head.sector);
  const name = `${ctx.doc.text.slice((toks[from] as Token).start, (toks[to - 1] as Token).end)} ${head.noun}`;
  const d = draftFor(ctx, `group:${iso3}:${sector ?? ''}`, name, 'group', `group:${head.noun}`);
  d.country = iso3;
  d.sector = sector;
  return addMention(ctx, d, from, to, 'description', `group:coordinated+${head.noun}`) !== null;
}

/** The country of the place or country mention nearest to token `at` in its sentence, if any. */
function sentenceCountry(ctx: Ctx, s: Sentence, at: number): string | null {
  let best: string | null = null;
  let distance = Infinity;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const mi = ctx.covered[i] ?? -1;
    if (mi < 0) continue;
    const m = ctx.mentions[mi];
    const d = m ? ctx.drafts.get(m.entity) : undefined;
    if (!m || !d || !d.country || (d.kind !== 'location' && d.kind !== 'country')) continue;
    const gap = Math.abs(i - at);
    if (gap < distance) {
      distance = gap;
      best = d.country;
    }
    i = m.tokenEnd - 1;
  }
  return best;
}

/** Words a bare group starts with: "two"/"both" of a pair, and the group nouns. */
const GROUP_WORDS = wordList(() => [...PAIR_WORDS, ...getLexicon().groups.keys()]);

/** Group nouns without a country ("police said", "rebels attacked") and pairs ("the two governments"). */
export function bareGroups(ctx: Ctx): void {
  const toks = ctx.doc.tokens;
  const bits = wordBits(ctx.doc);
  for (const s of ctx.doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if ((ctx.covered[i] ?? -1) >= 0 || ((bits[i] ?? 0) & GROUP_WORDS) === 0) continue;
      const t = toks[i] as Token;
      if (PAIR_WORDS.has(t.lower)) {
        const n = toks[i + 1];
        if (n && PAIR_NOUNS.has(n.lower) && (ctx.covered[i + 1] ?? -1) < 0) {
          const from = i > s.tokenStart && (toks[i - 1] as Token).lower === 'the' ? i - 1 : i;
          const d = draftFor(ctx, `group:pair:${n.lower}`, `the two ${n.lower}`, 'group', 'group:pair');
          addMention(ctx, d, from, i + 2, 'description', `group:pair-${n.lower}`);
          i++;
        }
        continue;
      }
      const g = ctx.lex.groups.get(t.lower);
      // Lowercase, or capitalized only as the sentence's first word ("Police said").
      if (!g?.alone || (t.text !== t.lower && i !== s.tokenStart)) continue;
      // "security forces", "Security forces in Guinea": a group noun before it lends its sector.
      const prev = toks[i - 1];
      const lend = prev && (ctx.covered[i - 1] ?? -1) < 0 ? ctx.lex.groups.get(prev.lower) : undefined;
      const from = lend && STRONG.has(lend.sector) ? i - 1 : i;
      const sector = asSector(from < i && lend ? lend.sector : g.sector);
      // "Protesters gathered in Tbilisi, police said": the country of the nearest place in the sentence.
      const country = sentenceCountry(ctx, s, i);
      const key = country ? `group:${country}:${sector ?? ''}` : `group::${sector ?? ''}:${t.lower}`;
      const d = draftFor(ctx, key, t.lower, 'group', `group:${t.lower}`);
      d.sector = sector;
      d.country ??= country;
      addMention(
        ctx,
        d,
        from,
        i + 1,
        'description',
        country ? `group:bare-${t.lower}+sentence-place` : `group:bare-${t.lower}`,
      );
    }
  }
}
