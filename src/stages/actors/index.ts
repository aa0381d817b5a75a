/** Stage: actors. Filled by its own issue; the document flows through it already. */
import type { Analysis, Stage } from '../../analysis.js';

export const actorsStage: Stage = {
  name: 'actors',
  run(_doc: Analysis): void {
    // Nothing yet.
  },
};
