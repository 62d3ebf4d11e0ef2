/** How numbers, dates and times read (src/charts/core/format.ts, time.ts). */
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatCountShort,
  formatCountWords,
  formatDate,
  formatHours,
  formatMonth,
  formatPct,
  formatUsd,
  formatUsdMillions,
  formatUsdShort,
  formatValue,
  withQualifier,
} from '../../../src/charts/core/format.ts';
import { addDays, dayFraction, daysBetween, formatClock, formatTimeOfDay, weekday } from '../../../src/charts/core/time.ts';

describe('formats', () => {
  it.each([
    [formatCount, 750000, '750,000'],
    [formatUsd, 5.99, '$5.99'],
    [formatUsd, 15000000, '$15,000,000'],
    [formatCountWords, 1700000, '1.7 million'],
    [formatCountWords, 904237, '904,237'],
    [formatUsdMillions, 15000000, '$15 million'],
    [formatUsdMillions, 2800000, '$2.8 million'],
    [formatUsdMillions, 950000, '$950,000'],
    [formatUsdShort, 15000000, '$15M'],
    [formatUsdShort, 500000, '$500K'],
    [formatCountShort, 0, '0'],
    [formatCountShort, 1500000, '1.5M'],
    [formatCountShort, 200000, '200K'],
    [formatPct, 72, '72%'],
    [formatHours, 1, '1 hour'],
    [formatHours, 20, '20 hours'],
  ] as const)('%o(%s) is %s', (f, n, out) => {
    expect(f(n)).toBe(out);
  });

  it.each([
    ['2014-12-24', true, 'Dec. 24, 2014'],
    ['2014-09-01', false, 'Sept. 1'],
    ['2015-03-05', true, 'March 5, 2015'],
  ])('formatDate(%s, year %s) is %s', (iso, year, out) => {
    expect(formatDate(iso, { year })).toBe(out);
  });

  it.each<[Parameters<typeof formatValue>[0], Parameters<typeof formatValue>[1], string]>([
    [12345, 'count', '12,345'],
    [40000000, 'usd-millions', '$40 million'],
    ['2014-12-24', 'date', 'Dec. 24, 2014'],
    [['a', 'b'], 'text', 'a; b'],
    [undefined, 'count', ''],
  ])('formatValue(%j, %s) is %s', (v, fmt, out) => {
    expect(formatValue(v, fmt)).toBe(out);
  });

  it('formatMonth and withQualifier', () => {
    expect(formatMonth('2014-12')).toBe('Dec. 2014');
    expect(withQualifier('about', '$75 million')).toBe('about $75 million');
    expect(withQualifier('', '$75 million')).toBe('$75 million');
  });
});

describe('time', () => {
  it.each([
    ['2014-11-24', '2014-12-24', 30],
    ['2014-12-24', '2015-01-20', 27],
    ['2014-12-24', '2014-12-24', 0],
    ['2015-01-01', '2014-12-31', -1],
  ])('daysBetween(%s, %s) is %s', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
    expect(addDays(a, n)).toBe(b);
  });

  it.each([
    [13, 0, '1 pm'],
    [9, 30, '9:30 am'],
    [12, 0, 'noon'],
    [0, 0, 'midnight'],
    [0, 5, '12:05 am'],
  ])('formatClock(%s, %s) is %s', (h, m, out) => {
    expect(formatClock(h, m)).toBe(out);
  });

  it('reads clock times and weekdays without the machine clock', () => {
    expect(formatTimeOfDay('13:00')).toBe('1 pm');
    expect(dayFraction('18:00')).toBe(0.75);
    expect(weekday('2014-12-24')).toBe(3);
  });
});
