/**
 * Spanish as El País and BBC Mundo write figures: "750.000" and "3.000" (a point groups every
 * number of four digits or more; the RAE's space is not newsroom practice), "1,7 millones",
 * "15 millones de dólares", "5,99 dólares", "72%", "24 de diciembre de 2014", "13.00" (El País
 * clock), "a, b y c" ("e" before an i- sound). Axis ticks: "15 mill. $", "1,7 mill.".
 * See src/i18n/README.md.
 */
import type { Formatter } from './format.ts';
import { dateFormat, hhmm, monthNames, numberFormat, qualifierOf, sig, valueIn } from './format-common.ts';

const TAG = 'es';
const num = numberFormat(TAG, { useGrouping: 'always' });
const cents = numberFormat(TAG, { useGrouping: 'always', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const decimal = numberFormat(TAG, { useGrouping: false });
const listFormat = new Intl.ListFormat(TAG, { type: 'conjunction' });
/** "ene.", "sept.", "dic.": Intl's short names with the abbreviation's full stop the RAE asks for. */
const SHORT_MONTHS = monthNames(TAG, 'short').map((m) => (m.endsWith('.') ? m : `${m}.`));
const longDate = dateFormat(TAG, { day: 'numeric', month: 'long', year: 'numeric' });
const dayMonth = dateFormat(TAG, { day: 'numeric', month: 'long' });

/** 1700000 → "1,7 millones", 1000000 → "1 millón"; thousands of millions stay millions ("1.500 millones"). */
function millions(n: number, exact: boolean): string {
  const v = n / 1e6;
  const shown = exact && Number.isInteger(v) ? v : sig(v, 3);
  return `${num(shown)} ${shown === 1 ? 'millón' : 'millones'}`;
}

/** Axis ticks: "1,7 mill.", "200.000". */
function short(n: number, digits: number): string {
  return Math.abs(n) >= 1e6 ? `${num(sig(n / 1e6, digits))} mill.` : num(sig(n, 2));
}

function clock(hour: number, minute = 0): string {
  return `${hour}.${String(minute).padStart(2, '0')}`;
}

const dollars = (n: number) => (n === 1 ? 'dólar' : 'dólares');
const usd = (n: number) => `${Number.isInteger(n) ? num(n) : cents(n)} ${dollars(n)}`;

/** "alrededor de", not "unos": "unos/unas" would have to agree with a noun the figure does not know. */
const QUALIFIER = { about: 'alrededor de', over: 'más de', 'at least': 'al menos' } as const;

export const es: Formatter = {
  locale: 'es',
  count: num,
  usd,
  usdMillions: (n) => (Math.abs(n) < 1e6 ? usd(n) : `${millions(n, true)} de dólares`),
  usdShort: (n) => `${short(n, 3)} $`,
  countWords: (n) => (Math.abs(n) < 1e6 ? num(n) : millions(n, false)),
  countShort: (n) => short(n, 2),
  pct: (n) => `${decimal(n)}%`,
  hours: (n) => `${decimal(n)} ${n === 1 ? 'hora' : 'horas'}`,
  decimal,
  date: (iso, { year = true } = {}) => (year ? longDate(iso) : dayMonth(iso)),
  month: dateFormat(TAG, { month: 'long', year: 'numeric' }),
  monthShort: (m) => SHORT_MONTHS[m - 1] ?? '',
  clock,
  timeOfDay: (time) => clock(...hhmm(time)),
  list: (items) => listFormat.format(items),
  qualified(q, figure) {
    const k = qualifierOf(q);
    return k === '' ? figure : `${QUALIFIER[k]} ${figure}`;
  },
  value: (value, fmt) => valueIn(es, value, fmt),
};
