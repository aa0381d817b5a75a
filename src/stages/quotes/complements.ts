/**
 * Attributions whose content is not a clause but the verb's complement, as news reports intentions, demands and
 * judgements: "Clinton wants to triple the program" ("to …"), "Graham urged Republicans to join" ("X to …"),
 * "someone asked how Clinton could inspire young people" (the question),
 * "the NAACP called for a moratorium", "Clinton criticized the Affordable Care Act as …" (the object). Which
 * complements a cue verb takes is lexicon data (`complements` in lexicons/speech/cues.json).
 */
import type { Token } from '../../analysis.js';
import type { Complement } from './lexicon.js';
import { cueAt, phraseAfter } from './phrases.js';
import { cutContent, newClause } from './content.js';
import { words } from './tokens.js';
import { grammar } from './lexicon.js';

const G = grammar();

export interface ComplementSpan {
  kind: Complement;
  /** Token range of the content. */
  from: number;
  to: number;
}

/** Where an object may start: a noun phrase, a pronoun, or a gerund ("proposes doing away with …"). */
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'everyone', 'people']);

/** "to" and a verb at token `k`. */
function infinitiveAt(tokens: readonly Token[], k: number): boolean {
  const to = tokens[k];
  const verb = tokens[k + 1];
  return (
    to !== undefined && to.lower === 'to' && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX')
  );
}

/**
 * A complement ends sooner than a clause: before a subordinate clause ("… as Pyongyang fired …", "… when he
 * ran …") and before ", which …", ", who …", ", another …" or a participle (", focusing on …"), the reporter's
 * additions.
 */
function complementEnd(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from + 2; i < to; i++) {
    const t = tokens[i] as Token;
    // ("criticized the law as a crazy system", but "condemned the launch as Pyongyang fired …")
    if (G.subordinators.has(t.lower) && (t.lower !== 'as' || newClause(tokens, i + 1, to))) return i;
    // "to pay an architect who said …": a relative clause with a report of its own.
    if (RELATIVES.has(t.lower) && cueAt(tokens, i + 1)) return i;
    // "criticized the law as a “crazy system” during a campaign stop": when, not what.
    if (AFTERWARDS.has(t.lower)) return i;
    if (t.text !== ',') continue;
    const next = tokens[i + 1];
    if (next === undefined) break;
    if (
      next.pos === 'DET' ||
      RELATIVES.has(next.lower) ||
      (next.pos === 'VERB' && next.lower.endsWith('ing')) ||
      // "talked about bringing communities together, Trump highlighted …"
      newClause(tokens, i + 1, to)
    )
      return i;
  }
  return to;
}

const RELATIVES = new Set(['which', 'who', 'whose', 'where']);
const AFTERWARDS = new Set(['during', 'amid', 'despite']);
/** Punctuation a complement does not end with. */
const TRAILING = new Set([',', ';', ':', '-', '--', '—', '–']);

function content(
  tokens: readonly Token[],
  kind: Complement,
  from: number,
  end: number,
): ComplementSpan | null {
  let to = complementEnd(tokens, from, cutContent(tokens, from, end));
  while (to > from && TRAILING.has((tokens[to - 1] as Token).text)) to--;
  return words(tokens, from, to) >= 2 ? { kind, from, to } : null;
}

/** "to …" or "X to …" right after the cue at `k` (content up to `end`), when the verb takes it. */
export function infinitiveComplement(
  tokens: readonly Token[],
  complements: ReadonlySet<Complement>,
  k: number,
  end: number,
): ComplementSpan | null {
  if (complements.has('infinitive') && infinitiveAt(tokens, k)) return content(tokens, 'infinitive', k, end);
  if (complements.has('question')) {
    // "asked whether …", "asked him how …"
    const wh = OBJECT_PRONOUNS.has((tokens[k] as Token | undefined)?.lower ?? '') ? k + 1 : k;
    if (G.questionWords.has((tokens[wh] as Token | undefined)?.lower ?? '')) {
      const asked = content(tokens, 'question', wh, end);
      if (asked && words(tokens, asked.from, asked.to) >= 3) return asked;
    }
  }
  if (!complements.has('object-infinitive')) return null;
  const first = tokens[k];
  if (first === undefined) return null;
  const object = OBJECT_PRONOUNS.has(first.lower) ? k + 1 : (phraseAfter(tokens, k, end)?.to ?? -1);
  if (object < 0 || !infinitiveAt(tokens, object)) return null;
  return content(tokens, 'object-infinitive', k, end);
}

/** The object and what follows it in its clause ("called for more school investment"). */
export function objectComplement(
  tokens: readonly Token[],
  complements: ReadonlySet<Complement>,
  k: number,
  end: number,
): ComplementSpan | null {
  const first = tokens[k];
  if (!complements.has('object') || first === undefined || first.lower === 'that') return null;
  const gerund = first.pos === 'VERB' && first.lower.endsWith('ing');
  if (!OBJECT_START.has(first.pos) && !gerund) return null;
  return content(tokens, 'object', k, end);
}
