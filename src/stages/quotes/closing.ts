/**
 * Attributions that close or interrupt their sentence, with the content before them: "…, X said.", "…, said
 * X.", "The museum, Mr. Obama said, would …", and "according to X" before or after its content.
 */
import type { Sentence, Token } from '../../analysis.js';
import type { Cue, Phrase } from './phrases.js';
import { phraseAfter, phraseBefore } from './phrases.js';
import { hasComma, hasVerb, isPunct, isQuoteMark, tokenFrom, words } from './tokens.js';
import type { Found, Rule } from './content.js';
import { MIN_WORDS, contentEnd, cutContent, evidence } from './content.js';
import { grammar } from './lexicon.js';

const G = grammar();
/** What stands between a content and the "according to" after it ("… — or flat out wrong — according to …"). */
const BEFORE_ACCORDING = new Set([',', '—', '–', '--']);

/** "…, X said (on Monday)." / "…, said X." — the attribution closes the sentence. */
export function clauseBefore(tokens: readonly Token[], s: Sentence, cue: Cue): Found | null {
  if (cue.verb === null || !cue.verb.indirect) return null;
  const end = contentEnd(tokens, s);
  let phrase: Phrase | null = null;
  let comma = -1;
  let rule: Rule = 'clause-then-attribution';
  let tail = cue.to;
  if ((tokens[cue.from - 1] as Token | undefined)?.text === ',' && cue.verb.inverts) {
    phrase = phraseAfter(tokens, cue.to, end);
    // "…, said Mr. Barrett" / "…, said a spokesman"; not "…, declared bankruptcy".
    if (phrase?.kind === 'noun' && !G.determiners.has((tokens[phrase.from] as Token).lower)) phrase = null;
    comma = cue.from - 1;
    rule = 'clause-then-inverted';
    if (phrase) tail = phrase.to;
  } else {
    phrase = phraseBefore(tokens, cue.from, s.tokenStart);
    // "…, the IMF said": determiners before a name are not part of it.
    let p = phrase ? phrase.from - 1 : -1;
    while (p > s.tokenStart && G.determiners.has((tokens[p] as Token).lower)) p--;
    if (phrase && (tokens[p] as Token | undefined)?.text === ',') comma = p;
  }
  if (!phrase || comma <= s.tokenStart) return null;
  // "…, a USA TODAY analysis shows." but not "…, he found."
  if (cue.verb.needsThat && !evidence(tokens, phrase)) return null;
  // "Acts of protest, Mr. Obama said, are acts of patriotism": the attribution interrupts the content.
  let k = tail;
  while (k < end && k < tail + 6 && (tokens[k] as Token).text !== ',') k++;
  // The content resumes with its verb ("…, Mr. Obama said, would make …"), not an appositive ("…, said Brian
  // Baker, a longtime adviser who …").
  const appositive =
    (tokens[tail] as Token | undefined)?.text === ',' &&
    rule === 'clause-then-inverted' &&
    G.determiners.has((tokens[tail + 1] as Token | undefined)?.lower ?? '');
  if (
    !appositive &&
    k < end &&
    (tokens[k] as Token).text === ',' &&
    !hasVerb(tokens, tail, k) &&
    words(tokens, k + 1, end) >= 3
  ) {
    if (!hasVerb(tokens, k + 1, end)) return null;
    return { rule: 'parenthetical', cue, phrase, from: s.tokenStart, to: cutContent(tokens, k + 1, end) };
  }
  // Nothing but adverbials after the attribution ("said in an interview", "said Monday"), or an appositive
  // ("said Mr. Barrett, the lawyer for the state agency", "said Brian Baker, an adviser who oversees …").
  const described = (tokens[tail] as Token | undefined)?.text === ',';
  if (end - tail > (described ? 30 : 10) || (!appositive && hasVerb(tokens, tail, end))) return null;
  if (words(tokens, s.tokenStart, comma) < MIN_WORDS || !hasVerb(tokens, s.tokenStart, comma)) return null;
  // "But when Congress cut funding …, Mexico said …": a subordinate clause is not what was said.
  // (A lead phrase closed by its own comma — "After some challenges, …" — leaves a main clause.)
  let lead = s.tokenStart;
  while (lead < comma && (tokens[lead] as Token).pos === 'CCONJ') lead++;
  if (G.subordinators.has((tokens[lead] as Token).lower) && !hasComma(tokens, lead, comma)) return null;
  return { rule, cue, phrase, from: s.tokenStart, to: comma };
}

/**
 * The source after "according to": wink reads "to" as an infinitive marker and tags the next word as a verb
 * ("according to police"), so the source runs to the comma or the sentence end; a name at its end is the
 * speaker ("according to Virginia AFL-CIO President Doris Crouse-Mays").
 */
function accordingSource(tokens: readonly Token[], from: number, end: number): Phrase | null {
  let to = from;
  while (
    to < end &&
    to < from + 25 &&
    (tokens[to] as Token).text !== ',' &&
    (tokens[to] as Token).text !== '('
  )
    to++;
  if (to === from || to - from > 24) return null;
  const named = phraseAfter(tokens, from, to);
  if (named && named.to === to) return named;
  const last = tokens[to - 1] as Token;
  if (isPunct(last)) return null;
  return { from, to, kind: named?.kind === 'name' && named.to === to ? 'name' : 'noun' };
}

export function accordingTo(tokens: readonly Token[], s: Sentence, cue: Cue): Found | null {
  const end = contentEnd(tokens, s);
  const phrase = accordingSource(tokens, cue.to, end);
  if (!phrase) return null;
  const before = tokens[cue.from - 1];
  if (before !== undefined && BEFORE_ACCORDING.has(before.text) && cue.from - 1 > s.tokenStart) {
    const to = cue.from - 1;
    if (words(tokens, s.tokenStart, to) < MIN_WORDS || !hasVerb(tokens, s.tokenStart, to)) return null;
    return { rule: 'according-to', cue, phrase, from: s.tokenStart, to };
  }
  if (cue.from - s.tokenStart > 2) return null;
  // "According to X (XYZ), …": the content follows the comma that closes the source.
  let k = phrase.to;
  if ((tokens[k] as Token | undefined)?.text === '(')
    while (k < end && (tokens[k] as Token).text !== ')') k++;
  if ((tokens[k] as Token | undefined)?.text === ')') k++;
  if (k >= end || (tokens[k] as Token).text !== ',') return null;
  if (words(tokens, k + 1, end) < MIN_WORDS || !hasVerb(tokens, k + 1, end)) return null;
  return { rule: 'according-to', cue, phrase, from: k + 1, to: end };
}

/**
 * "Pence: Gennifer Flowers Won't Be at Debate", "WALLACE: Let's start with …": a paragraph that opens with a
 * name of up to three words (or a finding: "Poll:") and a colon gives the rest of the paragraph as what that source said (headlines,
 * transcripts). Labels such as "UPDATE:" or "Note:" (lexicon `colonLabels`) are not sources.
 */
/** (`paragraphEnd` is the paragraph's end offset.) */
export function colonLead(tokens: readonly Token[], s: Sentence, paragraphEnd: number): Found | null {
  // (A transcript quoted as a block opens its paragraphs with a mark: "WALLACE: …)
  const start = isQuoteMark(tokens, s.tokenStart) ? s.tokenStart + 1 : s.tokenStart;
  let c = start + 1;
  while (c < Math.min(s.tokenEnd, start + 4) && (tokens[c] as Token).text !== ':') c++;
  if ((tokens[c] as Token | undefined)?.text !== ':') return null;
  const phrase = phraseAfter(tokens, start, c);
  if (!phrase || phrase.from !== start || phrase.to !== c) return null;
  // A name or a finding ("Poll:"), not a topic ("Another challenge:").
  if (phrase.kind !== 'name' && !evidence(tokens, phrase)) return null;
  if (G.colonLabels.has((tokens[start] as Token).lower)) return null;
  let end = tokenFrom(tokens, paragraphEnd);
  while (end > c + 1 && isPunct(tokens[end - 1]) && !isQuoteMark(tokens, end - 1)) end--;
  if (words(tokens, c + 1, end) < MIN_WORDS - 1) return null;
  const cue: Cue = { from: c, to: c + 1, id: 'colon-lead', verb: null, preposition: false };
  return { rule: 'colon-lead', cue, phrase, from: c + 1, to: end };
}
