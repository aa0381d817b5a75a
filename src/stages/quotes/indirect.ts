/**
 * Indirect attributions in sentences without quotation marks: "X said (that) …" (content after the cue),
 * "…, X said." / "…, said X." (content before the attribution), "according to X, …" / "…, according to X."
 * An attribution closing the sentence takes the words before it; other cues are read left to right, each after
 * the content of the one before; a cue inside a quotation is the quoted speaker's, not the article's. The content
 * must read as a clause (it has a verb), or be a complement some cue verbs take (complements.ts).
 */
import type { Analysis, Sentence, Token } from '../../analysis.js';
import type { Quote, Span, Speaker } from '../../types.js';
import { span } from '../../spans.js';
import type { Cue, Phrase } from './phrases.js';
import { cueAt, isTimeWord, phraseAfter, phraseBefore, phraseEndingAt } from './phrases.js';
import type { SpeakerContext } from './speaker.js';
import { resolveSpeaker } from './speaker.js';
import { isQuoteMark, tokenFrom, words } from './tokens.js';
import type { Found, TokenRange } from './content.js';
import { MIN_WORDS, contentEnd, cutContent, evidence } from './content.js';
import { accordingTo, clauseBefore, colonLead } from './closing.js';
import { infinitiveComplement, objectComplement } from './complements.js';
import { sentenceSubject } from './attribution.js';
import type { Complement } from './lexicon.js';
import { grammar, speechLexicon } from './lexicon.js';
import { wordBits, wordList } from '../../lexicon/words.js';
import type { Stretch } from './marks.js';

const G = grammar();
/** The first words of speech cues: a token no cue starts with is passed over without a lookup. */
const CUE_FIRST_WORDS = wordList(() => speechLexicon().firstWords);

const CLAUSE_POS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'ADV', 'SCONJ']);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
/** What may stand right before a "that" a few words after the cue ("tells MSNBC on Friday that …"). */
const BEFORE_FAR_THAT = new Set(['PROPN', 'PUNCT', 'NUM', 'ADV']);

/** A "that" within a few words after the cue with no verb before it: the index of "that", or -1. */
function thatAhead(tokens: readonly Token[], k: number, end: number, afterNoun = false): number {
  for (let i = k; i < Math.min(end, k + 14); i++) {
    const t = tokens[i] as Token;
    // (Not a relative "that" after a noun: "says something about the media relativism that has …", unless the
    // noun is the hearer's: "told an invited crowd at the Union League club that …".)
    if (t.lower === 'that') {
      const before = tokens[i - 1] as Token;
      const ok =
        i === k ||
        afterNoun ||
        BEFORE_FAR_THAT.has(before.pos) ||
        isTimeWord(before) ||
        isQuoteMark(tokens, i - 1);
      return ok ? i : -1;
    }
    // (A participle inside the hearer's noun phrase: "told an invited crowd … that".)
    const participle = afterNoun && t.pos === 'VERB' && t.lower.endsWith('ed') && i > k;
    if (((t.pos === 'VERB' || t.pos === 'AUX') && !participle) || t.text === '.' || t.text === ';') return -1;
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
      // (A pronoun after the noun phrase is the clause's subject: "said after the convention he would …".)
      while (
        j < end &&
        j < i + 6 &&
        NP_POS.has((tokens[j] as Token).pos) &&
        (tokens[j] as Token).lower !== 'that' &&
        ((tokens[j] as Token).pos !== 'PRON' || j === i + 1)
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

/** "Cruz exhorted Republicans to … and said he was standing on principle" (or "but noted …"): the sentence's subject. */
function coordinated(tokens: readonly Token[], s: Sentence, cue: Cue): Phrase | null {
  let b = cue.from - 1;
  while (
    b > s.tokenStart &&
    (G.adverbsBeforeCue.has((tokens[b] as Token).lower) ||
      G.betweenSpeakerAndCue.has((tokens[b] as Token).lower))
  )
    b--;
  const link = (tokens[b] as Token).lower;
  if (link !== 'and' && link !== 'but') return null;
  return sentenceSubject(tokens, cue.from, s.tokenStart);
}

/**
 * "X said (that) …", and the complements some cue verbs take instead of a clause ("wants to …", "urged X to …",
 * "called for …"). The speaker may stand before the sentence wink split off ("Rep. Stephen Lynch (D-Mass.)
 * said …"), so the search for it reaches back to the paragraph (`floor`).
 */
function reportedClause(tokens: readonly Token[], s: Sentence, cue: Cue, floor: number): Found | null {
  const verb = cue.verb;
  if (verb === null || (!verb.indirect && verb.complements.size === 0)) return null;
  const prev = tokens[cue.from - 1];
  if (prev !== undefined && G.passiveAuxiliaries.has(prev.lower)) return null;
  if (hypothetical(tokens, s, cue)) return null;
  // "a group, called the Virginia Conservation Legacy Fund": a participle naming something.
  if (!verb.indirect && prev?.text === ',' && !(tokens[cue.from] as Token).lower.endsWith('ing')) return null;
  const phrase = participle(tokens, s, cue)
    ? sentenceSubject(tokens, cue.from, s.tokenStart)
    : (phraseBefore(tokens, cue.from, floor) ??
      relativeSubject(tokens, s, cue) ??
      coordinated(tokens, s, cue) ??
      // "A Government Accountability Office report released last year found that …"
      (verb.needsThat ? sentenceSubject(tokens, cue.from, s.tokenStart) : null));
  if (!phrase) return null;
  const end = contentEnd(tokens, s);
  const complement =
    infinitiveComplement(tokens, verb.complements, cue.to, end) ??
    (verb.indirect ? null : objectComplement(tokens, verb.complements, cue.to, end));
  if (complement)
    return { rule: `complement-${complement.kind}`, cue, phrase, from: complement.from, to: complement.to };
  if (!verb.indirect) return null;
  const finding = verb.needsThat && evidence(tokens, phrase);
  const said = clauseAfter(tokens, cue, verb.needsThat && !finding, verb.object, end);
  if (said) return { rule: 'reported-clause', cue, phrase, ...said };
  const object = objectComplement(tokens, finding ? FINDINGS : verb.complements, cue.to, end);
  return object ? { rule: `complement-${object.kind}`, cue, phrase, from: object.from, to: object.to } : null;
}

/** A verb that is not an infinitive ("maintains a program to develop …" reports no clause). */
function finiteVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && (tokens[i - 1] as Token).lower !== 'to') return true;
  }
  return false;
}

/**
 * The word a clause at `k` opens with, past a fronted phrase closed by a comma ("that, in addition to Scott, he
 * would …").
 */
function clauseHead(tokens: readonly Token[], k: number, end: number): Token | undefined {
  const first = tokens[k];
  if (first?.pos !== 'ADP') return first;
  for (let i = k + 1; i < Math.min(end, k + 9); i++)
    if ((tokens[i] as Token).text === ',') return tokens[i + 1];
  return first;
}

/** What a finding reports when it is not a clause: "the average shows Clinton leading Trump …". */
const FINDINGS: ReadonlySet<Complement> = new Set(['object']);

/** "If Trump said the election was rigged, …": the cue stands in a condition; nothing was said. */
function hypothetical(tokens: readonly Token[], s: Sentence, cue: Cue): boolean {
  for (let i = cue.from - 1; i >= s.tokenStart; i--) {
    const t = tokens[i] as Token;
    if (t.text === ',' || t.text === ';') return false;
    if (G.hypothetical.has(t.lower)) return true;
  }
  return false;
}

/** The clause after a speech verb ("said (that) …", "told reporters (that) …"): its token range. */
function clauseAfter(
  tokens: readonly Token[],
  cue: Cue,
  needsThat: boolean,
  hearer: boolean,
  end: number,
): TokenRange | null {
  let k = cue.to;
  let hearerUnread = false;
  if (hearer) {
    const t = tokens[k];
    if (t === undefined) return null;
    if (t.pos === 'PRON') k++;
    else {
      const object = phraseAfter(tokens, k, end);
      if (object) k = object.to;
      else hearerUnread = true;
    }
  }
  k = skipAdverbials(tokens, k, end);
  // "tells MSNBC's “Morning Joe” on Friday that …", "says at a campaign stop in Toledo, Ohio, that …"
  const far = thatAhead(tokens, k, end, hearer);
  if (far >= 0) k = far;
  else if (hearerUnread) return null;
  // "said that …" — unless "that" is the clause's own subject ("said that would permit …").
  const afterThat = tokens[k + 1];
  const that = k < end && (tokens[k] as Token).lower === 'that';
  if (needsThat && !that) return null;
  if (that && afterThat?.pos !== 'AUX' && afterThat?.pos !== 'VERB') k++;
  // "said that, if elected, he'd …"
  if (that && (tokens[k] as Token | undefined)?.text === ',') k++;
  const first = clauseHead(tokens, isQuoteMark(tokens, k) ? k + 1 : k, end);
  if (first === undefined || !CLAUSE_POS.has(first.pos) || first.lower === 'to' || first.lower === 'so')
    return null;
  // "what Liz Wahl said when she resigned": a time or reason clause tells when the words were said.
  if (G.circumstantial.has(first.lower)) return null;
  const to = cutContent(tokens, k, end);
  if (words(tokens, k, to) < MIN_WORDS || !finiteVerb(tokens, k, to)) return null;
  return { from: k, to };
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

interface Range {
  start: number;
  end: number;
}

/**
 * The text inside quotation marks of three words or more, as disjoint ranges in text order: what a quoted
 * speaker reports is part of their quotation, not an attribution of the article's.
 */
function quotedRanges(text: string, stretches: readonly Stretch[]): Range[] {
  const out: Range[] = [];
  for (const st of stretches) {
    let spaces = 0;
    for (let i = st.start; i < st.end && spaces < 3; i++) if (text.charCodeAt(i) === 32) spaces++;
    if (spaces < 3) continue;
    const last = out[out.length - 1];
    if (last !== undefined && st.start <= last.end) last.end = Math.max(last.end, st.end);
    else out.push({ start: st.start, end: st.end });
  }
  return out;
}

/** Whether token offset `at` lies inside one of the disjoint `ranges` (binary search). */
function inside(ranges: readonly Range[], at: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ranges[mid] as Range).end <= at) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo];
  return r !== undefined && r.start <= at;
}

/**
 * The attributions of one sentence. An attribution that closes it ("…, sources said.") or interrupts it ("…, Mr.
 * Obama said, …") takes the words before it as its content; the cues among those words report within that
 * content ("The protocol called for her to be taken …, sources said." gives both). Otherwise cues are read left
 * to right, each after the content of the one before.
 */
function sentenceRecords(
  tokens: readonly Token[],
  bits: Uint32Array,
  s: Sentence,
  floor: number,
  quoted: readonly Range[],
): Found[] {
  const cues: Cue[] = [];
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    // (Most words start no cue: their bit rules them out.)
    if (((bits[t] ?? 0) & CUE_FIRST_WORDS) === 0) continue;
    const cue = cueAt(tokens, t);
    // (A cue inside a quotation is the quoted speaker's.)
    if (cue && !inside(quoted, (tokens[t] as Token).start)) cues.push(cue);
  }
  if (cues.length === 0) return [];
  let closing: Found | null = null;
  for (const cue of cues) {
    const found = cue.preposition ? accordingTo(tokens, s, cue) : clauseBefore(tokens, s, cue);
    if (found && found.from < cue.from) {
      closing = found;
      break;
    }
  }
  if (!closing) return leftToRight(tokens, s, cues, s.tokenStart, floor);
  const within: Sentence = { ...s, tokenEnd: Math.min(closing.to, closing.cue.from) };
  return [
    closing,
    ...leftToRight(tokens, within, cues, s.tokenStart, floor),
    ...leftToRight(tokens, s, cues, closing.cue.to, floor),
  ];
}

/** Cues from token `from` on, each after the content of the one before ("… says X … and said …"). */
function leftToRight(
  tokens: readonly Token[],
  s: Sentence,
  cues: readonly Cue[],
  start: number,
  floor: number,
): Found[] {
  const out: Found[] = [];
  let from = start;
  for (const cue of cues) {
    if (cue.from < from || cue.to > s.tokenEnd) continue;
    const found = cue.preposition
      ? accordingTo(tokens, s, cue)
      : (clauseBefore(tokens, s, cue) ?? reportedClause(tokens, s, cue, floor));
    if (!found) continue;
    out.push(found);
    from = Math.max(cue.to, found.to);
  }
  return out;
}

/** The speaker of the last coded quotation in the sentence (from `floor`) before offset `at`. */
function speakerBefore(taken: readonly Quote[], at: number, floor: number): Speaker | null {
  let best: Quote | null = null;
  for (const q of taken)
    if (q.span.start >= floor && q.span.end <= at && (!best || q.span.start > best.span.start)) best = q;
  return best ? best.speaker : null;
}

/** Whether a found content overlaps one of the coded quotations `near` it. */
function overlaps(tokens: readonly Token[], found: Found, near: readonly Range[]): boolean {
  const start = (tokens[found.from] as Token).start;
  const end = (tokens[found.to - 1] as Token).end;
  return near.some((r) => r.start < end && start < r.end);
}

export function indirectQuotes(
  doc: Analysis,
  taken: readonly Quote[],
  stretches: readonly Stretch[],
  ctx: SpeakerContext,
): Quote[] {
  const { tokens } = doc;
  const bits = wordBits(doc);
  const quoted = quotedRanges(doc.text, stretches);
  // Coded quotations keep their words and their cues; other reports in their sentences are still read.
  const busy: Range[] = taken.map((q) => q.span).sort((a, b) => a.start - b.start);
  const cuesTaken = new Set(taken.map((q) => q.cue?.start ?? -1));
  let b = 0;
  const out: Quote[] = [];
  // A paragraph given to a source by a lead "Name:" is theirs to its end.
  let ledUntil = -1;
  let paragraph = -1;
  let paraStart = 0;
  for (const s of doc.sentences) {
    const para = doc.paragraphs[s.paragraph] as { start: number; end: number };
    if (s.paragraph !== paragraph) [paragraph, paraStart] = [s.paragraph, tokenFrom(tokens, para.start)];
    while (b < busy.length && (busy[b] as Range).end <= s.start) b++;
    if (s.start < ledUntil) continue;
    const near: Range[] = [];
    for (let j = b; j < busy.length && (busy[j] as Range).start < s.end; j++) near.push(busy[j] as Range);
    const lead = s.tokenStart === paraStart && near.length === 0 ? colonLead(tokens, s, para.end) : null;
    if (lead) ledUntil = para.end;
    for (const found of lead ? [lead] : sentenceRecords(tokens, bits, s, paraStart, quoted)) {
      const { cue } = found;
      if (
        near.length > 0 &&
        (cuesTaken.has((tokens[cue.from] as Token).start) || overlaps(tokens, found, near))
      )
        continue;
      // "“…,” DuVernay said, emphasizing why …": a subject found inside the quotation is the quotation's speaker.
      const quotedSubject = !lead && inside(quoted, (tokens[found.phrase.from] as Token).start);
      const speaker = quotedSubject
        ? speakerBefore(taken, (tokens[cue.from] as Token).start, s.start)
        : resolveSpeaker(ctx, found.phrase, s.paragraph);
      if (!speaker) continue;
      const cueText: Span = span(doc, (tokens[cue.from] as Token).start, (tokens[cue.to - 1] as Token).end);
      out.push({
        id: '',
        kind: 'indirect',
        span: span(doc, (tokens[found.from] as Token).start, (tokens[found.to - 1] as Token).end),
        speaker,
        cue: cueText,
        explanation: `quotes.indirect.${found.rule}: cue "${cueText.text}" (speech/${cue.id})`,
      });
    }
  }
  return out.sort((x, y) => x.span.start - y.span.start);
}
