/**
 * The one wink-nlp instance of the process. A second instance silently loses custom entities, so every
 * module reaches wink through `wink()`. Only the stages dyad uses are enabled (sentence boundaries, POS).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;

let instance: Wink | null = null;

export function wink(): Wink {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
