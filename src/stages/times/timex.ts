/** Calendar arithmetic and TIMEX3 value formatting, all in UTC days (no time zones, no clocks). */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function parseYmd(iso: string | null): Ymd | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

export function toDate(v: Ymd): Date {
  return new Date(Date.UTC(v.y, v.m - 1, v.d, 12));
}

export function fromDate(date: Date): Ymd {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function formatDay(v: Ymd): string {
  return `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function formatYear(y: number): string {
  return pad(y, 4);
}

export function addDays(v: Ymd, days: number): Ymd {
  const date = toDate(v);
  date.setUTCDate(date.getUTCDate() + days);
  return fromDate(date);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(v: Ymd, months: number): Ymd {
  const total = v.y * 12 + (v.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: Math.min(v.d, last) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(v: Ymd): number {
  return toDate(v).getUTCDay();
}

/** ISO 8601 week: `2023-W25`. */
export function isoWeek(v: Ymd): string {
  const date = toDate(v);
  const day = date.getUTCDay() || 7; // Monday = 1 … Sunday = 7
  date.setUTCDate(date.getUTCDate() + 4 - day); // the Thursday of this week decides its year
  const year = date.getUTCFullYear();
  const yearStart = Date.UTC(year, 0, 1, 12);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** A value's granularity cut of a day: `day` → 2023-06-19, `week` → 2023-W25, `month` → 2023-06, … */
export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export function formatAt(v: Ymd, g: Granularity): string {
  switch (g) {
    case 'day':
      return formatDay(v);
    case 'week':
      return isoWeek(v);
    case 'month':
      return formatMonth(v.y, v.m);
    case 'quarter':
      return `${pad(v.y, 4)}-Q${Math.floor((v.m - 1) / 3) + 1}`;
    case 'year':
      return formatYear(v.y);
    case 'decade':
      return `${pad(v.y, 4).slice(0, 3)}X`;
    case 'century':
      return `${pad(v.y, 4).slice(0, 2)}XX`;
  }
}

/** The day a value starts on, for values dyad produces (2023, 2023-06, 2023-06-19, 2023-W25, 2023-FA, 2023-Q3). */
export function startOf(value: string): Ymd | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    const jan4 = { y: Number(m[1]), m: 1, d: 4 };
    const monday = addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
    return addDays(monday, (Number(m[2]) - 1) * 7);
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: 1 };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { y: Number(m[1]), m: (Number(m[2]) - 1) * 3 + 1, d: 1 };
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return { y: Number(m[1]), m: { SP: 3, SU: 6, FA: 9, WI: 12 }[m[2] as 'SP'], d: 1 };
  m = /^(\d{4})$/.exec(value);
  if (m) return { y: Number(m[1]), m: 1, d: 1 };
  return null;
}

/** The granularity of a calendar value, to shift at the same cut. */
export function granularityOf(value: string): Granularity | null {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-Q[1-4]$/.test(value)) return 'quarter';
  if (/^\d{4}$/.test(value)) return 'year';
  return null;
}

/** True for values that name a calendar time (not durations, sets or PRESENT_REF-style references). */
export function isCalendar(value: string): boolean {
  return /^\d{2,4}(?:$|-)/.test(value);
}
