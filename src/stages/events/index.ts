/**
 * Stage: events. For each sentence, every token that matches a verb or noun entry of the event lexicon is read
 * with its clause (subject, object, prepositional phrases, control verbs, coordination), its participants
 * linked to entities and actors, and coded with mode, date, location and an explanation.
 */
import type { Analysis, Stage, Token } from '../../analysis.js';
import type { Entity, Event } from '../../types.js';
import { dedupeKey, toEvents } from './coding.js';
import { eventLexicon, type EventLexicon } from './lexicon.js';
import type { DocContext } from './participants.js';
import { indexSentenceChunks } from './participants.js';
import type { Candidate } from './triggers.js';
import { nounCandidate, verbCandidate } from './triggers.js';

function sportSentence(doc: Analysis, lex: EventLexicon, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (lex.cues.sport.has((doc.tokens[k] as Token).lower)) return true;
  return false;
}

function verbish(tok: Token, prev: Token | undefined): boolean {
  if (tok.pos === 'VERB') return true;
  // wink tags some gerunds and participles as nouns or adjectives ("by freezing").
  if (
    (tok.pos === 'NOUN' || tok.pos === 'ADJ') &&
    tok.lower.endsWith('ing') &&
    prev !== undefined &&
    ['ADP', 'SCONJ', 'CCONJ', 'VERB'].includes(prev.pos)
  )
    return true;
  return false;
}

export function codeSentence(
  ctx: DocContext,
  lex: EventLexicon,
  sentence: number,
  nextId: () => string,
): Event[] {
  const { doc } = ctx;
  const s = doc.sentences[sentence];
  if (!s) return [];
  indexSentenceChunks(ctx, sentence);
  const sport = sportSentence(doc, lex, s.tokenStart, s.tokenEnd);
  const candidates: Candidate[] = [];
  const consumed = new Set<number>();
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const tok = doc.tokens[i] as Token;
    if (!verbish(tok, doc.tokens[i - 1])) continue;
    const entries = lex.verbs.get(tok.lower) ?? lex.verbs.get(tok.lemma);
    if (!entries) continue;
    for (const entry of entries) {
      if (sport && entry.sport) continue;
      const c = verbCandidate(ctx, lex, i, entry);
      if (!c) continue;
      candidates.push(c);
      if (c.consumed !== null) consumed.add(c.consumed);
      break;
    }
  }
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const tok = doc.tokens[i] as Token;
    if (tok.pos !== 'NOUN' && tok.pos !== 'PROPN') continue;
    const entries = lex.nouns.get(tok.lower) ?? lex.nouns.get(tok.lemma);
    if (!entries) continue;
    for (const entry of entries) {
      if (sport && entry.sport) continue;
      const c = nounCandidate(ctx, lex, i, entry, consumed);
      if (!c) continue;
      candidates.push(c);
      break;
    }
  }
  // What a coded verb governs ("threatened to attack", "refused to meet") is its content, not another event.
  const triggers = new Set(candidates.map((c) => c.trigger.start));
  const kept = candidates.filter((c) => c.governor === null || !triggers.has(c.governor));
  kept.sort((a, b) => a.trigger.start - b.trigger.start);
  const out: Event[] = [];
  const seen = new Set<string>();
  for (const c of kept) {
    for (const e of toEvents(ctx, lex, c, nextId)) {
      const key = dedupeKey(e, sentence);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(e);
      const source = c.sources.find((p) => p.actor.code === e.source.actor.code) ?? c.sources[0];
      const target = e.target ? (c.targets.find((p) => p.actor.code === e.target?.actor.code) ?? null) : null;
      if (source) ctx.pairs.push({ source, target, sentence });
    }
  }
  return out;
}

export const eventsStage: Stage = {
  name: 'events',
  run(doc: Analysis): void {
    const lex = eventLexicon();
    const entities = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
    const ctx: DocContext = { doc, entities, chunks: [], pairs: [] };
    let n = 0;
    const nextId = (): string => `ev${++n}`;
    for (let s = 0; s < doc.sentences.length; s++) {
      try {
        doc.events.push(...codeSentence(ctx, lex, s, nextId));
      } catch (err) {
        // One sentence that trips the analysis must not lose the article.
        const sentence = doc.sentences[s];
        doc.diagnostics.push({
          code: 'EVENTS_SENTENCE_FAILED',
          stage: 'events',
          message: (err as Error).message,
          ...(sentence
            ? {
                span: {
                  start: sentence.start,
                  end: sentence.end,
                  text: doc.text.slice(sentence.start, sentence.end),
                },
              }
            : {}),
        });
      }
    }
  },
};
