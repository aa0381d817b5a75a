/** Indirect attributions (placeholder, filled below). */
import type { Analysis } from '../../analysis.js';
import type { Quote } from '../../types.js';
import type { Stretch } from './marks.js';
import type { SpeakerContext } from './speaker.js';

export function indirectQuotes(
  _doc: Analysis,
  _taken: readonly Quote[],
  _stretches: readonly Stretch[],
  _ctx: SpeakerContext,
): Quote[] {
  return [];
}
