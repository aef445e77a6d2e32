import { describe, expect, it } from 'vitest';
import { formatDate, parseDate, parseDay, parseSpan } from '../../src/lib/story/dates.ts';

describe('dates at the precision they are known', () => {
  it('reads a day, a month and a year, each standing for all its days', () => {
    expect(parseDate('2024-01-16')).toEqual({
      ok: true,
      start: '2024-01-16',
      end: '2024-01-16',
      precision: ['day', 'day'],
    });
    expect(parseDate('2023-12')).toEqual({
      ok: true,
      start: '2023-12-01',
      end: '2023-12-31',
      precision: ['month', 'month'],
    });
    expect(parseDate('2024-02')).toMatchObject({ end: '2024-02-29' });
    expect(parseDate('2023')).toEqual({
      ok: true,
      start: '2023-01-01',
      end: '2023-12-31',
      precision: ['year', 'year'],
    });
  });

  it('explains what is wrong with a date', () => {
    expect(parseDate('2023-13')).toEqual({
      ok: false,
      message: "'2023-13' is not a date: months run from 01 to 12.",
    });
    expect(parseDate('2023-02-29')).toEqual({
      ok: false,
      message: "'2023-02-29' is not a date: February 2023 has 28 days.",
    });
    expect(parseDate('Dec 2023')).toEqual({
      ok: false,
      message:
        "'Dec 2023' is not a date; write a day (2024-01-16), a month (2023-12) or a year (2023), or a span of them (2024-01-16/2024-01-17).",
    });
    expect(parseDay('2024-01')).toEqual({
      ok: false,
      message: "'2024-01' is not a day; write it in the form YYYY-MM-DD (for example 2024-01-29).",
    });
  });

  it('reads spans of any precision, in order', () => {
    expect(parseSpan('2023-12/2024-01-05')).toEqual({
      ok: true,
      start: '2023-12-01',
      end: '2024-01-05',
      precision: ['month', 'day'],
    });
    expect(parseSpan('2024-01/2023-12')).toEqual({
      ok: false,
      message: "The span '2024-01/2023-12' ends before it starts; write the earlier date first.",
    });
    expect(parseSpan('2024-01-01/2024-01-02/2024-01-03')).toMatchObject({ ok: false });
  });

  it('writes each date as precisely as it was written, and no more', () => {
    expect(formatDate('2023-12', 'en-GB')).toBe('December 2023');
    expect(formatDate('2023', 'en-GB')).toBe('2023');
    expect(formatDate('2024-01-16', 'en-GB')).toBe('16 January 2024');
    expect(formatDate('2024-01-16/2024-01-17', 'en-GB')).toBe('16–17 January 2024');
    expect(formatDate('2024-01-30/2024-02-02', 'en-GB')).toBe(
      '30 January\u2009–\u20092 February 2024',
    );
    expect(formatDate('2023-11/2023-12', 'en-GB')).toBe('November–December 2023');
    expect(formatDate('2023-12/2024-01-05', 'en-GB')).toBe(
      'December 2023\u2009–\u20095 January 2024',
    );
    expect(formatDate('2022/2023', 'en-GB')).toBe('2022–2023');
    expect(formatDate('2024-01-16/2024-01-17', 'en-US')).toBe('January 16–17, 2024');
  });
});
