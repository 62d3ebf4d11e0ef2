/** Each edition's numbers, money, dates and times (src/i18n/format-*.ts), with this story's figures. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/charts/core/format.ts';
import { formatClock } from '../../src/charts/core/time.ts';
import type { Formatter } from '../../src/i18n/format.ts';
import { formatterFor } from '../../src/i18n/formatters.ts';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';

/** One input and what each edition writes for it: [input, en, es, de, ko]. */
type Row<I> = readonly [I, string, string, string, string];
const COLUMN: Record<Locale, 1 | 2 | 3 | 4> = { en: 1, es: 2, de: 3, ko: 4 };
const cases = <I>(rows: readonly Row<I>[]) => LOCALES.flatMap((l) => rows.map((r) => [l, r[0], r[COLUMN[l]]] as const));

type NumberFn = 'count' | 'usd' | 'usdMillions' | 'usdShort' | 'countWords' | 'countShort' | 'pct' | 'hours' | 'decimal';

const NUMBERS: Record<NumberFn, readonly Row<number>[]> = {
  count: [
    [750000, '750,000', '750.000', '750.000', '75만'],
    [904237, '904,237', '904.237', '904.237', '90만4237'],
    [200000, '200,000', '200.000', '200.000', '20만'],
    [1700000, '1,700,000', '1.700.000', '1.700.000', '170만'],
    [3000, '3,000', '3.000', '3000', '3000'],
    [331, '331', '331', '331', '331'],
    [150000000, '150,000,000', '150.000.000', '150.000.000', '1억5000만'],
  ],
  usd: [
    [5.99, '$5.99', '5,99 dólares', '5,99 Dollar', '5.99달러'],
    [14.99, '$14.99', '14,99 dólares', '14,99 Dollar', '14.99달러'],
    [15000000, '$15,000,000', '15.000.000 dólares', '15.000.000 Dollar', '1500만 달러'],
    [904237, '$904,237', '904.237 dólares', '904.237 Dollar', '90만4237달러'],
    [1, '$1', '1 dólar', '1 Dollar', '1달러'],
  ],
  usdMillions: [
    [15000000, '$15 million', '15 millones de dólares', '15 Millionen Dollar', '1500만 달러'],
    [2800000, '$2.8 million', '2,8 millones de dólares', '2,8 Millionen Dollar', '280만 달러'],
    [1000000, '$1 million', '1 millón de dólares', '1 Million Dollar', '100만 달러'],
    [1700000, '$1.7 million', '1,7 millones de dólares', '1,7 Millionen Dollar', '170만 달러'],
    [750000, '$750,000', '750.000 dólares', '750.000 Dollar', '75만 달러'],
    [1234567, '$1.23 million', '1,23 millones de dólares', '1,23 Millionen Dollar', '123만 달러'],
  ],
  usdShort: [
    [15000000, '$15M', '15 mill. $', '15 Mio. $', '1500만 달러'],
    [2800000, '$2.8M', '2,8 mill. $', '2,8 Mio. $', '280만 달러'],
    [500000, '$500K', '500.000 $', '500.000 $', '50만 달러'],
    [100000000, '$100M', '100 mill. $', '100 Mio. $', '1억 달러'],
  ],
  countWords: [
    [1700000, '1.7 million', '1,7 millones', '1,7 Millionen', '170만'],
    [904237, '904,237', '904.237', '904.237', '90만4237'],
    [750000, '750,000', '750.000', '750.000', '75만'],
    [200000, '200,000', '200.000', '200.000', '20만'],
    [2000000, '2 million', '2 millones', '2 Millionen', '200만'],
    [1000000, '1 million', '1 millón', '1 Million', '100만'],
  ],
  countShort: [
    [1700000, '1.7M', '1,7 mill.', '1,7 Mio.', '170만'],
    [200000, '200K', '200.000', '200.000', '20만'],
    [904237, '900K', '900.000', '900.000', '90만'],
    [0, '0', '0', '0', '0'],
  ],
  pct: [
    [72, '72%', '72%', '72 Prozent', '72%'],
    [28, '28%', '28%', '28 Prozent', '28%'],
  ],
  hours: [
    [1, '1 hour', '1 hora', '1 Stunde', '1시간'],
    [20, '20 hours', '20 horas', '20 Stunden', '20시간'],
    [1.5, '1.5 hours', '1,5 horas', '1,5 Stunden', '1.5시간'],
  ],
  decimal: [
    [5.99, '5.99', '5,99', '5,99', '5.99'],
    [1.5, '1.5', '1,5', '1,5', '1.5'],
    [20, '20', '20', '20', '20'],
  ],
};

describe.each(Object.entries(NUMBERS))('%s', (fn, rows) => {
  it.each(cases(rows))('%s: %s → %s', (locale, n, out) => {
    expect(formatterFor(locale)[fn as NumberFn](n)).toBe(out);
  });
});

describe('dates', () => {
  it.each(
    cases<string>([
      ['2014-12-24', 'Dec. 24, 2014', '24 de diciembre de 2014', '24. Dezember 2014', '2014년 12월 24일'],
      ['2015-01-20', 'Jan. 20, 2015', '20 de enero de 2015', '20. Januar 2015', '2015년 1월 20일'],
    ]),
  )('date %s: %s → %s', (locale, iso, out) => {
    expect(formatterFor(locale).date(iso)).toBe(out);
  });

  it.each(
    cases<string>([
      ['2014-12-24', 'Dec. 24', '24 de diciembre', '24. Dezember', '12월 24일'],
      ['2015-01-20', 'Jan. 20', '20 de enero', '20. Januar', '1월 20일'],
    ]),
  )('date without the year %s: %s → %s', (locale, iso, out) => {
    expect(formatterFor(locale).date(iso, { year: false })).toBe(out);
  });

  it.each(
    cases<string>([
      ['2014-12', 'Dec. 2014', 'diciembre de 2014', 'Dezember 2014', '2014년 12월'],
      ['2015-01', 'Jan. 2015', 'enero de 2015', 'Januar 2015', '2015년 1월'],
    ]),
  )('month %s: %s → %s', (locale, iso, out) => {
    expect(formatterFor(locale).month(iso)).toBe(out);
  });

  it.each(
    cases<number>([
      [12, 'Dec.', 'dic.', 'Dez.', '12월'],
      [1, 'Jan.', 'ene.', 'Jan.', '1월'],
      [9, 'Sept.', 'sept.', 'Sept.', '9월'],
      [3, 'March', 'mar.', 'März', '3월'],
    ]),
  )('monthShort %s: %s → %s', (locale, m, out) => {
    expect(formatterFor(locale).monthShort(m)).toBe(out);
  });
});

describe('clock', () => {
  it.each(
    cases<string>([
      ['13:00', '1 pm', '13.00', '13 Uhr', '오후 1시'],
      ['16:00', '4 pm', '16.00', '16 Uhr', '오후 4시'],
      ['09:30', '9:30 am', '9.30', '9.30 Uhr', '오전 9시 30분'],
      ['12:00', 'noon', '12.00', '12 Uhr', '정오'],
      ['00:00', 'midnight', '0.00', '0 Uhr', '자정'],
      ['13:30', '1:30 pm', '13.30', '13.30 Uhr', '오후 1시 30분'],
    ]),
  )('%s: %s → %s', (locale, time, out) => {
    const f = formatterFor(locale);
    expect(f.timeOfDay(time)).toBe(out);
    const [h, m] = time.split(':').map(Number);
    expect(f.clock(h ?? -1, m)).toBe(out);
  });
});

describe('lists and qualifiers', () => {
  it.each(
    cases<readonly string[]>([
      [
        ['YouTube Movies', 'Google Play', 'Xbox Video'],
        'YouTube Movies, Google Play and Xbox Video',
        'YouTube Movies, Google Play y Xbox Video',
        'YouTube Movies, Google Play und Xbox Video',
        'YouTube Movies, Google Play, Xbox Video',
      ],
      [['Regal', 'AMC'], 'Regal and AMC', 'Regal y AMC', 'Regal und AMC', 'Regal, AMC'],
      [['TorrentFreak'], 'TorrentFreak', 'TorrentFreak', 'TorrentFreak', 'TorrentFreak'],
      [[], '', '', '', ''],
    ]),
  )('list %s: %j → %s', (locale, items, out) => {
    expect(formatterFor(locale).list(items)).toBe(out);
  });

  it('Spanish writes "e" before an i- sound', () => {
    expect(formatterFor('es').list(['Sony', 'Iberia'])).toBe('Sony e Iberia');
  });

  it.each(
    cases<readonly [string, number]>([
      [['about', 200000], 'about 200,000', 'alrededor de 200.000', 'rund 200.000', '약 20만'],
      [['over', 750000], 'over 750,000', 'más de 750.000', 'über 750.000', '75만 이상'],
      [['at least', 1700000], 'at least 1.7 million', 'al menos 1,7 millones', 'mindestens 1,7 Millionen', '최소 170만'],
      [['', 904237], '904,237', '904.237', '904.237', '90만4237'],
    ]),
  )('qualified %s: %j → %s', (locale, [q, n], out) => {
    const f = formatterFor(locale);
    expect(f.qualified(q, f.countWords(n))).toBe(out);
  });

  it('a money figure keeps the qualifier in the right place', () => {
    const q = (l: Locale) => formatterFor(l).qualified('over', formatterFor(l).usdMillions(15000000));
    expect([q('es'), q('de'), q('ko')]).toEqual(['más de 15 millones de dólares', 'über 15 Millionen Dollar', '1500만 달러 이상']);
  });

  it.each(['es', 'de', 'ko'] as const)('%s refuses a qualifier it has no words for', (locale) => {
    expect(() => formatterFor(locale).qualified('nearly', '5')).toThrow(/unknown qualifier/);
  });
});

describe('values by column format', () => {
  it.each(
    cases<readonly [Parameters<Formatter['value']>[0], Parameters<Formatter['value']>[1]]>([
      [[750000, 'count'], '750,000', '750.000', '750.000', '75만'],
      [[40000000, 'usd-millions'], '$40 million', '40 millones de dólares', '40 Millionen Dollar', '4000만 달러'],
      [[5.99, 'usd'], '$5.99', '5,99 dólares', '5,99 Dollar', '5.99달러'],
      [[72, 'pct'], '72%', '72%', '72 Prozent', '72%'],
      [[20, 'hours'], '20 hours', '20 horas', '20 Stunden', '20시간'],
      [['2014-12-24', 'date'], 'Dec. 24, 2014', '24 de diciembre de 2014', '24. Dezember 2014', '2014년 12월 24일'],
      [[['cbs', 'variety'], 'text'], 'cbs; variety', 'cbs; variety', 'cbs; variety', 'cbs; variety'],
      [[undefined, 'count'], '', '', '', ''],
    ]),
  )('%s: %j → %s', (locale, [v, fmt], out) => {
    expect(formatterFor(locale).value(v, fmt)).toBe(out);
  });
});

describe('one English implementation', () => {
  const en = formatterFor('en');
  it.each([750000, 904237, 200000, 1700000, 15000000, 2800000, 5.99, 14.99, 72, 28, 1, 20, 0])(
    'charts/core/format agrees with en for %s',
    (n) => {
      expect([core.formatCount(n), core.formatUsd(n), core.formatUsdMillions(n), core.formatUsdShort(n)]).toEqual([
        en.count(n),
        en.usd(n),
        en.usdMillions(n),
        en.usdShort(n),
      ]);
      expect([core.formatCountWords(n), core.formatCountShort(n), core.formatPct(n), core.formatHours(n)]).toEqual([
        en.countWords(n),
        en.countShort(n),
        en.pct(n),
        en.hours(n),
      ]);
    },
  );
  it('clock and lists too', () => {
    expect(formatClock(9, 30)).toBe(en.clock(9, 30));
  });
});

/** Reads a count back as each edition writes it. */
function parseCount(locale: Locale, s: string): number {
  if (locale === 'en') return Number(s.replaceAll(',', ''));
  if (locale !== 'ko') return Number(s.replaceAll('.', '').replace(',', '.'));
  let total = 0n;
  let rest = s;
  for (const [unit, scale] of [
    ['경', 10n ** 16n],
    ['조', 10n ** 12n],
    ['억', 10n ** 8n],
    ['만', 10n ** 4n],
  ] as const) {
    const [head, tail] = rest.includes(unit) ? rest.split(unit) : ['', rest];
    if (head !== undefined && head !== '') {
      expect(head).toMatch(/^[1-9]\d{0,3}$/);
      total += BigInt(head) * scale;
    }
    rest = tail ?? '';
  }
  if (rest !== '') {
    expect(rest).toMatch(/^\d{1,4}$/);
    total += BigInt(rest);
  }
  return Number(total);
}

describe('properties', () => {
  // English keeps d3-format's 12 significant digits (as it always has); the others are exact.
  it.each(LOCALES)('%s: count() reads back as the same number', (locale) => {
    const f = formatterFor(locale);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: locale === 'en' ? 10 ** 12 - 1 : Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseCount(locale, f.count(n))).toBe(n);
      }),
    );
  });

  it.each(['es', 'de'] as const)('%s: a point in a figure only ever groups thousands; the decimal mark is a comma', (locale) => {
    const f = formatterFor(locale);
    const fns: NumberFn[] = ['count', 'usd', 'usdMillions', 'usdShort', 'countWords', 'countShort', 'pct', 'hours', 'decimal'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 10 }), fc.integer({ min: 1, max: 999 }), (whole, thousandths) => {
        const n = whole + thousandths / 1000;
        for (const fn of fns) expect(f[fn](n)).not.toMatch(/\d\.(?!\d{3}(?!\d))/);
        const back = Number(f.decimal(n).replace(',', '.'));
        expect(Math.abs(back - n)).toBeLessThan(1e-6 * Math.max(1, n));
        expect(f.decimal(n)).toContain(',');
      }),
    );
  });
});
