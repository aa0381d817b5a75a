/**
 * Name chunks: runs of capitalized tokens in a sentence ("Secretary of State Antony J. Blinken",
 * "Munich Security Conference", "Asia-Pacific Economic Cooperation Group"), with connectors ("of", "for",
 * "the", "-") kept inside when a title or organization head noun or a gazetteer name calls for them.
 */
import type { Sentence, Token } from '../../analysis.js';
import { isCap, type Ctx } from './context.js';
import { tokenTitleKey } from './lexicon.js';
import { longestMatch } from './trie.js';
import { wordBits, wordList } from '../../lexicon/words.js';

/** Capitalized words that are never names by themselves (dates belong to the times stage). */
const NOT_NAMES = new Set([
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'I',
]);
const CONNECTORS = new Set([
  'of',
  'for',
  'on',
  'the',
  '&',
  'and',
  'de',
  'du',
  'del',
  'al',
  'bin',
  'van',
  'von',
  'der',
  'da',
]);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '—', '-', ':']);
const QUOTES = new Set(['“', '"', '‘', '(']);
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);

export interface Chunk {
  start: number;
  end: number;
  /** True when the chunk begins the sentence (or follows an opening quote there). */
  initial: boolean;
  /** True inside a title-case headline, where capitals say nothing about names. */
  headline: boolean;
}

/** Capitalized function words: never the start of a name ("The Trump campaign", "But Clinton"). */
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'you',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'but',
  'and',
  'or',
  'if',
  'in',
  'on',
  'at',
  'for',
  'with',
  'as',
  'by',
  'from',
  'to',
  'of',
  'after',
  'before',
  'when',
  'while',
  'so',
  'yet',
  'then',
  'there',
  'here',
  'what',
  'who',
  'why',
  'how',
  'where',
  'all',
  'some',
  'no',
  'not',
  'one',
  'two',
  'both',
  'each',
  'every',
  'many',
  'most',
  'more',
  'other',
  'such',
  'since',
  'until',
  'during',
  'about',
  'over',
  'under',
  'into',
  'than',
  'also',
  'still',
  'even',
  'just',
  'only',
  'now',
  'is',
  'was',
  'are',
  'were',
  'will',
  'would',
  'can',
  'could',
  'should',
  'do',
  'does',
  'did',
  'has',
  'have',
  'had',
  'says',
  'said',
  'say',
]);
/** FUNCTION_WORDS as a word list: tested by bit, without a lookup. */
const FUNCTION_WORD = wordList(() => FUNCTION_WORDS);
/** Words before "May" that make it the month. */
const MONTH_CUES = new Set([
  'in',
  'since',
  'until',
  'by',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'of',
  'on',
  'during',
  'before',
  'after',
  'through',
  'from',
  'till',
  'between',
]);

/**
 * Is the sentence a title-case headline ("Lindsey Graham Says Clean Energy Plan Is Dead")? Most longer words
 * are capitalized and so are verbs or function words inside it, which running text never capitalizes.
 */
function isHeadline(toks: Token[], bits: Uint32Array, s: Sentence): boolean {
  let words = 0;
  let caps = 0;
  let oddCaps = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = toks[i] as Token;
    if (t.type !== 'word') continue;
    if (t.text.length >= 4) words++;
    if (!isCap(t)) continue;
    if (t.text.length >= 4) caps++;
    if (i > s.tokenStart && (((bits[i] ?? 0) & FUNCTION_WORD) !== 0 || HEADLINE_POS.has(t.pos))) oddCaps++;
  }
  return words >= 4 && caps >= 0.6 * words && (oddCaps >= 2 || (oddCaps >= 1 && caps >= 0.75 * words));
}

const HEADLINE_POS = new Set(['VERB', 'AUX', 'ADP', 'DET', 'ADV', 'PRON', 'CCONJ', 'SCONJ']);

function adjacent(a: Token, b: Token): boolean {
  return a.end === b.start;
}

/** May token j (a connector) stay inside a chunk that began at `from`? */
function connectorFits(ctx: Ctx, from: number, j: number): boolean {
  const toks = ctx.doc.tokens;
  const prev = toks[j - 1] as Token;
  const tok = toks[j] as Token;
  const next = toks[j + 1];
  // "von der Leyen", "bin Salman": particles run on to a capitalized word.
  if (PARTICLES.has(tok.lower) && next && PARTICLES.has(next.lower) && isCap(toks[j + 2])) return true;
  if (!isCap(next) && !(tok.lower === 'of' && next?.lower === 'the' && isCap(toks[j + 2]))) return false;
  if (tok.lower === 'the') return prev.lower === 'of' || prev.lower === 'for' || prev.lower === 'on';
  // A gazetteer name runs on through it ("Council on Foreign Relations").
  const known = longestMatch(ctx.lex.names, from, Math.min(toks.length, j + 6), (i) => ctx.keys[i] as string);
  if (known && known.end > j + 1) return true;
  if (ctx.lex.heads.has(prev.lower)) return tok.lower !== 'and';
  if (ctx.lex.titles.next.get(tokenTitleKey(prev)) && (tok.lower === 'of' || tok.lower === 'for'))
    return true;
  if (tok.lower === 'and' || tok.lower === '&') {
    // "Center for Strategic and International Studies": inside a name that already has a connector.
    for (let k = from; k < j; k++)
      if ((toks[k] as Token).lower === 'for' || (toks[k] as Token).lower === 'of') return true;
    // "Securities and Exchange Commission": one unknown word, then a capitalized run ending on an organization
    // head ("Anderson Cooper and Fox News", "FBI and Justice Department" are two names).
    if (j - from !== 1 || ctx.lex.names.next.has(ctx.keys[from] as string)) return false;
    for (let k = j + 1; k < Math.min(toks.length, j + 5) && isCap(toks[k]); k++)
      if (ctx.lex.heads.has((toks[k] as Token).lower) && !isCap(toks[k + 1])) return true;
    return false;
  }
  return PARTICLES.has(tok.lower);
}

const ARTICLES = new Set(['al', 'el', 'ad', 'as', 'an', 'ash', 'at', 'az']);
const PARTICLES = new Set(['de', 'du', 'del', 'al', 'bin', 'van', 'von', 'der', 'da']);

function nameToken(t: Token | undefined, prev?: Token, next?: Token): boolean {
  if (t === undefined || !isCap(t) || NOT_NAMES.has(t.text) || t.type === 'number') return false;
  if (t.text === 'May' && ((prev && MONTH_CUES.has(prev.lower)) || next?.type === 'number')) return false;
  return true;
}

/** The name chunks of one sentence, in order. */
export function chunksOf(ctx: Ctx, s: Sentence): Chunk[] {
  const toks = ctx.doc.tokens;
  const out: Chunk[] = [];
  let firstWord = s.tokenStart;
  while (firstWord < s.tokenEnd && OPENERS.has((toks[firstWord] as Token).text)) firstWord++;
  const bits = wordBits(ctx.doc);
  const headline = isHeadline(toks, bits, s);
  let i = s.tokenStart;
  while (i < s.tokenEnd) {
    const t = toks[i] as Token;
    // "al-Qaeda", "el-Sisi": a lowercase Arabic article joined to a capitalized name starts it.
    const article =
      t.text.length <= 3 &&
      toks[i + 1]?.text === '-' &&
      ARTICLES.has(t.text) &&
      adjacent(t, toks[i + 1] as Token) &&
      adjacent(toks[i + 1] as Token, toks[i + 2] as Token) &&
      nameToken(toks[i + 2]);
    if (
      !article &&
      (!nameToken(t, toks[i - 1], toks[i + 1]) ||
        ((bits[i] ?? 0) & FUNCTION_WORD) !== 0 ||
        (!NAME_POS.has(t.pos) && !ctx.lex.names.next.has(ctx.keys[i] as string)))
    ) {
      i++;
      continue;
    }
    const initial = i === firstWord || (i > s.tokenStart && QUOTES.has((toks[i - 1] as Token).text));
    let j = i + 1;
    while (j < s.tokenEnd) {
      const u = toks[j] as Token;
      if (ctx.glued[j]) {
        j++;
        continue;
      }
      if (nameToken(u, toks[j - 1], toks[j + 1])) {
        j++;
        continue;
      }
      if (
        u.text === '-' &&
        adjacent(toks[j - 1] as Token, u) &&
        adjacent(u, toks[j + 1] as Token) &&
        nameToken(toks[j + 1])
      ) {
        j += 2;
        continue;
      }
      if (CONNECTORS.has(u.lower) && u.text === u.lower && connectorFits(ctx, i, j)) {
        j++;
        continue;
      }
      break;
    }
    // Do not end on a connector.
    while (j > i + 1 && CONNECTORS.has((toks[j - 1] as Token).lower)) j--;
    out.push({ start: i, end: j, initial, headline });
    i = j;
  }
  return out;
}
