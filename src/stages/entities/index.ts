/** Stage: entities. Filled by its own issue; the document flows through it already. */
import type { Analysis, Stage } from '../../analysis.js';

export const entitiesStage: Stage = {
  name: 'entities',
  run(_doc: Analysis): void {
    // Nothing yet.
  },
};
