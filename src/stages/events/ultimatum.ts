/**
 * Ultimatums: a hostile act announced for the future on a condition ("will withdraw its force unless the
 * president arranges a ceasefire", "will attack if …") is a threat now, not a planned act.
 */
import type { Token } from '../../analysis.js';
import { t } from './candidate.js';
import { sentenceOf } from './clause.js';
import type { EventLexicon, VerbEntry } from './lexicon.js';
import type { ModeResult } from './mode.js';

export function ultimatum(
  lex: EventLexicon,
  doc: Parameters<typeof sentenceOf>[0],
  i: number,
  entry: VerbEntry,
  mode: ModeResult,
): { entry: VerbEntry; mode: ModeResult } {
  const types = lex.coding.ultimatumTypes ?? [];
  if (mode.mode !== 'planned' || !types.includes(entry.type)) return { entry, mode };
  const unlessOnly = (lex.coding.ultimatumUnlessTypes ?? []).includes(entry.type);
  const bounds = sentenceOf(doc, i);
  for (let p = i + 1; p < Math.min(bounds.end, i + 25); p++) {
    const x = t(doc, p) as Token;
    if (x.text === ';') break;
    if (lex.cues.ultimatumCues.has(x.lower) && (!unlessOnly || x.lower === 'unless'))
      return {
        entry: { ...entry, id: `${entry.id}(ultimatum: ${x.lower})`, type: 'THREATEN', cameo: '130' },
        mode: { mode: 'asserted', reason: `a conditional "${x.lower}" makes the announced act a threat` },
      };
  }
  return { entry, mode };
}
