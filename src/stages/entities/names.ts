/**
 * Proper-name mentions: each name chunk is typed by the gazetteers (knowledge-base people, institutions,
 * countries, places), by titles ("Mr", "Secretary of State", "foreign minister") and by organization head
 * nouns, and joined to the entity it names (surnames to the person named earlier in the article).
 */
import type { Mention, Sentence, Token } from '../../analysis.js';
import type { Sector } from '../../types.js';
import { makeActor, asSector } from '../actors/codes.js';
import { heldTopOffice, personBySurname, termAt, type KbPerson } from '../actors/kb.js';
import { chunksOf, type Chunk } from './chunks.js';
import { GLUE, addMention, draftFor, draftOf, isCap, wordCount, wordStart, type Ctx } from './context.js';
import type { EntityDraft } from './drafts.js';
import { tokenTitleKey, type Known, type Title } from './lexicon.js';
import { citiesNamed, getPlaces, type PlaceInfo } from './places.js';
import { keyOf, longestMatch, type TrieMatch } from './trie.js';
import { groupAfter, groupOfBody, groupShared } from './groups.js';

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const PLACE_PREPS = new Set([
  'in',
  'near',
  'outside',
  'across',
  'around',
  'at',
  'from',
  'to',
  'into',
  'toward',
  'towards',
  'via',
]);
/** Nouns that make the name after "of" a place ("the town of X"). */
const PLACE_NOUNS = new Set([
  'town',
  'city',
  'village',
  'port',
  'province',
  'region',
  'district',
  'capital',
  'suburb',
]);
/** Prepositions too often followed by people to make an unknown name a town. */
const WEAK_PLACE_PREPS = new Set(['to', 'at', 'from', 'via', 'toward', 'towards']);
const GOVERNMENT_NOUNS = new Set(['administration', 'government', 'cabinet', 'regime']);
const PERSON_CUES = new Set(['said', 'says', 'told', 'added', 'wrote', 'asked', 'argued', 'noted']);

function known(ctx: Ctx, from: number, limit: number): TrieMatch<Known> | null {
  return longestMatch(ctx.lex.names, from, limit, (i) => ctx.keys[i] as string);
}

function titleAt(ctx: Ctx, from: number, limit: number): TrieMatch<Title> | null {
  const toks = ctx.doc.tokens;
  return longestMatch(ctx.lex.titles, from, limit, (i) => tokenTitleKey(toks[i] as Token));
}

function slice(ctx: Ctx, from: number, to: number): string {
  const toks = ctx.doc.tokens;
  return ctx.doc.text.slice((toks[from] as Token).start, (toks[to - 1] as Token).end);
}

function pick<T extends Known['type']>(values: Known[], type: T): Extract<Known, { type: T }> | undefined {
  return values.find((v) => v.type === type) as Extract<Known, { type: T }> | undefined;
}

const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|ary|ern|ing|ed|ly|ful|less|able|ible)$/;

/** Drops a sentence-initial common word ("Talks", "Bilateral") that only looks like a name. */
function dropInitialCommon(ctx: Ctx, c: Chunk): number {
  let a = dropCommonWord(ctx, c);
  // After a dropped word, no name starts on a connector ("Speaker of the House …" → "House …").
  if (a > c.start) while (a < c.end && !isCap(ctx.doc.tokens[a])) a++;
  return a;
}

/** Multi-word surnames: "Von der Leyen" after "Ursula von der Leyen". */
function multiWordSurname(ctx: Ctx, from: number, to: number): EntityDraft | null {
  const folded = keyOf(slice(ctx, from, to));
  return (
    ctx.surnames.get(folded) ?? ctx.surnames.get(folded.charAt(0).toLowerCase() + folded.slice(1)) ?? null
  );
}

function dropCommonWord(ctx: Ctx, c: Chunk): number {
  const a = c.start;
  if (multiWordSurname(ctx, a, c.end)) return a;
  if (!c.initial) return a;
  const t = ctx.doc.tokens[a] as Token;
  if (known(ctx, a, c.end) || titleAt(ctx, a, c.end)) return a;
  // "Young Algerians blocked roads": a word before a people or demonym is not part of a name.
  const next = known(ctx, a + 1, c.end);
  if (next?.values.some((v) => v.type === 'people' || v.type === 'demonym')) return a + 1;
  const key = ctx.keys[a] as string;
  if (ctx.midCaps.has(key) || ctx.surnames.has(key) || ctx.kb.bySurname.has(key)) return a;
  if (wordCount(ctx, a, c.end) === 1) return c.end;
  if (ctx.lowercase.has(t.lower) || t.pos !== 'PROPN') return a + 1;
  // "Bilateral US-China relations": an adjective-looking word before a known name.
  if (ADJECTIVE_ENDING.test(t.lower) && known(ctx, a + 1, c.end)) return a + 1;
  return a;
}

/** The country a place, country or demonym value stands for. */
function countryOf(v: Known): string | null {
  if (v.type === 'country' || v.type === 'demonym' || v.type === 'people') return v.iso3;
  if (v.type === 'place') return v.place.country;
  if (v.type === 'institution') return v.inst.country;
  return null;
}

function countryDraft(ctx: Ctx, iso3: string): EntityDraft {
  const c = getPlaces().countries.get(iso3);
  const d = draftFor(ctx, `country:${iso3}`, c?.name ?? iso3, 'country', `gazetteer:country:${iso3}`);
  d.country = iso3;
  if (c && d.lat === undefined) {
    d.lat = c.lat;
    d.lon = c.lon;
  }
  return d;
}

function placeDraft(ctx: Ctx, p: PlaceInfo, reason: string): EntityDraft {
  const d = draftFor(ctx, `place:${p.name}|${p.country ?? ''}`, p.name, 'location', reason);
  d.country = p.country;
  if (p.lat !== null && p.lon !== null && d.lat === undefined) {
    d.lat = p.lat;
    d.lon = p.lon;
  }
  ctx.lastPlaceCountry = p.country ?? ctx.lastPlaceCountry;
  ctx.placesByName.set(p.name, d);
  return d;
}

function personDraft(ctx: Ctx, person: KbPerson): EntityDraft {
  const d = draftFor(
    ctx,
    `person:${person.name}`,
    person.name,
    'person',
    `kb:${person.source}:${person.name}`,
  );
  d.person = person;
  d.gender = person.gender;
  const surname = keyOf(person.surname);
  if (!d.surnames.includes(surname)) d.surnames.push(surname);
  ctx.surnames.set(surname, d);
  const given = keyOf(person.name.split(' ')[0] as string);
  if (given !== surname && !ctx.givenNames.has(given)) ctx.givenNames.set(given, d);
  return d;
}

/** The country of "<country>'s" right before token `at`, already a mention. */
function possessorCountry(ctx: Ctx, at: number): string | null {
  const poss = ctx.doc.tokens[at - 1];
  if (!poss || !POSSESSIVE.has(poss.text)) return null;
  const mi = ctx.covered[at - 2] ?? -1;
  const m = mi >= 0 ? ctx.mentions[mi] : undefined;
  const d = m ? draftOf(ctx, m) : undefined;
  return d && (d.kind === 'country' || d.kind === 'location') ? d.country : null;
}

/** Is the capital at [from, to) used for its government ("Beijing believes", "Washington's efforts")? */
function metonymy(ctx: Ctx, from: number, to: number): string | null {
  const toks = ctx.doc.tokens;
  const prev = toks[from - 1];
  const next = toks[to];
  if (!next) return null;
  if (POSSESSIVE.has(next.text) && next.text.length > 1) return 'metonymy:capital-possessive';
  // "an admission by Moscow that…": the agent of a passive or a noun of action.
  if (prev?.lower === 'by') return 'metonymy:capital-agent';
  if (prev && (prev.pos === 'ADP' || PLACE_PREPS.has(prev.lower))) return null;
  // "Washington, along with its allies, demanded…": the subject opening the sentence.
  const sentence = ctx.doc.sentences[(toks[from] as Token).sentence];
  if (sentence?.tokenStart === from && next.text !== ',' && next.pos !== 'PROPN' && next.pos !== 'NOUN')
    return 'metonymy:capital-opens-sentence';
  const verb = next.pos === 'ADV' ? toks[to + 1] : next;
  if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX') && !verb.text.endsWith('ing'))
    return 'metonymy:capital-subject';
  return null;
}

/** Emits the mention of a gazetteer match over [from, to); `mentionFrom` may include titles before it. */
function emitKnown(ctx: Ctx, from: number, to: number, values: Known[], s: Sentence): void {
  const person = pick(values, 'person');
  if (person) {
    const d = personDraft(ctx, person.person);
    addMention(ctx, d, from, to, 'name', `name:kb:${person.id}`);
    return;
  }
  const inst = pick(values, 'institution');
  const owner = inst?.inst.country ? possessorCountry(ctx, from) : null;
  if (inst && owner && owner !== inst.inst.country) {
    // "Rwanda's Senate": a body of that name, but the possessor's.
    const name = slice(ctx, from, to);
    const d = draftFor(
      ctx,
      `org:${owner}:${name}`,
      name,
      inst.inst.kind,
      `possessor+lexicon:${inst.inst.id}`,
    );
    d.country = owner;
    d.sector = asSector(inst.inst.sector);
    addMention(ctx, d, from, to, 'name', `name:possessor+institution:${inst.inst.id}`);
    return;
  }
  if (inst && groupOfBody(ctx, from, to, inst.inst.code, inst.inst.country, s)) return;
  if (inst) {
    const d = draftFor(
      ctx,
      `inst:${inst.inst.id}`,
      inst.inst.name,
      inst.inst.kind,
      `lexicon:${inst.inst.id}`,
    );
    d.code = inst.inst.code;
    d.country = inst.inst.country;
    const head = inst.inst.name.split(' ').pop()?.toLowerCase() ?? '';
    if (ctx.lex.heads.has(head)) d.head = head;
    d.sector = asSector(inst.inst.sector);
    addMention(ctx, d, from, to, 'name', `name:institution:${inst.inst.id}`);
    return;
  }
  const country = pick(values, 'country');
  const demonym = pick(values, 'demonym');
  const people = pick(values, 'people');
  const iso3 = country?.iso3 ?? demonym?.iso3 ?? people?.iso3;
  if (
    iso3 &&
    (demonym || country) &&
    (groupAfter(ctx, from, to, iso3, s) || groupShared(ctx, from, to, iso3, s))
  )
    return;
  if (country) {
    addMention(ctx, countryDraft(ctx, country.iso3), from, to, 'name', `name:country:${country.iso3}`);
    return;
  }
  const place = pick(values, 'place');
  if (place) {
    const where = ctx.lastPlaceCountry;
    const d = placeDraft(ctx, place.place, `gazetteer:${place.id}`);
    const capitalOf = getPlaces().capitals.get(place.place.name);
    const rule = capitalOf ? metonymy(ctx, from, to) : null;
    // "Washington believed…" is the government speaking, not where the story is.
    if (rule) ctx.lastPlaceCountry = where;
    const actor = rule && capitalOf ? (makeActor(capitalOf, 'GOV') ?? undefined) : undefined;
    addMention(ctx, d, from, to, 'name', rule ?? `name:place:${place.place.name}`, actor);
    return;
  }
  if (people) {
    const d = draftFor(
      ctx,
      `group:${people.iso3}::people`,
      slice(ctx, from, to),
      'group',
      `gazetteer:${people.id}`,
    );
    d.country = people.iso3;
    d.sector = 'CVL';
    addMention(ctx, d, from, to, 'description', `group:people:${people.iso3}`);
    return;
  }
  if (demonym)
    addMention(ctx, countryDraft(ctx, demonym.iso3), from, to, 'demonym', `demonym:${demonym.iso3}`);
}

interface TitlePrefix {
  titles: Title[];
  country: string | null;
  /** A body named before the title ("European Commission President …"): [start, end) of its name. */
  body: { end: number; values: Known[] } | null;
  /** Token after the titles. */
  end: number;
}

/** "of Energy", "for Foreign Affairs" after a title: the portfolio, as part of the title. */
function portfolioAt(
  ctx: Ctx,
  at: number,
  limit: number,
): { end: number; text: string; sector: string | null } | null {
  const toks = ctx.doc.tokens;
  const of = toks[at];
  if (!of || (of.lower !== 'of' && of.lower !== 'for') || at + 1 >= limit) return null;
  const m = longestMatch(ctx.lex.portfolios, at + 1, limit, (i) => (toks[i] as Token).lower);
  const p = m?.values[0];
  if (!m || !p) return null;
  return { end: m.end, text: slice(ctx, at, m.end), sector: p.sector };
}

/** Titles at the start of a chunk, with a country before them ("US Secretary of State", "Chinese President"). */
function titlePrefix(ctx: Ctx, a: number, b: number): TitlePrefix {
  const out: TitlePrefix = { titles: [], country: null, end: a, body: null };
  let p = a;
  for (;;) {
    const k = out.titles.length === 0 && out.country === null ? known(ctx, p, b) : null;
    if (k && !out.body && pick(k.values, 'institution') && titleAt(ctx, k.end, b)) {
      out.body = { end: k.end, values: k.values };
      out.country = pick(k.values, 'institution')?.inst.country ?? null;
      p = k.end;
      continue;
    }
    const kCountry = k ? k.values.map(countryOf).find((c) => c !== null) : null;
    if (k && kCountry && k.values.some((v) => v.type !== 'person') && titleAt(ctx, k.end, b)) {
      out.country = kCountry;
      p = k.end;
      continue;
    }
    const t = titleAt(ctx, p, b);
    const title = t?.values[0];
    if (!t || !title) break;
    p = t.end;
    const portfolio = title.role ? portfolioAt(ctx, p, b) : null;
    if (portfolio && portfolio.end < b) {
      // "Secretary of Energy Jeffrey Kupfer": the office is the title and its portfolio.
      out.titles.push({
        ...title,
        id: `${title.id}+portfolio`,
        role: `${title.role} ${portfolio.text}`,
        sector: portfolio.sector ?? title.sector,
      });
      p = portfolio.end;
    } else out.titles.push(title);
  }
  out.end = p;
  return out;
}

/** Lowercase titles just before a name ("foreign minister Qin Gang", "China's foreign minister Qin Gang"). */
function titleBefore(
  ctx: Ctx,
  a: number,
  s: Sentence,
): { start: number; titles: Title[]; country: string | null; affiliation: EntityDraft | null } | null {
  const toks = ctx.doc.tokens;
  for (let from = Math.max(s.tokenStart, a - 4); from < a; from++) {
    if (isCap(toks[from])) continue;
    const t = titleAt(ctx, from, a);
    if (!t || t.end !== a) continue;
    let start = from;
    let country: string | null = null;
    let affiliation: EntityDraft | null = null;
    // "China's foreign minister", "Kremlin spokesman": the possessor, demonym or body before the title.
    const poss = toks[from - 1];
    const back = poss && POSSESSIVE.has(poss.text) ? from - 1 : from;
    const named = ctx.covered[back - 1] ?? -1;
    if (named >= 0) {
      // Already a mention of its own (an organization, a country): the person's affiliation, not part of it.
      const m = ctx.mentions[named];
      const d = m ? draftOf(ctx, m) : undefined;
      if (d && d.kind !== 'person') {
        country = d.country;
        if (d.kind === 'organization' || d.kind === 'group') affiliation = d;
      }
    } else
      for (let k = Math.max(s.tokenStart, back - 3); k < back; k++) {
        const m = known(ctx, k, back);
        const c = m && m.end === back ? m.values.map(countryOf).find((x) => x !== null) : null;
        if (c) {
          country = c;
          start = k;
          break;
        }
      }
    const former = toks[from - 1]?.lower === 'former' || toks[from - 1]?.lower === 'ex';
    if (former && start === from) start = from - 1;
    const titles = t.values.slice(0, 1);
    return { start, titles: former ? [...titles, FORMER] : titles, country, affiliation };
  }
  return null;
}

const FORMER: Title = { id: 'title:former', words: ['former'], role: null, sector: null, former: true };

function applyTitles(d: EntityDraft, titles: Title[], country: string | null): void {
  for (const t of titles) {
    if (t.gender && !d.gender) d.gender = t.gender;
    if (t.former) d.former = true;
    if (t.role && !d.role) {
      d.role = t.role;
      d.sector = asSector(t.sector);
      d.roleReason = `title:${t.id}`;
    }
    if (!d.country && (country ?? t.country)) d.country = country ?? t.country ?? null;
  }
}

/** A person named by [from, to) (no titles): the KB person, the one named earlier, or a new one. */
function resolvePerson(
  ctx: Ctx,
  from: number,
  to: number,
  hasTitle: boolean,
  titleRole: string | null = null,
  gender: 'male' | 'female' | null = null,
): EntityDraft | null {
  const text = slice(ctx, from, to);
  const whole = known(ctx, from, to);
  const kbWhole = whole && whole.end === to ? pick(whole.values, 'person') : undefined;
  if (kbWhole) return personDraft(ctx, kbWhole.person);
  if (wordCount(ctx, from, to) === 1) {
    const key = ctx.keys[from] as string;
    const seen = ctx.surnames.get(key) ?? ctx.givenNames.get(key);
    // "Mrs. Clinton" is not the Bill Clinton named before: the honorific's gender decides.
    if (seen && !(gender && seen.gender && seen.gender !== gender)) return seen;
    // "a May interview", "Younger voters": untitled, a capitalized word before a lowercase noun modifies it.
    const next = ctx.doc.tokens[to];
    const modifier =
      !hasTitle &&
      next !== undefined &&
      (next.pos === 'NOUN' || next.pos === 'ADJ') &&
      next.text === next.lower;
    const p = modifier
      ? null
      : (personBySurname(ctx.kb, key, ctx.date, titleRole, hasTitle, gender) ??
        (seen ? sameFamily(ctx, key, gender) : uniqueSurname(ctx, from)));
    if (p && !(gender && p.gender !== gender)) return personDraft(ctx, p);
    if (seen) {
      // Another member of the family the article has not introduced: a person of their own.
      const d = draftFor(
        ctx,
        `person:${text}|${gender ?? ''}`,
        text,
        'person',
        'name:title+surname-other-gender',
      );
      d.gender = gender;
      return d;
    }
    if (!hasTitle) return null;
  }
  const existing = ctx.drafts.get(`person:${text}`);
  if (existing) return existing;
  const multi = multiWordSurname(ctx, from, to);
  if (multi) return multi;
  // "Jessica Weiss" after "Jessica Chen Weiss": same last word and first word.
  const last = ctx.keys[wordStart(ctx, to - 1)] as string;
  const seenLast = ctx.surnames.get(last);
  if (seenLast && seenLast.name.startsWith(ctx.keys[from] as string)) return seenLast;
  const d = draftFor(
    ctx,
    `person:${text}`,
    text,
    'person',
    hasTitle ? 'name:title' : 'name:proper-noun-chunk',
  );
  if (!d.surnames.includes(last)) d.surnames.push(last);
  ctx.surnames.set(last, d);
  const first = ctx.keys[from] as string;
  const words = wordCount(ctx, from, to);
  if (words >= 2 && !ctx.givenNames.has(first)) ctx.givenNames.set(first, d);
  // East Asian family-name-first names: "Mr Wang" after "Wang Yi".
  if (words === 2 && first.length <= 4 && !ctx.surnames.has(first)) {
    d.surnames.push(first);
    ctx.surnames.set(first, d);
  }
  return d;
}

const REGION_WORDS = new Set([
  'North',
  'South',
  'East',
  'West',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
  'Greater',
  'Upper',
  'Lower',
  'Inner',
  'Outer',
  'New',
  'Old',
]);

/**
 * In an unknown capitalized chunk with a known name inside, is the known part just part of a person's name?
 * Yes when every known part is a country or place word sitting among unknown name-like words, no part is an
 * institution or knowledge-base person, and the chunk does not end on the known name followed by nothing else
 * unknown (so "Michael Jordan" and "Victoria Nuland" are people, "Beijing Olympics" is not).
 */
function innerIsNamePart(ctx: Ctx, from: number, to: number): boolean {
  let unknown = 0;
  let knownEnd = -1;
  for (let i = from; i < to;) {
    const k = known(ctx, i, to);
    if (k) {
      if (k.values.some((v) => v.type === 'institution' || v.type === 'person' || v.type === 'demonym'))
        return false;
      knownEnd = k.end;
      i = k.end;
    } else {
      if ((ctx.doc.tokens[i] as Token).text !== '-' && !ctx.glued[i]) unknown++;
      i++;
    }
  }
  // A known first word followed by one unknown word reads as a place plus a noun ("Beijing Olympics").
  if (knownEnd < to && known(ctx, from, to)) return false;
  return unknown > 0;
}

/**
 * A bare surname ("Trump said", "Mr Putin") is the knowledge base's only person of that surname when that
 * person is in office on the date or ever held a top office — unless the word also occurs lowercase in the
 * article ("may", "rice") or only starts a sentence: then it is too common to trust. "Mr Jones" is not every
 * Jones the knowledge base knows.
 */
/** "Mrs. Clinton" after "Bill Clinton": the one knowledge-base person of that surname and gender. */
function sameFamily(ctx: Ctx, key: string, gender: 'male' | 'female' | null): KbPerson | null {
  const list = (ctx.kb.bySurname.get(key) ?? []).filter((p) => !gender || p.gender === gender);
  return list.length === 1 ? (list[0] as KbPerson) : null;
}

function uniqueSurname(ctx: Ctx, at: number): KbPerson | null {
  const key = ctx.keys[at] as string;
  const list = ctx.kb.bySurname.get(key);
  if (!list || list.length !== 1 || ctx.lowercase.has(key.toLowerCase())) return null;
  const t = ctx.doc.tokens[at] as Token;
  const s = ctx.doc.sentences[t.sentence];
  if (s && s.tokenStart === at && !ctx.midCaps.has(key)) return null;
  const p = list[0] as KbPerson;
  return (ctx.date && termAt(p, ctx.date)) || heldTopOffice(p) ? p : null;
}

function looksLikePersonName(ctx: Ctx, from: number, to: number): boolean {
  if (to - from > 4) return false;
  const first = (ctx.doc.tokens[from] as Token).lower;
  // "Clean Power Plan", "Bad Optics": a first word the article also uses lowercase is a word, not a name.
  if (ctx.lowercase.has(first) && !ctx.lex.givenWords.has(first)) return false;
  for (let i = from; i < to; i++) {
    const t = ctx.doc.tokens[i] as Token;
    if (ctx.glued[i] || ctx.glued[i + 1]) continue;
    if (t.text === '-' || /^\p{Lu}\.$/u.test(t.text)) continue;
    if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text) && !/^\p{Lu}[\p{Ll}]+\p{Lu}[\p{Ll}]+$/u.test(t.text))
      return false;
  }
  return true;
}

/** An organization or facility named by a head noun ("Cornell University", "Diaoyutai State Guesthouse"). */
function emitOrg(ctx: Ctx, from: number, to: number): boolean {
  const toks = ctx.doc.tokens;
  // The head ends the name, or comes before its first "of"/"for" ("Syrian Observatory for Human Rights").
  let headAt = to - 1;
  if (!ctx.lex.heads.has((toks[to - 1] as Token).lower))
    for (let i = from + 1; i < to - 1; i++)
      if (
        (toks[i] as Token).text === (toks[i] as Token).lower &&
        ctx.lex.heads.has((toks[i - 1] as Token).lower)
      ) {
        headAt = i - 1;
        break;
      }
  const headKey = (toks[headAt] as Token).lower;
  const head = ctx.lex.heads.get(headKey);
  if (!head || to - from < 2) return false;
  const name = slice(ctx, from, to);
  let country: string | null = null;
  let sector = asSector(head.sector);
  for (let i = from; i < to - 1; i++) {
    const mod = head.modifiers?.[(toks[i] as Token).lower];
    if (mod) sector = asSector(mod);
    if (!country) {
      // A country, demonym or place inside the name; another body's name inside it says nothing.
      const k = known(ctx, i, to - 1);
      const v = k?.values.find((x) => x.type === 'country' || x.type === 'demonym' || x.type === 'place');
      if (v) country = countryOf(v);
    }
  }
  const poss = toks[from - 1];
  if (!country && poss && POSSESSIVE.has(poss.text)) {
    for (let k = Math.max(0, from - 4); k < from - 1 && !country; k++) {
      const m = known(ctx, k, from - 1);
      if (m && m.end === from - 1) country = m.values.map(countryOf).find((x) => x !== null) ?? null;
    }
  }
  const d = draftFor(ctx, `org:${name}`, name, head.kind, `head:${headKey}`);
  // A building named without its city is where the article is ("the Diaoyutai State Guesthouse"): the actors
  // stage takes the article's home country, else the latest place named before it.
  if (!country && head.facility) d.nearCountry = ctx.lastPlaceCountry;
  d.head = headKey;
  for (let i = from; i < to; i++)
    if (ctx.lex.internationalWords.has((toks[i] as Token).lower)) d.international = true;
  d.country ??= country;
  d.sector ??= sector as Sector | null;
  addMention(ctx, d, from, to, 'name', `name:org-head:${headKey}`);
  return true;
}

/** A city named only where the text makes it a place: "in X", "X, <country>". */
function emitContextPlace(ctx: Ctx, from: number, to: number): boolean {
  const toks = ctx.doc.tokens;
  const prev = toks[from - 1];
  const comma = toks[to];
  const after = comma?.text === ',' ? known(ctx, to + 1, Math.min(toks.length, to + 5)) : null;
  // "Bali, Indonesia" places a city; "Wang Yi, China's foreign minister" does not.
  const afterNext = after ? toks[after.end] : undefined;
  const placing = after && !(afterNext && (POSSESSIVE.has(afterNext.text) || afterNext.pos === 'NOUN'));
  const afterCountry = after && placing ? (pick(after.values, 'country')?.iso3 ?? null) : null;
  // "the town of Samarra", "the city of Mosul".
  const placeNoun = prev?.lower === 'of' && PLACE_NOUNS.has(toks[from - 2]?.lower ?? '');
  const inContext =
    (prev && PLACE_PREPS.has(prev.lower) && !WEAK_PLACE_PREPS.has(prev.lower)) || afterCountry || placeNoun;
  if (!inContext) return false;
  const key = ctx.keys[from] as string;
  // A person's name is not a town: "support from Obama", "in Clinton's campaign".
  if (
    wordCount(ctx, from, to) === 1 &&
    (ctx.surnames.has(key) || ctx.kb.bySurname.has(key) || ctx.givenNames.has(key))
  )
    return false;
  if (comma && POSSESSIVE.has(comma.text)) return false;
  const name = slice(ctx, from, to);
  const rows = citiesNamed(name);
  // "the town of X" names a place even where GeoNames spells it otherwise; so does "near X in <country>".
  const within = toks[to]?.lower === 'in' ? known(ctx, to + 1, Math.min(toks.length, to + 5)) : null;
  const withinCountry = within?.values.map(countryOf).find((c) => c !== null) ?? null;
  if (rows.length === 0 && !placeNoun && !withinCountry) return false;
  if (rows.length === 0 && withinCountry) {
    const place: PlaceInfo = { name, kind: 'city', country: withinCountry, lat: null, lon: null };
    addMention(
      ctx,
      placeDraft(ctx, place, 'context:x-in-country'),
      from,
      to,
      'name',
      'name:place-in-country',
    );
    return true;
  }
  // Among same-named towns, one in a country the article names ("in Jenin" of a story on Palestinians is not
  // the Polish village); if the article names countries and none has such a town, leave the country open.
  const named = new Set<string>();
  for (const d of ctx.drafts.values()) if (d.country && d.kind !== 'person') named.add(d.country);
  const want = afterCountry ?? ctx.lastPlaceCountry;
  const row =
    rows.find((r) => r.country === want) ??
    rows.find((r) => r.country !== null && named.has(r.country)) ??
    (named.size === 0 && new Set(rows.map((r) => r.country)).size === 1 ? rows[0] : undefined);
  const place: PlaceInfo = row ?? { name, kind: 'city', country: afterCountry, lat: null, lon: null };
  addMention(
    ctx,
    placeDraft(ctx, place, `geonames:${afterCountry ? 'city-comma-country' : 'city-after-preposition'}`),
    from,
    to,
    'name',
    'name:place-context',
  );
  return true;
}

/** Known names inside an unknown chunk ("Bilateral US", "Beijing Olympics"): emit those, drop the rest. */
function emitInner(ctx: Ctx, from: number, to: number, s: Sentence): boolean {
  let any = false;
  for (let i = from; i < to;) {
    const k = known(ctx, i, to);
    if (k) {
      emitKnown(ctx, i, k.end, k.values, s);
      any = true;
      i = k.end;
    } else i++;
  }
  return any;
}

function classify(ctx: Ctx, c: Chunk, s: Sentence): void {
  const toks = ctx.doc.tokens;
  const a = dropInitialCommon(ctx, c);
  const b = c.end;
  if (a >= b) return;
  const whole = known(ctx, a, b);
  // A known name; a knowledge-base person goes on below to pick up a title before it ("Kremlin spokesman").
  if (whole && whole.end === b && !pick(whole.values, 'person')) {
    emitKnown(ctx, a, b, whole.values, s);
    return;
  }
  // Headlines capitalize every word, and laws, days and wars are not actors: keep only the known names.
  const wholePerson = whole !== null && whole.end === b;
  if (!wholePerson && (c.headline || ctx.lex.notHeads.has((toks[b - 1] as Token).lower))) {
    emitInner(ctx, a, b, s);
    return;
  }
  if (emitOrg(ctx, a, b)) return;
  // "the Neelum valley", "the Swat river": an unknown name closed by a lowercase geographic head.
  const after = toks[b];
  const geo =
    after && after.text === after.lower && !wholePerson ? ctx.lex.heads.get(after.lower) : undefined;
  if (geo?.kind === 'location' && !geo.facility) {
    const name = slice(ctx, a, b + 1);
    const d = draftFor(ctx, `org:${name}`, name, 'location', `head:${after?.lower ?? ''}`);
    // Unplaced by its name: where the article is (the actors stage's home country, else the latest place).
    if (d.nearCountry === undefined) d.nearCountry = ctx.lastPlaceCountry;
    addMention(ctx, d, a, b + 1, 'name', `name:geo-head:${after?.lower ?? ''}`);
    return;
  }
  const pre = titlePrefix(ctx, a, b);
  if (pre.end >= b) {
    // Titles only ("the first US Secretary of State"): the country it names, no person.
    emitInner(ctx, a, b, s);
    return;
  }
  const before = pre.titles.length === 0 ? titleBefore(ctx, a, s) : null;
  const titles = before ? before.titles : pre.titles;
  const hasTitle = titles.some((t) => t.role !== null || t.honorific === true);
  const nameFrom = pre.end;
  const rest = known(ctx, nameFrom, b);
  if (!hasTitle && rest && rest.end === b && !pick(rest.values, 'person')) {
    emitKnown(ctx, nameFrom, b, rest.values, s);
    return;
  }
  const single = wordCount(ctx, nameFrom, b) === 1;
  let person: EntityDraft | null = null;
  const titleRole = titles.find((t) => t.role !== null)?.role ?? null;
  if (hasTitle || (rest && rest.end === b))
    person = resolvePerson(
      ctx,
      nameFrom,
      b,
      hasTitle,
      titleRole,
      titles.find((t) => t.gender)?.gender ?? null,
    );
  else if (single) {
    if (emitContextPlace(ctx, nameFrom, b)) return;
    const next = toks[b];
    person = resolvePerson(ctx, nameFrom, b, false);
    const acronym = /^\p{Lu}{2,6}$/u.test((toks[nameFrom] as Token).text);
    if (
      !person &&
      !acronym &&
      next &&
      (PERSON_CUES.has(next.lower) || (POSSESSIVE.has(next.text) && !c.initial))
    ) {
      person = draftFor(
        ctx,
        `person:${slice(ctx, nameFrom, b)}`,
        slice(ctx, nameFrom, b),
        'person',
        'name:single-word-speaker',
      );
      ctx.surnames.set(ctx.keys[nameFrom] as string, person);
    }
    if (!person) {
      const t = toks[nameFrom] as Token;
      if (acronym && !c.initial && !c.headline) {
        const d = draftFor(ctx, `org:${t.text}`, t.text, 'organization', 'name:acronym');
        addMention(ctx, d, nameFrom, b, 'name', 'name:acronym');
      }
      return;
    }
  } else if (multiWordSurname(ctx, nameFrom, b)) {
    person = multiWordSurname(ctx, nameFrom, b);
  } else {
    if (emitContextPlace(ctx, nameFrom, b)) return;
    // "Michael Jordan" is a person; "Beijing Olympics", "Eastern Ukraine" name the known part only.
    const personLike =
      looksLikePersonName(ctx, nameFrom, b) && !REGION_WORDS.has(ctx.keys[nameFrom] as string);
    if (!personLike || !innerIsNamePart(ctx, nameFrom, b)) {
      emitInner(ctx, nameFrom, b, s);
      return;
    }
    person = resolvePerson(ctx, nameFrom, b, false);
  }
  if (!person) return;
  applyTitles(person, titles, before ? before.country : pre.country);
  // "Foreign Minister Elena Marsh of Canada": the country after the name.
  const of = toks[b]?.lower === 'of' ? known(ctx, b + 1, Math.min(toks.length, b + 5)) : null;
  const ofCountry = of ? pick(of.values, 'country')?.iso3 : undefined;
  if (ofCountry && !person.country) person.country = ofCountry;
  if (before?.affiliation && !person.affiliation) {
    person.affiliation = before.affiliation;
    person.roleReason = `apposition:affiliation-before:${person.roleReason ?? ''}`;
  }
  let start = before ? before.start : a;
  if (pre.body) {
    // "European Commission President Ursula von der Leyen": the body is its own mention and her affiliation.
    emitKnown(ctx, a, pre.body.end, pre.body.values, s);
    const mi = ctx.covered[a] ?? -1;
    const body = mi >= 0 ? draftOf(ctx, ctx.mentions[mi] as Mention) : undefined;
    if (body && !person.affiliation) person.affiliation = body;
    start = pre.body.end;
  }
  const next = toks[b];
  if (next && GOVERNMENT_NOUNS.has(next.lower) && !hasTitle) {
    // "the Biden administration": the government the person leads.
    const name = `${slice(ctx, nameFrom, b)} ${next.lower}`;
    const d = draftFor(ctx, `org:${name}`, name, 'organization', `rule:leader-${next.lower}`);
    d.sector = 'GOV';
    d.head = next.lower;
    d.affiliation = person;
    addMention(ctx, d, start, b + 1, 'name', `name:leader-${next.lower}`);
    return;
  }
  addMention(ctx, person, start, b, 'name', before || pre.titles.length ? 'name:title+name' : 'name:person');
}

/** The proper-name pass over every sentence. */
export function nameMentions(ctx: Ctx): void {
  const missed: Chunk[] = [];
  for (const s of ctx.doc.sentences)
    for (const c of chunksOf(ctx, s)) {
      const before = ctx.mentions.length;
      classify(ctx, c, s);
      if (ctx.mentions.length === before) missed.push(c);
    }
  for (const c of missed) relink(ctx, c);
}

/**
 * A name the first pass could not place, named before the article introduced it ("Trump Says…" in a
 * headline, "moved to Tulsa" before "in Tulsa"): the person or place the rest of the article made of it.
 */
function relink(ctx: Ctx, c: Chunk): void {
  let a = c.start;
  const b = c.end;
  while (a < b && ctx.keys[a] === GLUE) a++;
  if (a >= b || (ctx.covered[a] ?? -1) >= 0) return;
  if (c.headline) {
    // "Trump Says Clinton Lied": each word that is a surname the article uses.
    for (let i = a; i < b; i++) {
      const person = ctx.surnames.get(ctx.keys[i] as string);
      let end = i + 1;
      while (ctx.glued[end]) end++;
      if (person && (ctx.covered[i] ?? -1) < 0)
        addMention(ctx, person, i, end, 'name', 'name:relinked-headline');
    }
    return;
  }
  const key = ctx.keys[a] as string;
  if (wordCount(ctx, a, b) === 1) {
    const person = ctx.surnames.get(key);
    if (person) {
      addMention(ctx, person, a, b, 'name', 'name:relinked-surname');
      return;
    }
  }
  const place = ctx.placesByName.get(slice(ctx, a, b));
  if (place) addMention(ctx, place, a, b, 'name', 'name:relinked-place');
}
