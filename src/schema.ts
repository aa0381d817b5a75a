/**
 * The output contract as a zod schema (../shared/spec/output.md). `checkDocument` also verifies that every
 * span's text is the article's text at its offsets.
 */
import { z } from 'zod';
import { EVENT_MODES, EVENT_TYPES, type DyadDocument, type Span } from './types.js';

const iso3 = z.string().regex(/^[A-Z]{3}$/);
const timex =
  /^(\d{4}(-(\d{2}(-\d{2}(T[\d:.]+)?)?|W\d{2}(-\d|-WE)?|SP|SU|FA|WI|Q\d|H\d))?|\d{2,3}X{1,2}|PRESENT_REF|PAST_REF|FUTURE_REF|P[\dT.YMWDHS]+|XXXX[\w-]*)$/;

export const spanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string(),
});

export const actorSchema = z.object({
  code: z.string().min(1),
  country: iso3.nullable(),
  sector: z.string().nullable(),
  name: z.string(),
});

export const entitySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(['person', 'organization', 'country', 'location', 'group']),
  actor: actorSchema.nullable(),
  country: iso3.nullable(),
  role: z.string().nullable(),
  mentions: z.array(spanSchema).min(1),
});

const participantSchema = z.object({
  entity: z.string().nullable(),
  actor: actorSchema,
  span: spanSchema.nullable(),
});

export const eventSchema = z.object({
  id: z.string().min(1),
  type: z.enum(EVENT_TYPES),
  mode: z.enum(EVENT_MODES),
  cameo: z.string().regex(/^\d{2,4}$/),
  quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  intensity: z.number().min(-10).max(10),
  source: participantSchema,
  target: participantSchema.nullable(),
  date: z
    .object({
      value: z.string().regex(timex),
      span: spanSchema.nullable(),
      basis: z.enum(['explicit', 'relative', 'publication', 'inferred']),
    })
    .nullable(),
  location: z
    .object({
      name: z.string(),
      country: iso3.nullable(),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
      span: spanSchema.nullable(),
    })
    .nullable(),
  trigger: spanSchema,
  sentence: spanSchema,
  explanation: z.string().min(1),
});

export const quoteSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['direct', 'indirect']),
  span: spanSchema,
  speaker: z.object({
    entity: z.string().nullable(),
    name: z.string(),
    actor: actorSchema.nullable(),
    span: spanSchema.nullable(),
  }),
  cue: spanSchema.nullable(),
});

export const timeSchema = z.object({
  span: spanSchema,
  value: z.string().regex(timex),
  kind: z.enum(['date', 'time', 'duration', 'set']),
});

export const documentSchema = z.object({
  schema: z.literal('dyad/1'),
  document: z.object({
    id: z.string(),
    title: z.string().nullable(),
    publishedAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    source: z.string().nullable(),
    language: z.literal('en'),
  }),
  entities: z.array(entitySchema),
  events: z.array(eventSchema),
  quotes: z.array(quoteSchema),
  times: z.array(timeSchema),
});

/** Every problem with `doc` as output for `text`: schema violations, bad spans, dangling entity ids. */
export function checkDocument(text: string, doc: DyadDocument): string[] {
  const problems: string[] = [];
  const parsed = documentSchema.safeParse(doc);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  }
  const checkSpan = (where: string, s: Span | null | undefined): void => {
    if (!s) return;
    if (s.start >= s.end || s.end > text.length) problems.push(`${where}: bad offsets ${s.start}..${s.end}`);
    else if (text.slice(s.start, s.end) !== s.text)
      problems.push(`${where}: span text differs from the article`);
  };
  const ids = new Set(doc.entities.map((e) => e.id));
  doc.entities.forEach((e, i) => e.mentions.forEach((m, j) => checkSpan(`entities.${i}.mentions.${j}`, m)));
  doc.events.forEach((e, i) => {
    checkSpan(`events.${i}.trigger`, e.trigger);
    checkSpan(`events.${i}.sentence`, e.sentence);
    checkSpan(`events.${i}.date`, e.date?.span);
    checkSpan(`events.${i}.location`, e.location?.span);
    for (const role of ['source', 'target'] as const) {
      const p = e[role];
      if (!p) continue;
      checkSpan(`events.${i}.${role}`, p.span);
      if (p.entity !== null && !ids.has(p.entity))
        problems.push(`events.${i}.${role}: unknown entity ${p.entity}`);
    }
  });
  doc.quotes.forEach((q, i) => {
    checkSpan(`quotes.${i}.span`, q.span);
    checkSpan(`quotes.${i}.cue`, q.cue);
    checkSpan(`quotes.${i}.speaker`, q.speaker.span);
    if (q.speaker.entity !== null && !ids.has(q.speaker.entity))
      problems.push(`quotes.${i}: unknown entity ${q.speaker.entity}`);
  });
  doc.times.forEach((t, i) => checkSpan(`times.${i}.span`, t.span));
  return problems;
}
