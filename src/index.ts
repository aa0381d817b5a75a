export { extract, analyze, extractMany, analyzeMany, BATCH_SIZE, type ExtractInput } from './extract.js';
export { PIPELINE, runPipeline, runPipelineBatch } from './pipeline.js';
export { DyadError, ERRORS, type ErrorCode } from './errors.js';
export { documentSchema } from './schema.js';
export type * from './types.js';
export type { Analysis, ExtractOptions, Stage, Token, Sentence, Mention, TimeRecord } from './analysis.js';
