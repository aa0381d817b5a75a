/**
 * The ordered configuration of stages, in the spirit of chrono's parsers and refiners: each stage reads the
 * layers of the stages before it and appends its own.
 */
import type { Analysis, Stage } from './analysis.js';
import { textStage } from './stages/text/index.js';
import { entitiesStage } from './stages/entities/index.js';
import { actorsStage } from './stages/actors/index.js';
import { timesStage } from './stages/times/index.js';
import { eventsStage } from './stages/events/index.js';
import { quotesStage } from './stages/quotes/index.js';

export const PIPELINE: readonly Stage[] = [
  textStage,
  entitiesStage,
  actorsStage,
  timesStage,
  eventsStage,
  quotesStage,
];

export function runPipeline(doc: Analysis, stages: readonly Stage[] = PIPELINE): Analysis {
  for (const stage of stages) {
    const t0 = performance.now();
    stage.run(doc);
    doc.timings[stage.name] = (doc.timings[stage.name] ?? 0) + performance.now() - t0;
  }
  return doc;
}
