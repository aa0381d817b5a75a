/**
 * Name chunks: runs of capitalized tokens in a sentence ("Secretary of State Antony J. Blinken",
 * "Munich Security Conference", "Asia-Pacific Economic Cooperation Group"), with connectors ("of", "for",
 * "the", "-") kept inside when a title or organization head noun or a gazetteer name calls for them.
 */
import type { Sentence, Token } from '../../analysis.js';
import { isCap, type Ctx } from './context.js';
import { titleKey } from './lexicon.js';
import { longestMatch } from './trie.js';

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
}

function adjacent(a: Token, b: Token): boolean {
  return a.end === b.start;
}

/** May token j (a connector) stay inside a chunk that began at `from`? */
function connectorFits(ctx: Ctx, from: number, j: number): boolean {
  const toks = ctx.doc.tokens;
  const prev = toks[j - 1] as Token;
  const tok = toks[j] as Token;
  const next = toks[j + 1];
  if (!isCap(next) && !(tok.lower === 'of' && next?.lower === 'the' && isCap(toks[j + 2]))) return false;
  if (tok.lower === 'the') return prev.lower === 'of' || prev.lower === 'for' || prev.lower === 'on';
  // A gazetteer name runs on through it ("Council on Foreign Relations").
  const known = longestMatch(ctx.lex.names, from, Math.min(toks.length, j + 6), (i) => ctx.keys[i] as string);
  if (known && known.end > j + 1) return true;
  const prevKey = prev.lower;
  if (ctx.lex.heads.has(prevKey)) return tok.lower !== 'and';
  if (ctx.lex.titles.next.get(titleKey(prev.text)) && (tok.lower === 'of' || tok.lower === 'for'))
    return true;
  if (tok.lower === 'and' || tok.lower === '&') {
    // "Center for Strategic and International Studies": only inside a name that already has a connector.
    for (let k = from; k < j; k++)
      if ((toks[k] as Token).lower === 'for' || (toks[k] as Token).lower === 'of') return true;
    return false;
  }
  return ['de', 'du', 'del', 'al', 'bin', 'van', 'von', 'der', 'da'].includes(tok.lower);
}

function nameToken(t: Token | undefined): boolean {
  return t !== undefined && isCap(t) && !NOT_NAMES.has(t.text) && t.type !== 'number';
}

/** The name chunks of one sentence, in order. */
export function chunksOf(ctx: Ctx, s: Sentence): Chunk[] {
  const toks = ctx.doc.tokens;
  const out: Chunk[] = [];
  let firstWord = s.tokenStart;
  while (firstWord < s.tokenEnd && OPENERS.has((toks[firstWord] as Token).text)) firstWord++;
  let i = s.tokenStart;
  while (i < s.tokenEnd) {
    const t = toks[i] as Token;
    const initial = i === firstWord || (i > s.tokenStart && QUOTES.has((toks[i - 1] as Token).text));
    if (!nameToken(t) || (!NAME_POS.has(t.pos) && !ctx.lex.names.next.has(ctx.keys[i] as string))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.tokenEnd) {
      const u = toks[j] as Token;
      if (nameToken(u)) {
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
    out.push({ start: i, end: j, initial });
    i = j;
  }
  return out;
}
