/**
 * When and where: the date from the times stage (the clause's own expression, else the narrative time, else
 * the publication date), and the location from "in / at / on the sidelines of" phrases naming a place.
 */
import type { Analysis, Token } from '../../analysis.js';
import type { EventDate, EventLocation } from '../../types.js';
import { governingTime } from '../times/govern.js';
import { chunkFrom, sentenceOf } from './clause.js';
import { fallbackIndex } from './fallback.js';
import type { DocContext } from './participants.js';
import { grammar } from './lexicon.js';
import { span } from './participants.js';

export interface Dated {
  date: EventDate | null;
  reason: string;
}

export function dateOf(doc: Analysis, trigger: number, anchors: readonly number[] = []): Dated {
  let governed = governingTime(doc, trigger);
  // A clause without a time of its own takes the time of the verb it hangs from ("announced in February …
  // and then ordered warplanes to shoot it down").
  if (governed?.reason !== 'time:same-clause') {
    for (const a of anchors) {
      const g = governingTime(doc, a);
      if (g && g.reason !== 'time:narrative') {
        governed = { ...g, reason: `${g.reason} of "${doc.tokens[a]?.text ?? ''}"` };
        break;
      }
    }
  }
  if (governed) {
    const { time } = governed;
    return {
      date: { value: time.value, span: { ...time.span }, basis: governed.basis },
      reason: `${governed.reason} "${time.span.text}"`,
    };
  }
  const published = doc.options.publishedAt;
  if (published)
    return { date: { value: published, span: null, basis: 'publication' }, reason: 'publication date' };
  return { date: null, reason: 'no date' };
}

function locationAt(ctx: DocContext, p: number, limit: number, used: Set<number>): EventLocation | null {
  const { doc } = ctx;
  const chunk = chunkFrom(doc, p, limit);
  if (!chunk) return null;
  for (let k = chunk.start; k < chunk.end; k++) if (used.has(k)) return null;
  const headTok = doc.tokens[chunk.head] as Token;
  if (
    grammar().timeWords.has(headTok.lower) ||
    doc.times.some((x) => chunk.head >= x.tokenStart && chunk.head < x.tokenEnd)
  )
    return null;
  // A place entity from the entities stage.
  for (let k = chunk.start; k < chunk.end; k++) {
    const m = doc.tokenMention[k] ?? -1;
    const mention = m >= 0 ? doc.mentions[m] : undefined;
    const entity = mention ? ctx.entities.get(mention.entity) : undefined;
    if (
      mention &&
      entity &&
      (entity.kind === 'location' || entity.kind === 'country' || entity.kind === 'organization')
    ) {
      if (entity.kind === 'organization' && !/[A-Z]/.test(headTok.text)) continue;
      return {
        name:
          entity.kind === 'organization'
            ? span(doc, chunk.start, chunk.end).text.replace(/^the /i, '')
            : entity.kind === 'country'
              ? doc.text.slice(mention.start, mention.end)
              : entity.name,
        country: entity.country,
        lat: entity.lat ?? null,
        lon: entity.lon ?? null,
        span: { start: mention.start, end: mention.end, text: doc.text.slice(mention.start, mention.end) },
      };
    }
  }
  // Fallback: a proper-name phrase; its country where dyad knows the name.
  const names: Token[] = [];
  for (let k = chunk.start; k < chunk.end; k++) {
    const x = doc.tokens[k] as Token;
    if (x.pos === 'PROPN' && /^[A-Z]/.test(x.text)) names.push(x);
  }
  const fb = fallbackIndex();
  if (!names.length) return null;
  if (headTok.pos !== 'PROPN' && names.every((x) => fb.countries.has(x.lower))) return null;
  const first = names[0] as Token;
  const last = names[names.length - 1] as Token;
  const name = doc.text.slice(first.start, last.end);
  const country = fb.countries.get(name.toLowerCase()) ?? fb.countries.get(first.lower) ?? null;
  return { name, country, lat: null, lon: null, span: { start: first.start, end: last.end, text: name } };
}

/** ", officials in Paris said": an attribution after a comma is another clause. */
function attributionAfter(doc: Analysis, comma: number, end: number): boolean {
  for (let p = comma + 1; p < Math.min(end, comma + 7); p++) {
    const x = doc.tokens[p] as Token;
    if (x.pos === 'VERB') return grammar().attributionVerbs.has(x.lemma);
  }
  return false;
}

/** The place of the event: the nearest locative phrase after the trigger in its sentence, else before it. */
export function locationOf(
  ctx: DocContext,
  trigger: number,
  used: Set<number>,
): { location: EventLocation | null; reason: string } {
  const { doc } = ctx;
  const bounds = sentenceOf(doc, trigger);
  // Forward to the end of the clause; backward only within the clause (no verb or conjunction between).
  const order: number[] = [];
  for (let p = trigger + 1; p < Math.min(bounds.end, trigger + 30); p++) {
    const x = doc.tokens[p] as Token;
    if (
      x.pos === 'SCONJ' ||
      x.text === ';' ||
      ((x.lower === 'who' || x.lower === 'which') && p > trigger + 1) ||
      (x.text === ',' && attributionAfter(doc, p, bounds.end))
    )
      break;
    order.push(p);
  }
  for (let p = trigger - 1; p >= bounds.start; p--) {
    const x = doc.tokens[p] as Token;
    if ((x.pos === 'VERB' && p < trigger - 1) || x.pos === 'SCONJ' || x.text === ';') break;
    order.push(p);
  }
  for (const p of order) {
    const x = doc.tokens[p] as Token;
    let at = -1;
    let how = '';
    if (grammar().locative.has(x.lower)) {
      at = p + 1;
      how = `${x.lower}-PP`;
    } else if (x.lower === 'sidelines' && doc.tokens[p + 1]?.lower === 'of') {
      at = p + 2;
      how = 'on-the-sidelines-of';
    }
    if (at < 0) continue;
    const loc = locationAt(ctx, at, bounds.end, used);
    if (loc) return { location: loc, reason: `${how} "${loc.name}"` };
  }
  return { location: null, reason: 'none' };
}
