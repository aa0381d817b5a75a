/**
 * The output contract (`dyad/1`, see ../shared/spec/output.md), defined once and shared by every stage.
 * Offsets are UTF-16 code-unit indices into the article text exactly as given; `end` is exclusive.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type EntityKind = 'person' | 'organization' | 'country' | 'location' | 'group';

/** CAMEO role codes for actor sectors. */
export type Sector =
  | 'GOV'
  | 'MIL'
  | 'LEG'
  | 'JUD'
  | 'COP'
  | 'ELI'
  | 'OPP'
  | 'REB'
  | 'BUS'
  | 'MED'
  | 'EDU'
  | 'NGO'
  | 'IGO'
  | 'CVL'
  | 'REF'
  | 'SPY';

export interface Actor {
  /** `country + sector` ("USAMIL"), the bare country ("CHN"), or an IGO code ("IGONAT"). */
  code: string;
  /** ISO 3166-1 alpha-3, or null for international or unknown actors. */
  country: string | null;
  sector: Sector | null;
  name: string;
}

export interface Entity {
  id: string;
  /** Canonical full name ("Antony J. Blinken", not "Mr Blinken"). */
  name: string;
  kind: EntityKind;
  actor: Actor | null;
  country: string | null;
  role: string | null;
  mentions: Span[];
  /** Places only, where known. */
  lat?: number;
  lon?: number;
}

export const EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_MODES = ['asserted', 'negated', 'hypothetical', 'planned'] as const;
export type EventMode = (typeof EVENT_MODES)[number];

export type QuadClass = 1 | 2 | 3 | 4;

export interface Participant {
  entity: string | null;
  actor: Actor;
  span: Span | null;
}

export type DateBasis = 'explicit' | 'relative' | 'publication' | 'inferred';

export interface EventDate {
  value: string;
  span: Span | null;
  basis: DateBasis;
}

export interface EventLocation {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  span: Span | null;
}

export interface Event {
  id: string;
  type: EventType;
  mode: EventMode;
  /** CAMEO event code, leading zeros kept ("042"). */
  cameo: string;
  quadClass: QuadClass;
  /** Goldstein scale, -10..+10. */
  intensity: number;
  source: Participant;
  target: Participant | null;
  date: EventDate | null;
  location: EventLocation | null;
  trigger: Span;
  sentence: Span;
  /** Which rule or lexicon entry coded it, for a reader to audit. */
  explanation: string;
}

export interface Speaker {
  entity: string | null;
  name: string;
  actor: Actor | null;
  span: Span | null;
}

export interface Quote {
  id: string;
  kind: 'direct' | 'indirect';
  /** The quoted words, without the quotation marks. */
  span: Span;
  speaker: Speaker;
  cue: Span | null;
  /** Which rule attributed it. */
  explanation?: string;
}

export type TimeKind = 'date' | 'time' | 'duration' | 'set';

export interface Time {
  span: Span;
  /** TIMEX3 value: 2023-06-19, 2023-06, 2023, 2023-FA, 2023-W25, PRESENT_REF, P2D… */
  value: string;
  kind: TimeKind;
  /** Which parser or refiner produced the value. */
  explanation?: string;
}

export interface DocumentInfo {
  id: string;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  language: 'en';
  /** The article text the offsets refer to, given only when dyad extracted it from HTML. */
  text?: string;
}

export interface DyadDocument {
  schema: 'dyad/1';
  document: DocumentInfo;
  entities: Entity[];
  events: Event[];
  quotes: Quote[];
  times: Time[];
  diagnostics?: Diagnostic[];
}

export interface Diagnostic {
  code: string;
  stage: string;
  message: string;
  span?: Span;
}
