/** Stage: quotes. Filled by its own issue; the document flows through it already. */
import type { Analysis, Stage } from '../../analysis.js';

export const quotesStage: Stage = {
  name: 'quotes',
  run(_doc: Analysis): void {
    // Nothing yet.
  },
};
