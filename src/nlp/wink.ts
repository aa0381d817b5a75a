/**
 * The one wink-nlp instance of the process. A second instance silently loses custom entities, so every
 * module reaches wink through `wink()` / `readDoc()`. Only the stages dyad uses are enabled (sentence
 * boundaries, POS). The model is loaded on first use, so a thread that only dispatches work (--workers)
 * never loads it.
 *
 * Memory: wink adds every word it has not seen (names, numbers, typos) to its lexicon for good, about 300
 * bytes each, so over a long news stream the instance would grow without bound. `readDoc` watches how many
 * words were added (token ids above the model's own lexicon) and, past `MAX_NEW_WORDS`, starts a fresh
 * instance: tagging does not depend on what earlier documents added, so outputs are unchanged.
 */
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';

type Wink = ReturnType<typeof winkNLP>;
type Model = Parameters<typeof winkNLP>[0];
type WinkDoc = ReturnType<Wink['readDoc']>;

/** Words added beyond the model's lexicon before the instance is replaced (≈ 10 MB; each renewal costs ≈ 70 ms). */
export const MAX_NEW_WORDS = 30_000;
/** Documents between two checks of the lexicon's growth. */
const CHECK_EVERY = 32;

let model: Model | null = null;
let instance: Wink | null = null;
/** Id the first word added to the current instance's lexicon gets. */
let firstNewId = 0;
let sinceCheck = 0;
let renewals = 0;
let renewDue = false;
let maxNewWords = MAX_NEW_WORDS;

/** Sets the growth limit (tests use a small one to exercise the renewal); returns the previous limit. */
export function setMaxNewWords(n: number): number {
  const before = maxNewWords;
  maxNewWords = n;
  return before;
}

/**
 * The model, with its `metaCER` loader called once: wink-eng-lite-web-model's loader re-stringifies its
 * already stringified machine on every call, so each new instance would double a string until it breaks.
 */
function loadModel(): Model {
  const base = createRequire(import.meta.url)('wink-eng-lite-web-model') as Model & { metaCER(): unknown };
  const cer = base.metaCER();
  const lemmatize = base.addons.lemmatize as Lemmatize | undefined;
  const addons = lemmatize ? { ...base.addons, lemmatize: remembered(lemmatize) } : base.addons;
  return { ...base, metaCER: () => cer, addons } as Model;
}

/** The model's lemmatizer: (word, POS, wink's cache) → lemma. */
type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/** Distinct (word, POS) pairs remembered before the memory of `remembered` starts over. */
const LEMMAS_REMEMBERED = 50_000;

/**
 * The lemmatizer with its answers remembered per POS and word. wink calls it for every token its lexicon gives
 * no single lemma; for nouns, verbs and adjectives its suffix rules and lexicon probes cost more than a lookup
 * (for other parts of speech it returns the word, so those are not remembered). Exact: its answer depends only
 * on the word, the POS and the model's own lexicon (words wink adds while reading are never base forms to it),
 * so it is the same for every instance.
 */
function remembered(lemmatize: Lemmatize): Lemmatize {
  const byPos = new Map<string, Map<string, string>>();
  let size = 0;
  return (value, pos, cache) => {
    // Other parts of speech are returned as they are at once (proper nouns are most of the calls).
    if (pos !== 'NOUN' && pos !== 'VERB' && pos !== 'ADJ') return lemmatize(value, pos, cache);
    let known = byPos.get(pos);
    if (!known) byPos.set(pos, (known = new Map()));
    let lemma = known.get(value);
    if (lemma === undefined) {
      lemma = lemmatize(value, pos, cache);
      if (++size > LEMMAS_REMEMBERED) {
        for (const m of byPos.values()) m.clear();
        size = 1;
      }
      known.set(value, lemma);
    }
    return lemma;
  };
}

function fresh(): Wink {
  model ??= loadModel();
  const nlp = winkNLP(model, ['sbd', 'pos']);
  // A word no lexicon holds gets the next free id: the size of the model's own lexicon.
  firstNewId = (nlp.readDoc('qzxjvdyadprobe').tokens().out(nlp.its.uniqueId) as number[])[0] ?? 0;
  sinceCheck = 0;
  return nlp;
}

export function wink(): Wink {
  instance ??= fresh();
  return instance;
}

/** How many times the instance was replaced to bound its lexicon (for tests and benchmarks). */
export function winkRenewals(): number {
  return renewals;
}

/**
 * A full collection, when the host exposes one (`node --expose-gc`, as bin/dyad runs): the old instance and
 * the ~30k words it added (≈ 20 MB) are then freed before the new instance is built, instead of lingering
 * until the next full collection while the new one fills up. With two workers renewing at about the same
 * time, that lingering was the run's peak RSS (+25–35 MB). It costs ≈ 50 ms per renewal, i.e. per ~30k new
 * words. Without `--expose-gc` the renewal works the same, only with that spike.
 */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc === 'function') gc();
}

/**
 * Reads a document with the process's instance, replacing the instance first when the last check found its
 * lexicon too large. The replacement happens before a read, never while a document of the old instance may
 * still be in use: creating an instance resets model tables the older one shares.
 */
export function readDoc(text: string): WinkDoc {
  if (renewDue) {
    // The old instance is let go, and collected when the host allows it, before the new one is built: else
    // both are in the heap at once, a spike that two workers renewing together add up.
    instance = null;
    collectGarbage();
    instance = fresh();
    renewDue = false;
    renewals++;
  }
  const nlp = wink();
  const doc = nlp.readDoc(text);
  if (++sinceCheck >= CHECK_EVERY) {
    sinceCheck = 0;
    const ids = doc.tokens().out(nlp.its.uniqueId) as number[];
    let top = 0;
    for (const id of ids) if (id > top) top = id;
    renewDue = top - firstNewId > maxNewWords;
  }
  return doc;
}
