export { extract, analyze } from './extract.js';
export { PIPELINE, runPipeline } from './pipeline.js';
export { DyadError, ERRORS, type ErrorCode } from './errors.js';
export { documentSchema } from './schema.js';
export type * from './types.js';
export type { Analysis, ExtractOptions, Stage, Token, Sentence, Mention, TimeRecord } from './analysis.js';
