/**
 * Entity drafts: what the entities stage knows about each referent (kind, country, role, affiliation, the KB
 * person it is, a fixed lexicon code) before the actors stage turns that into an actor as of the publication
 * date. Kept beside the Analysis (not in the output) so the two stages have a typed seam.
 */
import type { Analysis, Mention } from '../../analysis.js';
import type { EntityKind, Sector } from '../../types.js';
import type { KbPerson } from '../actors/kb.js';

export interface EntityDraft {
  id: string;
  /** Registry key: one draft per key ("country:CHN", "person:Wang Yi", "group:CHN:GOV:official"). */
  key: string;
  name: string;
  kind: EntityKind;
  country: string | null;
  /** The office or role the article gives ("Secretary of State"), or the KB's. */
  role: string | null;
  /** The sector the article's wording implies (title, apposition, group noun, org head). */
  sector: Sector | null;
  /** True when the article calls the person former ("former president"). */
  former: boolean;
  /** A fixed actor code from a lexicon entry (institutions, IGOs). */
  code: string | null;
  /** The knowledge-base person this is. */
  person: KbPerson | null;
  gender: 'male' | 'female' | null;
  /** The organization the article ties a person to ("a Cornell University professor"). */
  affiliation: EntityDraft | null;
  /** Lowercased head noun of an organization name ("department"), for "the department". */
  head: string | null;
  /** A facility without a place in its name: the country of the latest place named before it. */
  nearCountry?: string | null;
  /** The name says it is international ("European Defense Agency"): no home country for it. */
  international?: boolean;
  /** Surname keys for later bare-surname mentions. */
  surnames: string[];
  lat?: number;
  lon?: number;
  /** The rule and lexicon entry that typed it. */
  reason: string;
  /** The rule that set the role/sector, for the actors stage's explanation. */
  roleReason: string | null;
  mentions: Mention[];
}

const drafts = new WeakMap<Analysis, EntityDraft[]>();

export function setDrafts(doc: Analysis, list: EntityDraft[]): void {
  drafts.set(doc, list);
}

/** The drafts of the entities in `doc.entities`, same order and ids. */
export function draftsOf(doc: Analysis): EntityDraft[] {
  return drafts.get(doc) ?? [];
}

export function newDraft(key: string, name: string, kind: EntityKind, reason: string): EntityDraft {
  return {
    id: '',
    key,
    name,
    kind,
    country: null,
    role: null,
    sector: null,
    former: false,
    code: null,
    person: null,
    gender: null,
    affiliation: null,
    head: null,
    surnames: [],
    reason,
    roleReason: null,
    mentions: [],
  };
}
