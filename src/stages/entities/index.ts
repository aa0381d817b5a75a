/**
 * Stage: entities. Finds every mention of a person, organization, country, place or group (names, titles
 * with names, demonyms, group nouns, descriptions, pronouns), groups them into one entity per referent and
 * records, for the actors stage, what the article says about each (drafts.ts). Actors come next.
 */
import type { Analysis, Mention, Stage, Token } from '../../analysis.js';
import type { Entity } from '../../types.js';
import { newCtx, type Ctx } from './context.js';
import { setDrafts, type EntityDraft } from './drafts.js';
import { bareGroups } from './groups.js';
import { nameMentions } from './names.js';
import { descriptions, pronouns } from './references.js';
import { appositions } from './roles.js';

function toEntity(d: EntityDraft, text: string): Entity {
  const e: Entity = {
    id: d.id,
    name: d.name,
    kind: d.kind,
    actor: null,
    country: d.country,
    role: d.role,
    mentions: d.mentions.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) })),
  };
  if (d.lat !== undefined && d.lon !== undefined) {
    e.lat = d.lat;
    e.lon = d.lon;
  }
  return e;
}

/** Countries of the non-person entities named in each sentence (for `placeOfficial`). */
function countriesBySentence(ctx: Ctx): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const m of ctx.mentions) {
    const other = ctx.drafts.get(m.entity);
    if (!other || !other.country || other.kind === 'person') continue;
    const s = (ctx.doc.tokens[m.tokenStart] as Token).sentence;
    let set = out.get(s);
    if (!set) out.set(s, (set = new Set()));
    set.add(other.country);
  }
  return out;
}

/**
 * "President Abdelaziz Bouteflika threatened a curfew in Algiers": an office holder the article does not
 * place and dyad does not know holds office in the one country named in the sentences that name him.
 */
function placeOfficial(ctx: Ctx, d: EntityDraft, named: () => Map<number, Set<string>>): void {
  if (d.kind !== 'person' || d.country || d.person || !d.sector || d.affiliation) return;
  if (d.sector !== 'GOV' && d.sector !== 'MIL' && d.sector !== 'LEG') return;
  const countries = new Set<string>();
  for (const m of d.mentions)
    for (const c of named().get((ctx.doc.tokens[m.tokenStart] as Token).sentence) ?? []) countries.add(c);
  if (countries.size === 1) d.nearCountry = [...countries][0] as string;
}

export const entitiesStage: Stage = {
  name: 'entities',
  run(doc: Analysis): void {
    const ctx = newCtx(doc);
    nameMentions(ctx);
    bareGroups(ctx);
    appositions(ctx);
    descriptions(ctx);
    pronouns(ctx);

    const drafts = [...ctx.drafts.values()].filter((d) => d.mentions.length > 0);
    let named: Map<number, Set<string>> | undefined;
    const namedIn = (): Map<number, Set<string>> => (named ??= countriesBySentence(ctx));
    for (const d of drafts) placeOfficial(ctx, d, namedIn);
    for (const d of drafts) d.mentions.sort((a, b) => a.start - b.start);
    drafts.sort((a, b) => (a.mentions[0] as Mention).start - (b.mentions[0] as Mention).start);
    const idOf = new Map<string, string>();
    drafts.forEach((d, i) => {
      d.id = `e${i + 1}`;
      idOf.set(d.key, d.id);
    });
    const mentions = ctx.mentions.filter((m) => idOf.has(m.entity));
    for (const m of mentions) m.entity = idOf.get(m.entity) as string;
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    doc.mentions = mentions;
    doc.tokenMention = new Array<number>(doc.tokens.length).fill(-1);
    mentions.forEach((m, i) => {
      for (let t = m.tokenStart; t < m.tokenEnd; t++) if (doc.tokenMention[t] === -1) doc.tokenMention[t] = i;
    });
    doc.entities = drafts.map((d) => toEntity(d, doc.text));
    setDrafts(doc, drafts);
  },
};
