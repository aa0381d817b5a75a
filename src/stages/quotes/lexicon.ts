/** The speech lexicon (lexicons/speech/cues.json), indexed once per process. */
import { loadJson } from '../../lexicon/load.js';

/** What a cue verb's content can be besides a clause (complements.ts). */
export type Complement = 'infinitive' | 'object-infinitive' | 'object' | 'question';

export interface CueVerb {
  id: string;
  inverts: boolean;
  indirect: boolean;
  object: boolean;
  /** Reports content only with an explicit "that" ("a poll shows that …"). */
  needsThat: boolean;
  complements: ReadonlySet<Complement>;
  /** Frames direct quotations (false for verbs of intention or judgement: "wants", "criticized"). */
  framesQuotes: boolean;
}

interface RawVerb {
  id: string;
  forms: string[];
  inverts: boolean;
  indirect: boolean;
  object?: boolean;
  needsThat?: boolean;
  complements?: Complement[];
  framesQuotes?: boolean;
}

interface RawCues {
  verbs: RawVerb[];
  prepositions: { id: string; forms: string[] }[];
  sourceNouns: string[];
  evidenceNouns: string[];
  pronouns: Record<string, string>;
  honorifics: string[];
}

export interface SpeechLexicon {
  /** One-word cue forms, by lowercase form. */
  verbs: Map<string, CueVerb>;
  /** Two-word cue forms ("pointed out"), by first word then second word. */
  phrasal: Map<string, Map<string, CueVerb>>;
  /** "according to": first word → second word → id. */
  prepositions: Map<string, Map<string, string>>;
  /** Every word a cue can start with (one lookup rules most tokens out). */
  firstWords: Set<string>;
  sourceNouns: Set<string>;
  /** Nouns for findings that report without "that" ("a poll shows Clinton ahead", "the study found …"). */
  evidenceNouns: Set<string>;
  pronouns: Map<string, string>;
  honorifics: Set<string>;
}

export interface Grammar {
  determiners: Set<string>;
  betweenSpeakerAndCue: Set<string>;
  adverbsBeforeCue: Set<string>;
  participleLeads: Set<string>;
  speakerPrepositions: Set<string>;
  phraseLinks: Set<string>;
  passiveAuxiliaries: Set<string>;
  timeWords: Set<string>;
  timeLeads: Set<string>;
  titleMinorWords: Set<string>;
  subordinators: Set<string>;
  contentBreaks: Set<string>;
  circumstantial: Set<string>;
  hypothetical: Set<string>;
  colonLabels: Set<string>;
  questionWords: Set<string>;
  quantifiers: Set<string>;
}

let cached: SpeechLexicon | null = null;
let cachedGrammar: Grammar | null = null;

/** Closed-class word lists (lexicons/speech/grammar.json), as sets. */
export function grammar(): Grammar {
  if (cachedGrammar) return cachedGrammar;
  const raw = loadJson<Record<keyof Grammar, string[]>>('speech/grammar.json');
  const set = (k: keyof Grammar): Set<string> => new Set(raw[k]);
  cachedGrammar = {
    determiners: set('determiners'),
    betweenSpeakerAndCue: set('betweenSpeakerAndCue'),
    adverbsBeforeCue: set('adverbsBeforeCue'),
    participleLeads: set('participleLeads'),
    speakerPrepositions: set('speakerPrepositions'),
    phraseLinks: set('phraseLinks'),
    passiveAuxiliaries: set('passiveAuxiliaries'),
    timeWords: set('timeWords'),
    timeLeads: set('timeLeads'),
    titleMinorWords: set('titleMinorWords'),
    subordinators: set('subordinators'),
    contentBreaks: set('contentBreaks'),
    circumstantial: set('circumstantial'),
    hypothetical: set('hypothetical'),
    colonLabels: set('colonLabels'),
    questionWords: set('questionWords'),
    quantifiers: set('quantifiers'),
  };
  return cachedGrammar;
}

export function speechLexicon(): SpeechLexicon {
  if (cached) return cached;
  const raw = loadJson<RawCues>('speech/cues.json');
  const verbs = new Map<string, CueVerb>();
  const phrasal = new Map<string, Map<string, CueVerb>>();
  for (const v of raw.verbs) {
    const cue: CueVerb = {
      id: v.id,
      inverts: v.inverts,
      indirect: v.indirect,
      object: v.object ?? false,
      needsThat: v.needsThat ?? false,
      complements: new Set(v.complements ?? []),
      framesQuotes: v.framesQuotes ?? true,
    };
    for (const form of v.forms) {
      const words = form.split(' ');
      if (words.length === 1) verbs.set(form, cue);
      else {
        const [first, second] = words as [string, string];
        const inner = phrasal.get(first) ?? new Map<string, CueVerb>();
        inner.set(second, cue);
        phrasal.set(first, inner);
      }
    }
  }
  const prepositions = new Map<string, Map<string, string>>();
  for (const p of raw.prepositions)
    for (const form of p.forms) {
      const [first, second] = form.split(' ') as [string, string];
      const inner = prepositions.get(first) ?? new Map<string, string>();
      inner.set(second, p.id);
      prepositions.set(first, inner);
    }
  cached = {
    verbs,
    phrasal,
    prepositions,
    firstWords: new Set([...verbs.keys(), ...phrasal.keys(), ...prepositions.keys()]),
    sourceNouns: new Set(raw.sourceNouns),
    evidenceNouns: new Set(raw.evidenceNouns),
    pronouns: new Map(Object.entries(raw.pronouns)),
    honorifics: new Set(raw.honorifics),
  };
  return cached;
}
