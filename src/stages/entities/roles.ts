/**
 * Roles the article gives a person in an apposition ("Wang Yi, China's top foreign policy official",
 * "Jessica Chen Weiss, a Cornell University professor", "Ryan Hass, senior fellow at the Brookings
 * Institution"): the title, the country and the organization the person is tied to.
 */
import type { Mention, Token } from '../../analysis.js';
import { asSector } from '../actors/codes.js';
import { draftOf, type Ctx } from './context.js';
import type { EntityDraft } from './drafts.js';
import { tokenTitleKey } from './lexicon.js';
import { longestMatch } from './trie.js';

const STOP = new Set([
  "''",
  '``',
  "'",
  ',',
  '.',
  ';',
  ':',
  '“',
  '”',
  '"',
  '(',
  ')',
  '—',
  'who',
  'which',
  'that',
  'said',
  'says',
]);
const MAX_PHRASE = 16;

export function appositions(ctx: Ctx): void {
  const toks = ctx.doc.tokens;
  for (const m of [...ctx.mentions]) {
    const person = draftOf(ctx, m);
    if (!person || person.kind !== 'person' || m.kind !== 'name') continue;
    if (person.roleReason?.startsWith('apposition')) continue;
    if (!person.roleReason && (toks[m.tokenStart - 1] as Token | undefined)?.text === ',')
      roleBefore(ctx, person, m.tokenStart - 1);
    if ((toks[m.tokenEnd] as Token | undefined)?.text !== ',') continue;
    const from = m.tokenEnd + 1;
    const sentence = ctx.doc.sentences[(toks[m.tokenStart] as Token).sentence];
    const limit = Math.min(sentence?.tokenEnd ?? toks.length, from + MAX_PHRASE);
    let to = from;
    // The phrase ends at punctuation, a verb, or another person's name ("Putin,'' Ms. Wahl told RT…").
    while (to < limit && !STOP.has((toks[to] as Token).lower) && (toks[to] as Token).pos !== 'AUX') {
      const mi = ctx.covered[to] ?? -1;
      const other = mi >= 0 ? draftOf(ctx, ctx.mentions[mi] as typeof m) : undefined;
      if (other?.kind === 'person' || (toks[to] as Token).pos === 'PUNCT') break;
      to++;
    }
    if (to === from) continue;
    // Another person named right after the comma is a list, not an apposition.
    const firstMention = ctx.covered[from] ?? -1;
    if (firstMention >= 0 && draftOf(ctx, ctx.mentions[firstMention] as typeof m)?.kind === 'person')
      continue;
    applyPhrase(ctx, person, from, to);
  }
}

/** "Somalia's president, Hassan Sheikh Mohamud,": a title (and its country) before the comma ending at `comma`. */
function roleBefore(ctx: Ctx, person: EntityDraft, comma: number): void {
  const toks = ctx.doc.tokens;
  for (let from = Math.max(0, comma - 4); from < comma; from++) {
    const t = longestMatch(ctx.lex.titles, from, comma, (k) => tokenTitleKey(toks[k] as Token));
    const title = t?.values[0];
    if (!t || t.end !== comma || !title?.role) continue;
    const poss = toks[from - 1];
    const mi =
      poss && (poss.text === "'s" || poss.text === '’s')
        ? (ctx.covered[from - 2] ?? -1)
        : (ctx.covered[from - 1] ?? -1);
    const owner = mi >= 0 ? draftOf(ctx, ctx.mentions[mi] as Mention) : undefined;
    person.role = title.role;
    person.sector = asSector(title.sector);
    person.roleReason = `apposition-before:${title.id}`;
    if (owner && owner.kind !== 'person' && owner.country && !person.country) person.country = owner.country;
    return;
  }
}

function applyPhrase(ctx: Ctx, person: EntityDraft, from: number, to: number): void {
  const toks = ctx.doc.tokens;
  let title = null;
  let formerAt = false;
  let country: string | null = null;
  let affiliation: EntityDraft | null = null;
  for (let i = from; i < to; i++) {
    const mi = ctx.covered[i] ?? -1;
    if (mi >= 0) {
      const m = ctx.mentions[mi];
      const d = m ? draftOf(ctx, m) : undefined;
      if (d && m) {
        if (!affiliation && (d.kind === 'organization' || (d.kind === 'group' && d.sector))) affiliation = d;
        if (!country && d.country && d.kind !== 'person') country = d.country;
        i = m.tokenEnd - 1;
        continue;
      }
    }
    if (!title) {
      const t = longestMatch(ctx.lex.titles, i, to, (k) => tokenTitleKey(toks[k] as Token));
      const v = t?.values[0];
      if (t && v?.former) formerAt = true;
      if (t && v && v.role) {
        title = v;
        i = t.end - 1;
      }
    }
  }
  if (!title && !affiliation) {
    // "Lindsey Graham, a South Carolina Republican": at least the country.
    if (country && !person.country) person.country = country;
    return;
  }
  if (title) {
    person.role = title.role;
    person.sector = asSector(title.sector);
    if (title.former || formerAt) person.former = true;
    person.roleReason = `apposition:${title.id}`;
  } else person.roleReason = 'apposition:affiliation';
  if (affiliation) person.affiliation = affiliation;
  if (affiliation?.country) person.country = affiliation.country;
  else if (country) person.country = country;
}
