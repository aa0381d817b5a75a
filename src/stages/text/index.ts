/**
 * Stage 1: paragraphs, sentences and tokens with POS and lemmas, as offsets into the text.
 * wink-nlp tokenizes and tags; dyad maps its tokens back onto the text and keeps sentences inside paragraphs.
 */
import type { Analysis, Paragraph, Pos, Sentence, Stage, Token } from '../../analysis.js';
import { readDoc, wink } from '../../nlp/wink.js';

function isAsciiSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/**
 * `text.indexOf(value, from)`, without a search in the common case: the token starts after a run of ASCII
 * whitespace. Exact: when `value` does not itself start with that whitespace, no earlier match can exist.
 */
function locate(text: string, value: string, from: number): number {
  if (value.length > 0 && !isAsciiSpace(value.charCodeAt(0))) {
    let at = from;
    while (at < text.length && isAsciiSpace(text.charCodeAt(at))) at++;
    if (text.startsWith(value, at)) return at;
  }
  return text.indexOf(value, from);
}

/** True when `value` is empty or all whitespace (as `!value.trim()`), testing printable ASCII cheaply. */
function blank(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return !value.trim();
}

export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}

export const textStage: Stage = {
  name: 'text',
  run(doc: Analysis): void {
    const nlp = wink();
    const its = nlp.its;
    const wdoc = readDoc(doc.text);
    const values = wdoc.tokens().out(its.value) as string[];
    const types = wdoc.tokens().out(its.type) as string[];
    const tags = wdoc.tokens().out(its.pos) as string[];
    const lemmas = wdoc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
    const sentenceSpans = wdoc.sentences().out(its.span) as unknown as [number, number][];

    doc.paragraphs = paragraphsOf(doc.text);
    // Map wink tokens onto the text; drop whitespace tokens.
    const text = doc.text;
    const winkToDyad = new Int32Array(values.length).fill(-1);
    const winkToDyadLast = new Int32Array(values.length).fill(-1);
    let cursor = 0;
    for (let w = 0; w < values.length; w++) {
      const value = values[w] as string;
      const type = types[w] as string;
      const at = locate(text, value, cursor);
      if (at < 0) continue;
      cursor = at + value.length;
      if (type === 'space' || type === 'tabCRLF' || blank(value)) continue;
      winkToDyad[w] = doc.tokens.length;
      const pos = (tags[w] ?? 'X') as Pos;
      const lemma = (lemmas[w] as string | undefined) ?? value.toLowerCase();
      const split = type === 'word' ? possessiveAt(value) : -1;
      if (split > 0) {
        const base = value.slice(0, split);
        const baseLemma = possessiveAt(lemma) === split ? lemma.slice(0, split) : base.toLowerCase();
        pushToken(doc, at, base, type, baseLemma, pos);
        pushToken(doc, at + split, value.slice(split), type, value.slice(split).toLowerCase(), 'PART');
      } else pushToken(doc, at, value, type, lemma, pos);
      winkToDyadLast[w] = doc.tokens.length - 1;
    }

    // Sentences from wink, split further at paragraph boundaries.
    let paragraph = 0;
    for (const [ws, we] of sentenceSpans) {
      let first = -1;
      let last = -1;
      for (let w = ws; w <= we; w++) {
        const t = winkToDyad[w] ?? -1;
        if (t < 0) continue;
        if (first < 0) first = t;
        last = winkToDyadLast[w] ?? t;
      }
      if (first < 0) continue;
      let from = first;
      for (let t = first; t <= last; t++) {
        const tok = doc.tokens[t] as Token;
        while (
          paragraph < doc.paragraphs.length - 1 &&
          tok.start >= (doc.paragraphs[paragraph] as Paragraph).end
        )
          paragraph++;
        const next = doc.tokens[t + 1];
        const breaks =
          t === last || (next !== undefined && next.start >= (doc.paragraphs[paragraph] as Paragraph).end);
        if (breaks) {
          pushSentence(doc, from, t + 1, paragraph);
          from = t + 1;
        }
      }
    }
  },
};

/**
 * Where a possessive "'s" starts in a word token wink left whole ("Trump's"), or -1. wink splits "Trump's" in
 * "Mr. Trump's plan", but once it has met "Trump's." at a sentence end it keeps the word as one lexeme, for
 * the rest of the process: the token is split here so a document reads the same whatever came before it.
 * (Contractions wink knows, "it's", "let's", are split by wink itself and never reach this.)
 */
function possessiveAt(value: string): number {
  const n = value.length;
  if (n < 3) return -1;
  const s = value.charCodeAt(n - 1);
  const q = value.charCodeAt(n - 2);
  if ((s !== 115 && s !== 83) || (q !== 39 && q !== 0x2019)) return -1;
  return /\p{L}/u.test(value.slice(0, n - 2)) ? n - 2 : -1;
}

function pushToken(doc: Analysis, start: number, value: string, type: string, lemma: string, pos: Pos): void {
  doc.tokens.push({
    i: doc.tokens.length,
    start,
    end: start + value.length,
    text: value,
    lower: value.toLowerCase(),
    lemma,
    pos,
    type,
    sentence: -1,
  });
}

function pushSentence(doc: Analysis, from: number, to: number, paragraph: number): void {
  const i = doc.sentences.length;
  const s: Sentence = {
    i,
    start: (doc.tokens[from] as Token).start,
    end: (doc.tokens[to - 1] as Token).end,
    tokenStart: from,
    tokenEnd: to,
    paragraph,
  };
  for (let t = from; t < to; t++) (doc.tokens[t] as Token).sentence = i;
  doc.sentences.push(s);
}
