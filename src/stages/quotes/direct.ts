/**
 * Direct quotations: each quoted stretch either has its own attribution (after or before it), continues the
 * quotation of the stretch before it (split by its attribution, or over paragraphs), or is not a quotation at
 * all (scare quotes, titles, nicknames) and is left out.
 */
import type { Analysis, Token } from '../../analysis.js';
import type { Quote, Speaker, Span } from '../../types.js';
import { span } from '../../spans.js';
import type { Attribution } from './attribution.js';
import { attributionAfter, attributionBefore, dashSignature } from './attribution.js';
import type { Stretch } from './marks.js';
import type { SpeakerContext } from './speaker.js';
import { resolveSpeaker } from './speaker.js';
import { isPunct, tokenFrom, words } from './tokens.js';
import { grammar } from './lexicon.js';

export interface DirectResult {
  quotes: Quote[];
  /** Indirect records made for partial quotes embedded in reported speech ("said the talks were “frank”"). */
  embedded: Quote[];
  /** Whole quoted sentences with no attribution of their own, for `sameSpeaker` once every record is known. */
  orphans: Stretch[];
}

interface Prior {
  speaker: Speaker;
  cue: Span | null;
  paragraph: number;
  /** Token index just after the closing mark. */
  after: number;
}

const CLOSING_PUNCT = /[,.!?…—–-]$/;
const CLOSES_SENTENCE = /[.…]$/;

function cueSpan(doc: Analysis, a: Attribution): Span {
  return span(doc, (doc.tokens[a.cue.from] as Token).start, (doc.tokens[a.cue.to - 1] as Token).end);
}

/** Token positions around a stretch, within its paragraph. */
interface Frame {
  /** Opening mark, first and last (exclusive) quoted token, first token after the closing mark. */
  o: number;
  inFrom: number;
  inTo: number;
  after: number;
  /** First token attributions may look back to (paragraph start or the end of the previous stretch). */
  floor: number;
  /** First token attributions after the stretch may not reach (the next stretch or the paragraph end). */
  ceiling: number;
}

function frameOf(doc: Analysis, st: Stretch, next: Stretch | undefined, prevClose: number): Frame {
  const { tokens } = doc;
  const para = doc.paragraphs[st.paragraph] as { start: number; end: number };
  const inTo = tokenFrom(tokens, st.end);
  const o = tokenFrom(tokens, st.open);
  return {
    o,
    inFrom: tokenFrom(tokens, st.start),
    inTo,
    after: st.closeEnd > st.close ? tokenFrom(tokens, st.closeEnd) : inTo,
    // (A quotation nested in an open-ended one looks back past the outer mark.)
    floor: Math.max(tokenFrom(tokens, para.start), prevClose <= o ? prevClose : -1),
    ceiling:
      next && next.paragraph === st.paragraph ? tokenFrom(tokens, next.open) : tokenFrom(tokens, para.end),
  };
}

/** The stretch's own attribution: after it (unless it closes its sentence), before it, or above its paragraph. */
function attributionOf(doc: Analysis, st: Stretch, f: Frame): Attribution | null {
  const { tokens } = doc;
  // A quotation closing its sentence ("….”) is not attributed by the next sentence's subject and verb.
  const closesSentence = CLOSES_SENTENCE.test(doc.text.slice(st.start, st.end));
  const after = closesSentence
    ? dashSignature(tokens, f.after, f.ceiling)
    : attributionAfter(tokens, f.after, f.ceiling);
  if (after || st.continues) return after;
  return attributionBefore(tokens, f.o, f.floor) ?? introducedAbove(doc, st, f.o);
}

export function directQuotes(
  doc: Analysis,
  stretches: readonly Stretch[],
  ctx: SpeakerContext,
): DirectResult {
  const { tokens } = doc;
  const quotes: Quote[] = [];
  const embedded: Quote[] = [];
  const orphans: Stretch[] = [];
  let prior: Prior | null = null;
  let prevClose = -1;
  // The reported clause a partial quotation opened: later quoted words inside it are the same speaker's.
  let clause: { end: number; speaker: Speaker; cue: Span | null } | null = null;
  for (let s = 0; s < stretches.length; s++) {
    const st = stretches[s] as Stretch;
    const f = frameOf(doc, st, stretches[s + 1], prevClose);
    prevClose = f.after;
    const n = words(tokens, f.inFrom, f.inTo);
    if (n >= 2 && titleCased(tokens, f.inFrom, f.inTo)) continue;
    const inClause = clause !== null && st.start < clause.end ? clause : null;
    const found = inClause ? null : attributionOf(doc, st, f);
    let speaker: Speaker;
    let cue: Span | null;
    let explanation: string;
    if (inClause) {
      speaker = inClause.speaker;
      cue = inClause.cue;
      explanation =
        'quotes.direct.partial-in-clause: quoted words inside the reported clause of the quotation before';
    } else if (found) {
      if (n < 2 && !CLOSING_PUNCT.test(doc.text.slice(st.start, st.end))) continue;
      speaker = resolveSpeaker(ctx, found.phrase, st.paragraph);
      cue = cueSpan(doc, found);
      explanation = `quotes.direct.${found.layout}${found.partial ? '.partial' : ''}: cue "${cue.text}" (speech/${found.cue.id})`;
      // A few quoted words inside reported speech are a direct quotation and make an indirect record of the
      // clause as well.
      const partial = partialRecord(doc, found, st, f, speaker, cue);
      if (partial) {
        embedded.push(partial);
        clause = { end: partial.span.end, speaker, cue };
        explanation = `quotes.direct.${found.layout}.partial: quoted words inside reported speech, cue "${cue.text}" (speech/${found.cue.id})`;
      }
    } else if (prior && n >= 2 && chains(doc, st, prior, f.o)) {
      speaker = prior.speaker;
      cue = prior.cue;
      explanation = st.continues
        ? 'quotes.direct.continued-paragraph: the quotation runs on from the previous paragraph'
        : 'quotes.direct.follows: resumes the quotation of the previous stretch after its attribution';
    } else {
      if (n >= 4 && CLOSING_PUNCT.test(doc.text.slice(st.start, st.end)) && opensSentence(tokens, f.o))
        orphans.push(st);
      continue;
    }
    quotes.push({ id: '', kind: 'direct', span: span(doc, st.start, st.end), speaker, cue, explanation });
    prior = { speaker, cue, paragraph: st.paragraph, after: f.after };
  }
  return { quotes, embedded, orphans };
}

/** The opening mark starts a sentence: at the paragraph start or after sentence-final punctuation. */
function opensSentence(tokens: readonly Token[], o: number): boolean {
  const prev = tokens[o - 1];
  return prev === undefined || prev.sentence !== (tokens[o] as Token).sentence || CLAUSE_ENDS.has(prev.text);
}

/**
 * "…, Mr. Holtz-Eakin said. “They're more detailed …”": a quoted sentence with no attribution of its own takes
 * the speaker of the last record before it in its paragraph, or, when it opens its paragraph, of the record that
 * closed the paragraph before.
 */
export function sameSpeaker(doc: Analysis, orphans: readonly Stretch[], records: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  const coded = new Set(records.filter((q) => q.kind === 'direct').map((q) => q.span.start));
  let r = 0;
  for (const st of orphans) {
    if (coded.has(st.start)) continue;
    while (r < records.length && (records[r] as Quote).span.end <= st.open) r++;
    const last = records[r - 1];
    if (!last) continue;
    const para = doc.paragraphs[st.paragraph] as { start: number };
    const lastPara = tokenParagraph(doc, last.span.start);
    const sameParagraph = lastPara === st.paragraph;
    const closedAbove =
      lastPara === st.paragraph - 1 &&
      st.open === para.start &&
      (doc.paragraphs[lastPara] as { end: number }).end - last.span.end <= 40;
    if (!sameParagraph && !closedAbove) continue;
    out.push({
      id: '',
      kind: 'direct',
      span: span(doc, st.start, st.end),
      speaker: last.speaker,
      cue: last.cue,
      explanation: `quotes.direct.same-speaker: an unattributed quoted sentence right after a record of the same speaker (${last.explanation?.split(':')[0] ?? ''})`,
    });
  }
  return out;
}

function tokenParagraph(doc: Analysis, offset: number): number {
  const t = doc.tokens[tokenFrom(doc.tokens, offset)];
  return t ? (doc.sentences[t.sentence] as { paragraph: number }).paragraph : -1;
}

/**
 * A few quoted words inside reported speech ("said the talks were “frank”", "Both parties “saw Burma as…,”
 * said Victor Cha") make an indirect record of the whole clause when they are less than half of it.
 */
function partialRecord(
  doc: Analysis,
  found: Attribution,
  st: Stretch,
  f: Frame,
  speaker: Speaker,
  cue: Span,
): Quote | null {
  const lead =
    found.layout === 'after' || found.layout === 'after-inverted' ? leadIn(doc, st, f.o, f.floor) : null;
  if (!found.partial && !lead) return null;
  const clause = lead ?? clauseOf(doc, found, st, f.after);
  if (!clause) return null;
  return {
    id: '',
    kind: 'indirect',
    span: clause,
    speaker,
    cue,
    explanation: `quotes.indirect.partial-quote: reported speech quoting some words, cue "${cue.text}" (speech/${found.cue.id})`,
  };
}

/**
 * Whether an unattributed stretch carries on the previous quotation: the paragraph continues over its
 * boundary, or only the previous attribution stands between them in the same paragraph, or the stretch opens
 * the paragraph right after the previous quotation's.
 */
function chains(doc: Analysis, st: Stretch, prior: Prior, o: number): boolean {
  if (st.continues) return true;
  // A quotation nested inside the previous one is not its continuation.
  if (o < prior.after) return false;
  if (prior.paragraph === st.paragraph) {
    // Only the attribution (one sentence at most) stands between the two stretches.
    if (o - prior.after > 60) return false;
    let ends = 0;
    for (let i = prior.after; i < o; i++) if (CLAUSE_ENDS.has((doc.tokens[i] as Token).text)) ends++;
    return ends <= 1;
  }
  // A whole paragraph in quotation marks right after a paragraph that ended with the previous quote's attribution.
  const para = doc.paragraphs[st.paragraph] as { start: number; end: number };
  return (
    prior.paragraph === st.paragraph - 1 &&
    prior.after >= tokenFrom(doc.tokens, (doc.paragraphs[prior.paragraph] as { end: number }).end) - 6 &&
    st.open === para.start &&
    st.close < para.end &&
    st.close >= para.end - 2
  );
}

/** "Caddell continued:¶“…”": a paragraph that opens with the quotation, after a paragraph ending in a colon. */
function introducedAbove(doc: Analysis, st: Stretch, o: number): Attribution | null {
  const para = doc.paragraphs[st.paragraph] as { start: number };
  const above = doc.paragraphs[st.paragraph - 1];
  if (st.open !== para.start || above === undefined || doc.text[above.end - 1] !== ':') return null;
  return attributionBefore(doc.tokens, o, tokenFrom(doc.tokens, above.start));
}

const CLAUSE_ENDS = new Set(['.', '!', '?', ';']);
const SENTENCE_END = /[.!?]$/;

/**
 * The reported clause around a partial quote ("said the talks were “frank, substantive and constructive.”"):
 * from the cue (after "that") to the end of the sentence. Null when the quoted words make up most of it; then
 * the quotation itself is the record.
 */
function clauseOf(doc: Analysis, a: Attribution, st: Stretch, after: number): Span | null {
  const { tokens } = doc;
  let from = a.layout === 'according-to' ? tokenFrom(tokens, st.open) : a.cue.to;
  if (a.layout === 'before-inverted') from = a.phrase.to;
  while (from < tokens.length && (tokens[from] as Token).lower === 'that') from++;
  const para = doc.paragraphs[st.paragraph] as { end: number };
  // A quotation that ends its own sentence ("…change.”") ends the clause too.
  const endsSentence = SENTENCE_END.test(doc.text.slice(st.start, st.end));
  let to = after;
  while (
    !endsSentence &&
    to < tokens.length &&
    (tokens[to] as Token).start < para.end &&
    !CLAUSE_ENDS.has((tokens[to] as Token).text)
  )
    to++;
  const start = (tokens[from] as Token).start;
  const end = Math.max(st.end, to > after ? (tokens[to - 1] as Token).end : st.end);
  if (end <= start) return null;
  if (st.end - st.start >= 0.5 * (end - start)) return null;
  return span(doc, start, end);
}

/** "“Face the Nation,”", "“The Art of the Deal”": short title-cased words in marks are a title, not speech. */
function titleCased(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (isPunct(t)) {
      // (A period closing the title inside the marks, news style: on CNN's “State of the Union.”)
      if ((t.text === '.' && i < to - 1) || t.text === '?' || t.text === '!' || t.text === ':') return false;
      continue;
    }
    words++;
    if (words > 6) return false;
    const c = t.text.charCodeAt(0);
    const capital = (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (!capital && !grammar().titleMinorWords.has(t.lower)) return false;
  }
  return words > 0;
}

/**
 * "Both parties “saw Burma as a country under pressure,” said Victor Cha": words of the reporter's own open the
 * sentence before the quotation; the clause from the sentence start is the content when the quoted words are
 * less than half of it.
 */
function leadIn(doc: Analysis, st: Stretch, o: number, floor: number): Span | null {
  const { tokens } = doc;
  const sentence = doc.sentences[(tokens[o] as Token).sentence];
  if (!sentence) return null;
  const from = Math.max(sentence.tokenStart, floor);
  if (words(tokens, from, o) < 3) return null;
  const start = (tokens[from] as Token).start;
  if (st.end - st.start >= 0.5 * (st.end - start)) return null;
  return span(doc, start, st.end);
}

/** A record of a verb's complement ("called X “…”", "wants to “…”"): quoted words there are labels, not speech. */
export function isComplement(q: Quote): boolean {
  return q.explanation?.startsWith('quotes.indirect.complement-') ?? false;
}

/**
 * A record an unattributed quotation may continue: speech, not a complement, and not a paragraph led by
 * "NAME:" (in a transcript the next turn is the other speaker's).
 */
export function continuable(q: Quote): boolean {
  return !isComplement(q) && !(q.explanation?.startsWith('quotes.indirect.colon-lead') ?? false);
}

/**
 * Quoted words inside an indirect record the reported-speech rules made ("Clinton says Trump's flurry of tweets
 * was “unhinged.”") are that speaker's direct quotation too, unless they look like a title.
 */
export function quotedInClauses(
  doc: Analysis,
  stretches: readonly Stretch[],
  direct: readonly Quote[],
  indirect: readonly Quote[],
): Quote[] {
  const { tokens } = doc;
  const out: Quote[] = [];
  const taken = new Set(direct.map((q) => q.span.start));
  let r = 0;
  for (const st of stretches) {
    if (taken.has(st.start)) continue;
    while (r < indirect.length && (indirect[r] as Quote).span.end <= st.start) r++;
    const record = indirect[r];
    if (!record || record.span.start > st.start || isComplement(record)) continue;
    const inFrom = tokenFrom(tokens, st.start);
    const inTo = tokenFrom(tokens, st.end);
    const n = words(tokens, inFrom, inTo);
    if (n >= 2 ? titleCased(tokens, inFrom, inTo) : !CLOSING_PUNCT.test(doc.text.slice(st.start, st.end)))
      continue;
    out.push({
      id: '',
      kind: 'direct',
      span: span(doc, st.start, st.end),
      speaker: record.speaker,
      cue: record.cue,
      explanation: `quotes.direct.partial-in-clause: quoted words inside reported speech (${record.explanation?.split(':')[0] ?? ''})`,
    });
  }
  return out;
}
