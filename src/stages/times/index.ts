/** Stage: times. Filled by its own issue; the document flows through it already. */
import type { Analysis, Stage } from '../../analysis.js';

export const timesStage: Stage = {
  name: 'times',
  run(_doc: Analysis): void {
    // Nothing yet.
  },
};
