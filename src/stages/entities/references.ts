/**
 * References back to entities already named: definite descriptions ("the department" → State Department,
 * "the foreign minister" → the person the article made foreign minister) and pronouns (he, she, they, its)
 * where the referent is clear: the nearest compatible mention in the same or the two previous sentences.
 */
import type { Mention, Token } from '../../analysis.js';
import { addMention, draftOf, type Ctx } from './context.js';
import type { EntityDraft } from './drafts.js';
import { titleKey, tokenTitleKey } from './lexicon.js';
import { longestMatch } from './trie.js';

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const PLURAL = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const NEUTER = new Set(['its', 'itself']);
const SPEECH = new Set(['said', 'says', 'say', 'added', 'stated', 'announced']);
const WINDOW = 2;

/** The latest mention ending before `tokenIndex` whose draft satisfies `test` (mentions sorted by start). */
function latest(
  ctx: Ctx,
  sorted: Mention[],
  tokenIndex: number,
  test: (d: EntityDraft) => boolean,
): EntityDraft | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Mention).tokenStart < tokenIndex) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const m = sorted[k] as Mention;
    if (m.tokenEnd > tokenIndex) continue;
    const d = draftOf(ctx, m);
    if (d && test(d)) return d;
  }
  return null;
}

/**
 * "the department", "the ministry": the latest organization with that head noun. The loop only finds "the" and
 * a lowercase word; `describeAt` reads the rest. (A closure over the loop's variables would make V8 allocate
 * their scope for every token.)
 */
export function descriptions(ctx: Ctx): void {
  const toks = ctx.doc.tokens;
  // Mentions by start as they stand before this pass (made on the first candidate).
  let sorted: Mention[] | null = null;
  for (let i = 0; i + 1 < toks.length; i++) {
    if ((toks[i] as Token).lower !== 'the' || (ctx.covered[i + 1] ?? -1) >= 0) continue;
    const noun = toks[i + 1] as Token;
    if (noun.text !== noun.lower || toks[i + 2]?.lower === 'of') continue;
    sorted ??= [...ctx.mentions].sort((a, b) => a.start - b.start);
    describeAt(ctx, sorted, i);
  }
}

/** "the" at `i` before a lowercase word: a head noun or a title that refers back to an entity. */
function describeAt(ctx: Ctx, sorted: Mention[], i: number): void {
  const toks = ctx.doc.tokens;
  const noun = toks[i + 1] as Token;
  if (ctx.lex.heads.has(noun.lower)) {
    const target = latest(ctx, sorted, i, (d) => d.head === noun.lower);
    if (target) addMention(ctx, target, i, i + 2, 'description', `description:the-${noun.lower}`);
    return;
  }
  const t = longestMatch(ctx.lex.titles, i + 1, Math.min(toks.length, i + 5), (k) =>
    tokenTitleKey(toks[k] as Token),
  );
  const role = t?.values[0]?.role;
  if (!t || !role || (toks[t.end] && /^\p{Lu}/u.test((toks[t.end] as Token).text))) return;
  const want = role.toLowerCase();
  const target = latest(ctx, sorted, i, (d) => d.kind === 'person' && d.role?.toLowerCase() === want);
  if (target) addMention(ctx, target, i, t.end, 'description', `description:the-${titleKey(role)}`);
}

function fits(pronoun: string, d: EntityDraft, m: Mention, ctx: Ctx): boolean {
  if (MALE.has(pronoun)) return d.kind === 'person' && d.gender !== 'female';
  if (FEMALE.has(pronoun)) return d.kind === 'person' && d.gender !== 'male';
  if (PLURAL.has(pronoun)) return d.kind === 'group' && d.key !== 'group:pair:sides';
  // "the Chinese government and its military": a collective named by a singular noun.
  if (d.kind === 'group') return !(ctx.doc.tokens[m.tokenEnd - 1]?.lower ?? 's').endsWith('s');
  return d.kind === 'country' || d.kind === 'organization' || d.kind === 'location';
}

export function pronouns(ctx: Ctx): void {
  const toks = ctx.doc.tokens;
  const sorted = [...ctx.mentions].sort((a, b) => a.start - b.start);
  let cursor = 0;
  const recent: Mention[] = [];
  for (const t of toks) {
    while (cursor < sorted.length && (sorted[cursor] as Mention).tokenEnd <= t.i)
      recent.push(sorted[cursor++] as Mention);
    if ((ctx.covered[t.i] ?? -1) >= 0 || t.pos !== 'PRON') continue;
    const p = t.lower;
    const isIt = p === 'it' && SPEECH.has(toks[t.i + 1]?.lower ?? '');
    if (!MALE.has(p) && !FEMALE.has(p) && !PLURAL.has(p) && !NEUTER.has(p) && !isIt) continue;
    const window = MALE.has(p) || FEMALE.has(p) ? WINDOW : NEUTER.has(p) || isIt ? 1 : WINDOW;
    for (let k = recent.length - 1; k >= 0; k--) {
      const m = recent[k] as Mention;
      const ms = (toks[m.tokenStart] as Token).sentence;
      if (t.sentence - ms > window) break;
      const d = draftOf(ctx, m);
      if (!d) continue;
      // Persons joined by "and" just before "they" are a pair, not one referent.
      if (!fits(p, d, m, ctx)) {
        if (PLURAL.has(p) && d.kind === 'person') break;
        continue;
      }
      addMention(ctx, d, t.i, t.i + 1, 'pronoun', `pronoun:nearest-${d.kind}`, m.actor);
      break;
    }
  }
}
