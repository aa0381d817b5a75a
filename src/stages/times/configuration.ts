/**
 * The ordered configuration of the times stage, as in chrono: parsers propose candidates sentence by sentence,
 * refiners then run in this order over the whole document's candidates.
 */
import { chronoParser } from './parsers/chrono.js';
import { decadeParser } from './parsers/decades.js';
import { discourseParser } from './parsers/anchors.js';
import { durationParser } from './parsers/durations.js';
import { offsetParser } from './parsers/offsets.js';
import { holidayParser, referenceParser, setParser } from './parsers/phrases.js';
import { monthParser } from './parsers/months.js';
import { quarterParser } from './parsers/quarters.js';
import { recurringParser } from './parsers/recurring.js';
import { relativeParser } from './parsers/relative.js';
import { seasonParser } from './parsers/seasons.js';
import { yearParser } from './parsers/years.js';
import { falsePositiveRefiner } from './refiners/false-positives.js';
import { metadataRefiner } from './refiners/metadata.js';
import { modifierRefiner } from './refiners/modifiers.js';
import { overlapRefiner } from './refiners/overlaps.js';
import { resolveRefiner } from './refiners/resolve.js';
import type { TimeParser, TimeRefiner } from './types.js';

export const PARSERS: readonly TimeParser[] = [
  chronoParser,
  yearParser,
  monthParser,
  decadeParser,
  seasonParser,
  quarterParser,
  relativeParser,
  offsetParser,
  discourseParser,
  durationParser,
  referenceParser,
  setParser,
  recurringParser,
  holidayParser,
];

export const REFINERS: readonly TimeRefiner[] = [
  metadataRefiner,
  falsePositiveRefiner,
  overlapRefiner,
  modifierRefiner,
  resolveRefiner,
];
