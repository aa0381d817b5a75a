/** Stage: events. Filled by its own issue; the document flows through it already. */
import type { Analysis, Stage } from '../../analysis.js';

export const eventsStage: Stage = {
  name: 'events',
  run(_doc: Analysis): void {
    // Nothing yet.
  },
};
