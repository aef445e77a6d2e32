import type { IsoDay } from './types.ts';

/** A parsed day or span, or the sentence saying why it is not one. */
export type DateResult = { ok: true; start: IsoDay; end: IsoDay } | { ok: false; message: string };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks one `YYYY-MM-DD` day, explaining what is impossible about it. */
export function parseDay(text: string): DateResult {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) {
    return {
      ok: false,
      message: `'${text}' is not a date in the form YYYY-MM-DD (for example 2024-01-16).`,
    };
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) {
    return { ok: false, message: `'${text}' is not a date: months run from 01 to 12.` };
  }
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      ok: false,
      message: `'${text}' is not a date: ${MONTHS[month - 1]} ${year} has ${last} days.`,
    };
  }
  return { ok: true, start: text, end: text };
}

/** Checks a day or a `start/end` span (ISO 8601 interval), in order. */
export function parseSpan(text: string): DateResult {
  const parts = text.split('/');
  if (parts.length > 2) {
    return {
      ok: false,
      message: `'${text}' has more than one '/'; write a day (2024-01-16) or a span (2024-01-16/2024-01-17).`,
    };
  }
  const start = parseDay(parts[0]!.trim());
  if (!start.ok || parts.length === 1) return start;
  const end = parseDay(parts[1]!.trim());
  if (!end.ok) return end;
  if (end.start < start.start) {
    return {
      ok: false,
      message: `The span '${text}' ends before it starts; write the earlier day first.`,
    };
  }
  return { ok: true, start: start.start, end: end.start };
}

/** Checks a source's publication date: a day, or `YYYY-MM` when only the month is known. */
export function parseDayOrMonth(text: string): DateResult {
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (!month) return parseDay(text);
  if (Number(month[2]) < 1 || Number(month[2]) > 12) {
    return { ok: false, message: `'${text}' is not a month: months run from 01 to 12.` };
  }
  return { ok: true, start: `${text}-01`, end: `${text}-${daysInMonth(+month[1]!, +month[2]!)}` };
}

function toDate(day: IsoDay): Date {
  return new Date(`${day}T12:00:00Z`);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and shape: making one costs far more than using it. */
function formatter(locale: string, withDay: boolean): Intl.DateTimeFormat {
  const key = `${locale} ${withDay}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: withDay ? 'numeric' : undefined,
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(key, format);
  }
  return format;
}

/** Writes a day or span for readers, e.g. "16 Jan 2024" or "16–17 Jan 2024". */
export function formatSpan(start: IsoDay, end: IsoDay, locale: string): string {
  const full = formatter(locale, true);
  if (start === end) return full.format(toDate(start));
  return full.formatRange(toDate(start), toDate(end));
}

/** Writes a day or month for a source list: "29 Jan 2024" or "Jan 2024". */
export function formatDayOrMonth(text: string, locale: string): string {
  const isMonth = /^\d{4}-\d{2}$/.test(text);
  return formatter(locale, !isMonth).format(toDate(isMonth ? `${text}-15` : text));
}
