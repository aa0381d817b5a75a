/**
 * Word lists that passes over every token test it against (the times gate, the first words of speech cues,
 * group nouns, …), looked up once per token for all of them. A module registers a list with `wordList` and
 * gets a bit; `wordBits(doc)` gives, for each token, the bits of the lists holding its lowercase form. A pass
 * then skips a token whose bit is clear, without a Map or Set lookup of its own. Over the pipeline dyad made
 * about 11,300 string-keyed lookups per article (13 per token), most of them misses; with these lists, 8,200
 * (one per token of them for the lists themselves).
 *
 * Exact: a bit is set iff the list holds `token.lower`, so a pass testing membership of `token.lower` (or
 * looking up a value by it) skips only tokens its own lookup would have missed.
 */
import type { Analysis } from '../analysis.js';
import { dyadError } from '../errors.js';

/** Bits of an Int32: the sign bit is left alone so masks stay small integers. */
const MAX_LISTS = 31;

const lists: (() => Iterable<string>)[] = [];
let table: Map<string, number> | null = null;
/** Bits computed for a document, with the number of lists they cover (a list registered later redoes them). */
const bitsByDoc = new WeakMap<Analysis, { bits: Uint32Array; lists: number }>();

/**
 * Registers a word list (lowercase forms; read on first use, so it may load a lexicon) and returns its bit.
 * Called once per list, when its module loads.
 */
export function wordList(words: () => Iterable<string>): number {
  if (lists.length >= MAX_LISTS) throw dyadError('INTERNAL', `more than ${MAX_LISTS} word lists`);
  lists.push(words);
  table = null;
  return 1 << (lists.length - 1);
}

function wordTable(): Map<string, number> {
  if (table) return table;
  const t = new Map<string, number>();
  lists.forEach((words, k) => {
    for (const w of words()) t.set(w, (t.get(w) ?? 0) | (1 << k));
  });
  table = t;
  return t;
}

/** For each token of `doc`, the bits of the word lists holding its lowercase form (computed once per doc). */
export function wordBits(doc: Analysis): Uint32Array {
  const known = bitsByDoc.get(doc);
  if (known && known.lists === lists.length && known.bits.length === doc.tokens.length) return known.bits;
  const t = wordTable();
  const bits = new Uint32Array(doc.tokens.length);
  doc.tokens.forEach((tok, i) => {
    bits[i] = t.get(tok.lower) ?? 0;
  });
  bitsByDoc.set(doc, { bits, lists: lists.length });
  return bits;
}
