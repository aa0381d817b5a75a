/**
 * Fixed phrases from the lexicons: references (lexicons/times/references.json: "now" → PRESENT_REF, "the past"
 * → PAST_REF, "the coming weeks" → FUTURE_REF), sets (sets.json: "daily", "every year") and fixed-date holidays
 * (holidays.json: "Christmas" → the 25 December of the year the tense points to).
 */
import { alternation, timesLexicon, type PhraseEntry } from '../lexicon.js';
import { candidate, type Candidate, type ParseContext, type TimeParser } from '../types.js';
import { matchesOf } from './match.js';

interface Table {
  re: RegExp;
  byPhrase: Map<string, PhraseEntry>;
  /** Capitalized inside a sentence, the phrase is (part of) a name. */
  namesWhenCapitalized: boolean;
}

const normalize = (s: string): string => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');

function table(entries: PhraseEntry[], namesWhenCapitalized: boolean): Table {
  const byPhrase = new Map<string, PhraseEntry>();
  for (const e of entries) byPhrase.set(normalize(e.phrase), e);
  return {
    namesWhenCapitalized,
    re: new RegExp(`(?<![\\w'’-])(?:${alternation(byPhrase.keys())})(?![\\w-])`, 'gi'),
    byPhrase,
  };
}

let tables: { references: Table; sets: Table; holidays: Table } | null = null;

function phraseTables(): { references: Table; sets: Table; holidays: Table } {
  if (!tables) {
    const lex = timesLexicon();
    tables = {
      references: table(lex.references, true),
      sets: table(lex.sets, true),
      holidays: table(lex.holidays, false),
    };
  }
  return tables;
}

function* matches(
  ctx: ParseContext,
  t: Table,
): Generator<{ entry: PhraseEntry; start: number; end: number }> {
  for (const m of matchesOf(t.re, ctx.text)) {
    const entry = t.byPhrase.get(normalize(m[0]));
    if (!entry) continue;
    const prevWord = (/([\w.]+)\W*$/.exec(ctx.text.slice(0, m.index))?.[1] ?? '').toLowerCase();
    if (entry.after && !entry.after.includes(prevWord)) continue;
    if (entry.notAfter?.includes(prevWord)) continue;
    const nextWord = (/^\W*([\w.]+)/.exec(ctx.text.slice(m.index + m[0].length))?.[1] ?? '').toLowerCase();
    if (entry.notBefore?.includes(nextWord)) continue;
    // "Breitbart News Daily", "NBC Nightly News", "the Daily Beast": a capital inside a sentence is a name.
    if (
      t.namesWhenCapitalized &&
      m.index > 0 &&
      /^[A-Z]/.test(m[0]) &&
      !/[.!?:"“]\s*$/.test(ctx.text.slice(0, m.index))
    )
      continue;
    yield { entry, start: m.index, end: m.index + m[0].length };
  }
}

export const referenceParser: TimeParser = {
  name: 'reference',
  gate: { words: (lex) => lex.groups.references },
  parse(ctx: ParseContext): Candidate[] {
    const out: Candidate[] = [];
    for (const { entry, start, end } of matches(ctx, phraseTables().references)) {
      out.push(
        candidate(ctx, start, end, {
          value: entry.value ?? 'PRESENT_REF',
          kind: 'date',
          basis: 'relative',
          rule: `dyad:${entry.id}`,
          priority: 2,
        }),
      );
    }
    return out;
  },
};

export const setParser: TimeParser = {
  name: 'set',
  gate: { words: (lex) => lex.groups.sets },
  parse(ctx: ParseContext): Candidate[] {
    const out: Candidate[] = [];
    for (const { entry, start, end } of matches(ctx, phraseTables().sets)) {
      out.push(
        candidate(ctx, start, end, {
          value: entry.value ?? 'XXXX',
          kind: 'set',
          basis: 'explicit',
          rule: `dyad:${entry.id}`,
          priority: 3,
        }),
      );
    }
    return out;
  },
};

/** True when the word right after `relEnd` is a common noun: the holiday name then modifies it. */
function isNounAfter(ctx: ParseContext, relEnd: number): boolean {
  const at = ctx.sentence.start + relEnd;
  for (let i = ctx.sentence.tokenStart; i < ctx.sentence.tokenEnd; i++) {
    const t = ctx.doc.tokens[i];
    if (t && t.start >= at) return t.pos === 'NOUN';
  }
  return false;
}

export const holidayParser: TimeParser = {
  name: 'holiday',
  gate: { words: (lex) => lex.groups.holidays },
  parse(ctx: ParseContext): Candidate[] {
    const out: Candidate[] = [];
    for (const { entry, start, end } of matches(ctx, phraseTables().holidays)) {
      if (!entry.month || !entry.day) continue;
      if (/^\s+[a-z]+/.test(ctx.text.slice(end)) && isNounAfter(ctx, end)) continue; // "Christmas trees"
      const year = /^,?\s+((?:19|20)\d\d)\b/.exec(ctx.text.slice(end));
      if (year) {
        const value = `${year[1]}-${String(entry.month).padStart(2, '0')}-${String(entry.day).padStart(2, '0')}`;
        out.push(
          candidate(ctx, start, end + year[0].length, {
            value,
            kind: 'date',
            basis: 'explicit',
            rule: `dyad:${entry.id}`,
            priority: 2,
          }),
        );
        continue;
      }
      out.push(
        candidate(ctx, start, end, {
          value: null,
          kind: 'date',
          basis: 'relative',
          rule: `dyad:${entry.id}`,
          priority: 2,
          pending: { kind: 'month', month: entry.month, day: entry.day, direction: 'tense' },
        }),
      );
    }
    return out;
  },
};
