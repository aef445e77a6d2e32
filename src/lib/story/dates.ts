import type { IsoDay } from './types.ts';

/** How exactly a date is known: the day, only the month, or only the year. */
export type Precision = 'day' | 'month' | 'year';

/** A parsed date or span, or the sentence saying why it is not one. */
export type DateResult =
  | { ok: true; start: IsoDay; end: IsoDay; precision: [Precision, Precision] }
  | { ok: false; message: string };

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

const FORMS =
  'a day (2024-01-16), a month (2023-12) or a year (2023), or a span of them (2024-01-16/2024-01-17)';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Checks one date written as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, explaining what is impossible
 * about it. A month or a year stands for all its days: `start` is the first, `end` the last.
 */
export function parseDate(text: string): DateResult {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return { ok: false, message: `'${text}' is not a date; write ${FORMS}.` };
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return { ok: true, start: `${year}-01-01`, end: `${year}-12-31`, precision: ['year', 'year'] };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) {
    return { ok: false, message: `'${text}' is not a date: months run from 01 to 12.` };
  }
  const last = daysInMonth(year, month);
  if (match[3] === undefined) {
    const prefix = `${year}-${pad(month)}`;
    return {
      ok: true,
      start: `${prefix}-01`,
      end: `${prefix}-${pad(last)}`,
      precision: ['month', 'month'],
    };
  }
  const day = Number(match[3]);
  if (day < 1 || day > last) {
    return {
      ok: false,
      message: `'${text}' is not a date: ${MONTHS[month - 1]} ${year} has ${last} days.`,
    };
  }
  return { ok: true, start: text, end: text, precision: ['day', 'day'] };
}

/** Checks one `YYYY-MM-DD` day (the story's own date must be a day). */
export function parseDay(text: string): DateResult {
  const checked = parseDate(text);
  if (checked.ok && checked.precision[0] !== 'day') {
    return {
      ok: false,
      message: `'${text}' is not a day; write it in the form YYYY-MM-DD (for example 2024-01-29).`,
    };
  }
  return checked;
}

/** Checks a date or a `start/end` span (ISO 8601 interval) of dates, in order. */
export function parseSpan(text: string): DateResult {
  const parts = text.split('/');
  if (parts.length > 2) {
    return { ok: false, message: `'${text}' has more than one '/'; write ${FORMS}.` };
  }
  const start = parseDate(parts[0]!.trim());
  if (!start.ok || parts.length === 1) return start;
  const end = parseDate(parts[1]!.trim());
  if (!end.ok) return end;
  if (end.end < start.start) {
    return {
      ok: false,
      message: `The span '${text}' ends before it starts; write the earlier date first.`,
    };
  }
  return {
    ok: true,
    start: start.start,
    end: end.end,
    precision: [start.precision[0], end.precision[0]],
  };
}

function toDate(day: IsoDay): Date {
  return new Date(`${day}T12:00:00Z`);
}

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per locale and precision: making one costs far more than using it. Dates are
 * written in the language's words and digits but always in the Gregorian calendar the script and
 * its sources use: `fa` alone would write Solar Hijri months, which do not line up with a month
 * or a span the writer gave (January 2024 is 11 Dey to 11 Bahman 1402).
 */
function formatter(locale: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale} ${precision}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      ...OPTIONS[precision],
      timeZone: 'UTC',
      calendar: 'gregory',
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * A range as the formatter writes it, but with a plain en dash between two single words
 * ("16–17 January 2024", "November–December 2023"), as style guides ask; the dash keeps its
 * spaces between longer parts ("30 January – 2 February 2024").
 */
function range(format: Intl.DateTimeFormat, start: IsoDay, end: IsoDay): string {
  const parts = format.formatRangeToParts(toDate(start), toDate(end));
  const side = (source: string) =>
    parts
      .filter((part) => part.source === source)
      .map((part) => part.value)
      .join('');
  const text = parts.map((part) => part.value).join('');
  if (/\s/.test(side('startRange')) || /\s/.test(side('endRange'))) return text;
  return text.replace(/\s*–\s*/, '–');
}

/**
 * Writes a date or span for readers, at the precision it was written with: "16 January 2024",
 * "16–17 January 2024", "December 2023", "2023", "30 December 2023 – 2 January 2024". Throws
 * on text that `parseSpan` refuses.
 */
export function formatDate(text: string, locale: string): string {
  const checked = parseSpan(text);
  if (!checked.ok) throw new Error(checked.message);
  const { start, end, precision } = checked;
  const [first, last] = precision;
  if (first === last) {
    const format = formatter(locale, first);
    const single =
      (first === 'day' && start === end) ||
      (first === 'month' && start.slice(0, 7) === end.slice(0, 7)) ||
      (first === 'year' && start.slice(0, 4) === end.slice(0, 4));
    return single ? format.format(toDate(start)) : range(format, start, end);
  }
  const from = formatter(locale, first).format(toDate(start));
  const to = formatter(locale, last).format(toDate(end));
  return `${from}\u2009–\u2009${to}`;
}
