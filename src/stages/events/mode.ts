/**
 * Mode of an event: negated, hypothetical, planned, else asserted — from the verb group of the trigger and of
 * each verb that governs it (control chain), the clause's conditionals, and a noun trigger's modifiers.
 * Reported speech keeps the mode of what it reports: "said" itself changes nothing, but "said X would"
 * reads "would" as the future of the report (planned).
 */
import type { Analysis, Token } from '../../analysis.js';
import type { EventMode } from '../../types.js';
import { sentenceOf, verbGroup } from './clause.js';
import type { EventLexicon } from './lexicon.js';

export interface ModeResult {
  mode: EventMode;
  reason: string;
}

const RANK: Record<EventMode, number> = { asserted: 0, planned: 1, hypothetical: 2, negated: 3 };

function stronger(a: ModeResult, b: ModeResult): ModeResult {
  return RANK[b.mode] > RANK[a.mode] ? b : a;
}

/** Cues in a verb group: auxiliaries, modals, negation. */
function groupMode(doc: Analysis, lex: EventLexicon, verb: number, reported: boolean): ModeResult {
  const vg = verbGroup(doc, verb);
  let out: ModeResult = { mode: 'asserted', reason: 'asserted' };
  for (const a of vg.aux) {
    const w = a.lower;
    if (lex.cues.negation.has(w)) out = stronger(out, { mode: 'negated', reason: `negation "${a.text}"` });
    else if (lex.cues.reportedFuture.has(w) && reported)
      out = stronger(out, { mode: 'planned', reason: `reported future "${a.text}"` });
    else if (lex.cues.hypothetical.has(w))
      out = stronger(out, { mode: 'hypothetical', reason: `modal "${a.text}"` });
    else if (lex.cues.planned.has(w)) out = stronger(out, { mode: 'planned', reason: `future "${a.text}"` });
  }
  // "is to visit", "are set to meet"
  const before = doc.tokens[vg.start - 1];
  if (before?.lower === 'to') {
    // "is to visit"; "is about to visit" (the word between is a planned modifier).
    const mid = doc.tokens[vg.start - 2];
    const gov = mid && lex.cues.plannedModifiers.has(mid.lower) ? doc.tokens[vg.start - 3] : mid;
    if (
      gov &&
      gov.pos === 'AUX' &&
      gov.lemma === 'be' &&
      !lex.cues.beToIdioms.has((doc.tokens[verb] as Token).lemma)
    )
      out = stronger(out, { mode: 'planned', reason: `"${gov.text} to"` });
  }
  return out;
}

/** Whether a speech verb precedes position i in its sentence ("said (that) X would …"). */
function reportedAt(doc: Analysis, lex: EventLexicon, i: number): boolean {
  const bounds = sentenceOf(doc, i);
  for (let p = bounds.start; p < i; p++) {
    const x = doc.tokens[p] as Token;
    if (x.pos === 'VERB' && lex.cues.speechVerbs.has(x.lemma)) return true;
  }
  return false;
}

/** A denial earlier in the sentence governs what it reports ("denied that it had attacked"). */
function deniedAt(doc: Analysis, lex: EventLexicon, i: number): ModeResult | null {
  const bounds = sentenceOf(doc, i);
  for (let p = i - 1; p >= bounds.start && p >= i - 15; p--) {
    const x = doc.tokens[p] as Token;
    if (x.pos === 'VERB' && x.lemma === 'deny') return { mode: 'negated', reason: `denied by "${x.text}"` };
  }
  return null;
}

/** Conditionals earlier in the clause ("if he decides to attend"). */
function conditional(doc: Analysis, lex: EventLexicon, from: number): ModeResult | null {
  const bounds = sentenceOf(doc, from);
  for (let p = from - 1; p >= bounds.start && p >= from - 12; p--) {
    const x = doc.tokens[p] as Token;
    if (x.text === ';' || x.text === '.') break;
    if (x.lower === 'if' || x.lower === 'unless' || x.lower === 'whether')
      return { mode: 'hypothetical', reason: `conditional "${x.text}"` };
    if (x.pos === 'SCONJ') break;
  }
  return null;
}

/** Mode for a trigger with its governing chain (nearest first). */
export function modeOf(
  doc: Analysis,
  lex: EventLexicon,
  trigger: number,
  chain: readonly number[],
  verbal: boolean,
): ModeResult {
  const reported = reportedAt(doc, lex, trigger);
  let out: ModeResult = verbal
    ? groupMode(doc, lex, trigger, reported)
    : { mode: 'asserted', reason: 'asserted' };
  for (const g of chain) {
    const gov = doc.tokens[g] as Token;
    out = stronger(out, groupMode(doc, lex, g, reported));
    if (lex.cues.negationVerbs.has(gov.lemma))
      out = stronger(out, { mode: 'negated', reason: `governed by "${gov.text}"` });
    else if (lex.cues.plannedControl.has(gov.lemma) || lex.cues.plannedModifiers.has(gov.lower))
      out = stronger(out, { mode: 'planned', reason: `governed by "${gov.text}"` });
    else if (lex.cues.hypothetical.has(gov.lemma) || lex.cues.hypothetical.has(gov.lower))
      out = stronger(out, { mode: 'hypothetical', reason: `governed by "${gov.text}"` });
  }
  const denial = deniedAt(doc, lex, trigger);
  if (denial) out = stronger(out, denial);
  const cond = conditional(doc, lex, chain.length ? Math.min(trigger, ...chain) : trigger);
  if (cond) out = stronger(out, cond);
  return out;
}

/** Extra cues a noun trigger carries in its own phrase ("a planned visit", "no talks"). */
export function nounMode(doc: Analysis, lex: EventLexicon, start: number, head: number): ModeResult | null {
  for (let p = start; p < head; p++) {
    const x = doc.tokens[p] as Token;
    if (x.lower === 'no') return { mode: 'negated', reason: 'determiner "no"' };
    if (lex.cues.plannedModifiers.has(x.lower)) return { mode: 'planned', reason: `modifier "${x.text}"` };
    if (x.lower === 'possible' || x.lower === 'potential')
      return { mode: 'hypothetical', reason: `modifier "${x.text}"` };
  }
  return null;
}

export { stronger as strongerMode };
