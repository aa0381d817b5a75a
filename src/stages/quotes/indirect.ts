/**
 * Indirect attributions in sentences without quotation marks: "X said (that) …" (content after the cue),
 * "…, X said." / "…, said X." (content before the attribution), "according to X, …" / "…, according to X."
 * One attribution per sentence, the first cue that fits; the content must read as a clause (it has a verb).
 */
import type { Analysis, Sentence, Token } from '../../analysis.js';
import type { Quote, Span } from '../../types.js';
import { span } from '../../spans.js';
import type { Cue, Phrase } from './phrases.js';
import { cueAt, isTimeWord, phraseAfter, phraseBefore, phraseEndingAt } from './phrases.js';
import type { SpeakerContext } from './speaker.js';
import { resolveSpeaker } from './speaker.js';
import { hasComma, hasVerb, isPunct, isQuoteMark, tokenFrom, words } from './tokens.js';
import { sentenceSubject } from './attribution.js';
import { grammar } from './lexicon.js';

const G = grammar();

type Rule =
  'reported-clause' | 'clause-then-attribution' | 'clause-then-inverted' | 'parenthetical' | 'according-to';

interface Found {
  rule: Rule;
  cue: Cue;
  phrase: Phrase;
  from: number;
  to: number;
}

const CLAUSE_POS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'ADV', 'SCONJ']);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const MIN_WORDS = 4;

/** Last token of the sentence that is not closing punctuation. */
function contentEnd(tokens: readonly Token[], s: Sentence): number {
  let e = s.tokenEnd;
  // (A closing quotation mark stays, with what it closes: "… was “unhinged.”")
  while (e > s.tokenStart && isPunct(tokens[e - 1]) && !isQuoteMark(tokens, e - 1)) e--;
  return e;
}

/**
 * Where reported content ends before the sentence does: at ", citing …" / ", saying …" (a participle cue opens
 * another report), or at ", but …" / ", while …" (lexicon `contentBreaks`: the reporter's own addition).
 */
function cutContent(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from + 1; i < to - 1; i++) {
    const t = tokens[i] as Token;
    // "… and warned against …": a second speech verb of the same speaker starts another report.
    if (t.lower === 'and' && cueAt(tokens, i + 1)) return i;
    if (t.text !== ',') continue;
    const next = tokens[i + 1] as Token;
    if (G.contentBreaks.has(next.lower)) return i;
    if (next.lower.endsWith('ing') && cueAt(tokens, i + 1)) return i;
  }
  return to;
}

/** A "that" within a few words after the cue with no verb before it: the index of "that", or -1. */
function thatAhead(tokens: readonly Token[], k: number, end: number): number {
  for (let i = k; i < Math.min(end, k + 14); i++) {
    const t = tokens[i] as Token;
    if (t.lower === 'that') return i;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === '.' || t.text === ';') return -1;
  }
  return -1;
}

/** Skips "in a statement", "on Monday", "Tuesday" after a cue; returns the next token. */
function skipAdverbials(tokens: readonly Token[], k: number, end: number): number {
  let i = k;
  for (let guard = 0; guard < 3 && i < end; guard++) {
    const t = tokens[i] as Token;
    if (isTimeWord(t)) {
      i++;
      continue;
    }
    if (isTimeWord(tokens[i + 1]) && G.timeLeads.has(t.lower)) {
      i += 2;
      continue;
    }
    if (t.pos === 'ADP' && t.lower !== 'that') {
      let j = i + 1;
      while (
        j < end &&
        j < i + 6 &&
        NP_POS.has((tokens[j] as Token).pos) &&
        (tokens[j] as Token).lower !== 'that'
      )
        j++;
      i = j;
      continue;
    }
    break;
  }
  if (i < end && (tokens[i] as Token).text === ',') i++;
  return i;
}

/** "…, arguing that …", "while insisting that …": the speaker is the sentence's subject, not the noun before. */
function participle(tokens: readonly Token[], s: Sentence, cue: Cue): boolean {
  const before = tokens[cue.from - 1];
  if (!(tokens[cue.from] as Token).lower.endsWith('ing') || before === undefined || cue.from <= s.tokenStart)
    return false;
  return before.text === ',' || G.participleLeads.has(before.lower);
}

/** "Cruz exhorted Republicans to … and said he was standing on principle": the sentence's subject. */
function coordinated(tokens: readonly Token[], s: Sentence, cue: Cue): Phrase | null {
  let b = cue.from - 1;
  while (b > s.tokenStart && G.adverbsBeforeCue.has((tokens[b] as Token).lower)) b--;
  if ((tokens[b] as Token).lower !== 'and') return null;
  return sentenceSubject(tokens, cue.from, s.tokenStart);
}

/**
 * "X said (that) …". The speaker may stand before the sentence wink split off ("Rep. Stephen Lynch (D-Mass.)
 * said …"), so the search for it reaches back to the paragraph (`floor`).
 */
function reportedClause(tokens: readonly Token[], s: Sentence, cue: Cue, floor: number): Found | null {
  if (cue.verb === null || !cue.verb.indirect) return null;
  const prev = tokens[cue.from - 1];
  if (prev !== undefined && G.passiveAuxiliaries.has(prev.lower)) return null;
  const phrase = participle(tokens, s, cue)
    ? sentenceSubject(tokens, cue.from, s.tokenStart)
    : (phraseBefore(tokens, cue.from, floor) ??
      relativeSubject(tokens, s, cue) ??
      coordinated(tokens, s, cue));
  if (!phrase) return null;
  const end = contentEnd(tokens, s);
  let k = cue.to;
  if (cue.verb.object) {
    const t = tokens[k];
    if (t === undefined) return null;
    if (t.pos === 'PRON') k++;
    else {
      const object = phraseAfter(tokens, k, end);
      if (!object) return null;
      k = object.to;
    }
  }
  k = skipAdverbials(tokens, k, end);
  // "tells MSNBC's “Morning Joe” on Friday that …", "says at a campaign stop in Toledo, Ohio, that …"
  const far = thatAhead(tokens, k, end);
  if (far >= 0) k = far;
  // "said that …" — unless "that" is the clause's own subject ("said that would permit …").
  const afterThat = tokens[k + 1];
  const that = k < end && (tokens[k] as Token).lower === 'that';
  if (cue.verb.needsThat && !that) return null;
  if (that && afterThat?.pos !== 'AUX' && afterThat?.pos !== 'VERB') k++;
  // "said that, if elected, he'd …"
  if (that && (tokens[k] as Token | undefined)?.text === ',') k++;
  const first = isQuoteMark(tokens, k) ? tokens[k + 1] : tokens[k];
  if (first === undefined || !CLAUSE_POS.has(first.pos) || first.lower === 'to' || first.lower === 'so')
    return null;
  const to = cutContent(tokens, k, end);
  if (words(tokens, k, to) < MIN_WORDS || !hasVerb(tokens, k, to)) return null;
  return { rule: 'reported-clause', cue, phrase, from: k, to };
}

/** "an architect who said he was stiffed", "Chinese officials, who said …": the antecedent of "who". */
function relativeSubject(tokens: readonly Token[], s: Sentence, cue: Cue): Phrase | null {
  let w = cue.from - 1;
  if (w <= s.tokenStart || (tokens[w] as Token).lower !== 'who') return null;
  w--;
  if ((tokens[w] as Token).text === ',') w--;
  if (w < s.tokenStart) return null;
  return phraseEndingAt(tokens, w, s.tokenStart);
}

/** "…, X said (on Monday)." / "…, said X." — the attribution closes the sentence. */
function clauseBefore(tokens: readonly Token[], s: Sentence, cue: Cue): Found | null {
  if (cue.verb === null || !cue.verb.indirect || cue.verb.needsThat) return null;
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
  // "Acts of protest, Mr. Obama said, are acts of patriotism": the attribution interrupts the content.
  let k = tail;
  while (k < end && k < tail + 6 && (tokens[k] as Token).text !== ',') k++;
  if (
    k < end &&
    (tokens[k] as Token).text === ',' &&
    !hasVerb(tokens, tail, k) &&
    words(tokens, k + 1, end) >= 3
  ) {
    if (!hasVerb(tokens, k + 1, end)) return null;
    return { rule: 'parenthetical', cue, phrase, from: s.tokenStart, to: end };
  }
  // Nothing but adverbials after the attribution ("said in an interview", "said Monday"), or an appositive
  // ("said Mr. Barrett, the lawyer for the state agency").
  const appositive = (tokens[tail] as Token | undefined)?.text === ',';
  if (end - tail > (appositive ? 20 : 10) || hasVerb(tokens, tail, end)) return null;
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

function accordingTo(tokens: readonly Token[], s: Sentence, cue: Cue): Found | null {
  const end = contentEnd(tokens, s);
  const phrase = accordingSource(tokens, cue.to, end);
  if (!phrase) return null;
  const before = tokens[cue.from - 1];
  if (before !== undefined && before.text === ',' && cue.from - 1 > s.tokenStart) {
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

export function indirectQuotes(doc: Analysis, taken: readonly Quote[], ctx: SpeakerContext): Quote[] {
  const { tokens } = doc;
  // Sentences that hold a coded quotation are done; scare quotes and titles do not stop reported speech.
  const busy: { start: number; end: number }[] = taken.map((q) => q.span).sort((a, b) => a.start - b.start);
  let b = 0;
  const out: Quote[] = [];
  for (const s of doc.sentences) {
    const paraStart = tokenFrom(tokens, (doc.paragraphs[s.paragraph] as { start: number }).start);
    while (b < busy.length && (busy[b] as { end: number }).end <= s.start) b++;
    const next = busy[b];
    if (next !== undefined && next.start < s.end) continue;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const cue = cueAt(tokens, t);
      if (!cue) continue;
      const found = cue.preposition
        ? accordingTo(tokens, s, cue)
        : (clauseBefore(tokens, s, cue) ?? reportedClause(tokens, s, cue, paraStart));
      if (!found) continue;
      const cueText: Span = span(doc, (tokens[cue.from] as Token).start, (tokens[cue.to - 1] as Token).end);
      out.push({
        id: '',
        kind: 'indirect',
        span: span(doc, (tokens[found.from] as Token).start, (tokens[found.to - 1] as Token).end),
        speaker: resolveSpeaker(ctx, found.phrase, s.paragraph),
        cue: cueText,
        explanation: `quotes.indirect.${found.rule}: cue "${cueText.text}" (speech/${cue.id})`,
      });
      break;
    }
  }
  return out;
}
