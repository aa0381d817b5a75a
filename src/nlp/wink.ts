/**
 * The one wink-nlp instance of the process. A second instance silently loses custom entities, so every
 * module reaches wink through `wink()`. Only the stages dyad uses are enabled (sentence boundaries, POS).
 * The model is loaded on first use, so a thread that only dispatches work (--workers) never loads it.
 */
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';

type Wink = ReturnType<typeof winkNLP>;
type Model = Parameters<typeof winkNLP>[0];

let instance: Wink | null = null;

export function wink(): Wink {
  if (!instance) {
    const model = createRequire(import.meta.url)('wink-eng-lite-web-model') as Model;
    instance = winkNLP(model, ['sbd', 'pos']);
  }
  return instance;
}
