/**
 * A phrase trie over token texts: gazetteer names are split into the token keys wink produces
 * ("Asia-Pacific" → Asia, -, Pacific; "People's" → People, 's) and matched longest-first at a token.
 */
export interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values: V[];
}

export function newTrie<V>(): TrieNode<V> {
  return { next: new Map(), values: [] };
}

const MARKS = /\p{M}+/gu;

/**
 * Normalizes a token or name part for matching: curly apostrophes become straight ones and diacritics go
 * ("Erdoğan" and "Erdogan", "António" and "Antonio" are one key). ASCII text is returned as is.
 */
export function keyOf(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) if (text.charCodeAt(i) > 127) ascii = false;
  if (ascii) return text;
  return text.replaceAll('’', "'").normalize('NFD').replace(MARKS, '');
}

/** Splits a gazetteer name into token keys the way wink tokenizes (a second variant keeps hyphens whole). */
export function nameKeys(name: string): string[][] {
  const parts: string[] = [];
  const whole: string[] = [];
  for (const raw of keyOf(name).split(/\s+/)) {
    if (!raw) continue;
    let word = raw;
    const tail: string[] = [];
    while (word.length > 1 && /[,;:)]$/.test(word)) {
      tail.unshift(word.slice(-1));
      word = word.slice(0, -1);
    }
    if (word.length > 2 && word.endsWith("'s")) {
      tail.unshift("'s");
      word = word.slice(0, -2);
    }
    whole.push(word, ...tail);
    const pieces = word.split(/(-)/).filter(Boolean);
    parts.push(...pieces, ...tail);
  }
  return parts.join('\u0000') === whole.join('\u0000') ? [parts] : [parts, whole];
}

export function addName<V>(trie: TrieNode<V>, name: string, value: V): void {
  for (const keys of nameKeys(name)) {
    let node = trie;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = newTrie<V>();
        node.next.set(k, child);
      }
      node = child;
    }
    node.values.push(value);
  }
}

export interface TrieMatch<V> {
  /** Token index after the match. */
  end: number;
  values: V[];
}

/** Longest match starting at `from`, not running past `limit`; `key(i)` gives token i's key. */
export function longestMatch<V>(
  trie: TrieNode<V>,
  from: number,
  limit: number,
  key: (i: number) => string,
): TrieMatch<V> | null {
  let node: TrieNode<V> | undefined = trie;
  let best: TrieMatch<V> | null = null;
  for (let i = from; i < limit && node; i++) {
    const k = key(i);
    if (k === '\u0001') {
      // A continuation of the word before (Ctx.glued): part of whatever matched up to it.
      if (best && best.end === i) best = { end: i + 1, values: best.values };
      continue;
    }
    node = node.next.get(k);
    if (node && node.values.length) best = { end: i + 1, values: node.values };
  }
  return best;
}
