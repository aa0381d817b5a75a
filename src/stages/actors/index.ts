/**
 * Stage: actors. Gives each entity a CAMEO-style actor as of the publication date, from what the article
 * says (title, apposition, affiliation, group noun, institution) and, where it says nothing, from the
 * knowledge base of office holders (lexicons/actors/people): GOV while in office, ELI after leaving it.
 */
import type { Analysis, Stage } from '../../analysis.js';
import type { Actor } from '../../types.js';
import { draftsOf, type EntityDraft } from '../entities/drafts.js';
import { actorFromCode, asSector, makeActor } from './codes.js';
import { formerAt, termAt, type KbTerm } from './kb.js';

export interface ActorChoice {
  actor: Actor | null;
  country: string | null;
  role: string | null;
  /** The rule that chose it. */
  reason: string;
}

function orgActor(d: EntityDraft, date: string | null): ActorChoice {
  if (d.code)
    return {
      actor: actorFromCode(d.code, d.country, d.name),
      country: d.country,
      role: d.role,
      reason: `actor:lexicon:${d.code}`,
    };
  const leader = d.affiliation;
  if (leader) {
    const country = leader.country ?? leader.person?.country ?? null;
    return { actor: makeActor(country, d.sector), country, role: null, reason: 'actor:leader-government' };
  }
  void date;
  return {
    actor: makeActor(d.country, d.sector),
    country: d.country,
    role: d.role,
    reason: 'actor:country+sector',
  };
}

/** The KB term for the office a title names ("President" → "President of the Russian Federation"). */
function officeHeld(terms: KbTerm[], role: string, date: string | null): KbTerm | undefined {
  const r = role.toLowerCase();
  const exact = terms.filter((t) => t.role.toLowerCase() === r);
  const loose = terms.filter((t) => {
    const k = t.role.toLowerCase();
    return k.startsWith(`${r} `) || k.includes(` ${r}`);
  });
  // An exact office first; among several, the one in force on the date, else the latest.
  const pool = exact.length ? exact : loose;
  const now = date ? pool.find((t) => t.from <= date && (t.to === null || t.to >= date)) : undefined;
  return now ?? pool.reduce<KbTerm | undefined>((a, t) => (!a || t.from > a.from ? t : a), undefined);
}

export function personActor(d: EntityDraft, date: string | null): ActorChoice {
  const p = d.person;
  const term = p && date ? termAt(p, date) : null;
  const fromArticle = d.roleReason?.startsWith('apposition') ?? false;
  const aff = d.affiliation;
  if (fromArticle && aff) {
    const a = aff.code ? actorFromCode(aff.code, aff.country, aff.name) : makeActor(aff.country, aff.sector);
    if (a) return { actor: a, country: a.country, role: d.role, reason: `actor:affiliation:${aff.name}` };
  }
  // "Russian President Boris Yeltsin": an office the article's title gives and the KB knows he held is his
  // office in this article, whatever the date says.
  const titled =
    p && !d.former && d.role && d.roleReason?.startsWith('title:')
      ? officeHeld(p.terms, d.role, date)
      : undefined;
  const office = titled && (!term || term.sector !== titled.sector) ? titled : term;
  if (office && p && !(fromArticle && d.sector && d.sector !== office.sector)) {
    const actor = office.org
      ? actorFromCode(office.org, null, office.role)
      : makeActor(p.country, d.former ? 'ELI' : asSector(office.sector));
    const rule =
      office === term ? `kb-term:${p.source}:${office.role}@${date}` : `title+kb-office:${office.role}`;
    return { actor, country: p.country, role: d.role ?? office.role, reason: `actor:${rule}` };
  }
  if (p && date && formerAt(p, date)) {
    const country = d.country ?? p.country;
    return { actor: makeActor(country, 'ELI'), country, role: d.role, reason: `actor:kb-former:${p.source}` };
  }
  // An unknown office holder: the one country of the sentences naming them (entities/index.ts placeOfficial).
  const country = d.country ?? p?.country ?? d.nearCountry ?? null;
  const sector = d.former ? 'ELI' : d.sector;
  return {
    actor: makeActor(country, country ? sector : null),
    country,
    role: d.role,
    reason: `actor:article-role:${d.roleReason ?? 'none'}`,
  };
}

export function chooseActor(d: EntityDraft, date: string | null): ActorChoice {
  switch (d.kind) {
    case 'person':
      return personActor(d, date);
    case 'organization':
      return orgActor(d, date);
    case 'group':
      if (d.code)
        return {
          actor: actorFromCode(d.code, d.country, d.name),
          country: d.country,
          role: null,
          reason: `actor:group-of-body:${d.code}`,
        };
      return {
        actor: makeActor(d.country, d.sector),
        country: d.country,
        role: null,
        reason: `actor:group:${d.reason}`,
      };
    case 'country':
      return { actor: makeActor(d.country, null), country: d.country, role: null, reason: 'actor:country' };
    case 'location':
      return {
        actor: d.code ? actorFromCode(d.code, d.country, d.name) : makeActor(d.country, null),
        country: d.country,
        role: null,
        reason: 'actor:place-country',
      };
  }
}

/**
 * The article's home country: the country named (as a country or place) most often, with at least three
 * mentions and twice as many as any other. Bodies the article leaves unplaced ("police", "Hofstra University")
 * are taken to be its.
 */
export function homeCountry(drafts: EntityDraft[]): string | null {
  const counts = new Map<string, number>();
  for (const d of drafts)
    if (d.country && (d.kind === 'country' || d.kind === 'location'))
      counts.set(d.country, (counts.get(d.country) ?? 0) + d.mentions.length);
  let best: string | null = null;
  let top = 0;
  let second = 0;
  for (const [c, n] of counts) {
    if (n > top) {
      second = top;
      top = n;
      best = c;
    } else if (n > second) second = n;
  }
  return top >= 3 && top >= 2 * second ? best : null;
}

/** Organizations with a sector and groups the article does not place get the home country. */
function placeUnplaced(d: EntityDraft, home: string | null): void {
  if (d.kind === 'person') return;
  if (d.nearCountry !== undefined && !d.country) {
    d.country = home ?? d.nearCountry;
    d.reason = `${d.reason};country:${home ? 'home' : 'latest-place'}`;
    return;
  }
  if (!home || d.country || d.code || !d.sector || d.sector === 'IGO') return;
  if (d.kind !== 'organization' && d.kind !== 'group') return;
  if (d.affiliation || d.international) return;
  d.country = home;
  d.reason = `${d.reason};country:home`;
}

export const actorsStage: Stage = {
  name: 'actors',
  run(doc: Analysis): void {
    const drafts = draftsOf(doc);
    const date = doc.options.publishedAt;
    const home = homeCountry(drafts);
    drafts.forEach((d, i) => {
      const e = doc.entities[i];
      if (!e || e.id !== d.id) return;
      placeUnplaced(d, home);
      const choice = chooseActor(d, date);
      e.actor = choice.actor;
      e.country = choice.country;
      e.role = choice.role;
    });
  },
};
