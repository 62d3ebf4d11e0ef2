/**
 * German as dpa, Süddeutsche Zeitung and Spiegel write figures: "750.000" (four digits stay
 * ungrouped: "3000"), "1,7 Millionen", "15 Millionen Dollar", "5,99 Dollar", "72 Prozent",
 * "24. Dezember 2014", "13 Uhr" / "13.30 Uhr", "a, b und c". Axis ticks: "15 Mio. $", "1,7 Mio.".
 * See src/i18n/README.md.
 */
import type { Formatter } from './format.ts';
import { dateFormat, hhmm, monthNames, numberFormat, qualifierOf, sig, valueIn } from './format-common.ts';

const TAG = 'de-DE';
const num = numberFormat(TAG, { useGrouping: 'min2' });
const cents = numberFormat(TAG, { useGrouping: 'min2', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const decimal = numberFormat(TAG, { useGrouping: false });
const listFormat = new Intl.ListFormat(TAG, { type: 'conjunction' });
const SHORT_MONTHS = monthNames(TAG, 'short');
const longDate = dateFormat(TAG, { day: 'numeric', month: 'long', year: 'numeric' });
const dayMonth = dateFormat(TAG, { day: 'numeric', month: 'long' });

/** 1700000 → "1,7 Millionen", 1000000 → "1 Million"; billions as "Milliarden". */
function inWords(n: number, exact: boolean): string {
  const billions = Math.abs(n) >= 1e9;
  const v = n / (billions ? 1e9 : 1e6);
  const shown = exact && Number.isInteger(v) ? v : sig(v, 3);
  const one = shown === 1;
  return `${num(shown)} ${billions ? (one ? 'Milliarde' : 'Milliarden') : one ? 'Million' : 'Millionen'}`;
}

/** Axis ticks: "1,7 Mio.", "1,5 Mrd.", "200.000". */
function short(n: number, digits: number): string {
  if (Math.abs(n) >= 1e9) return `${num(sig(n / 1e9, digits))} Mrd.`;
  if (Math.abs(n) >= 1e6) return `${num(sig(n / 1e6, digits))} Mio.`;
  return num(sig(n, 2));
}

function clock(hour: number, minute = 0): string {
  return minute === 0 ? `${hour} Uhr` : `${hour}.${String(minute).padStart(2, '0')} Uhr`;
}

const usd = (n: number) => `${Number.isInteger(n) ? num(n) : cents(n)} Dollar`;

const QUALIFIER = { about: 'rund', over: 'über', 'at least': 'mindestens' } as const;

export const de: Formatter = {
  locale: 'de',
  count: num,
  usd,
  usdMillions: (n) => (Math.abs(n) < 1e6 ? usd(n) : `${inWords(n, true)} Dollar`),
  usdShort: (n) => `${short(n, 3)} $`,
  countWords: (n) => (Math.abs(n) < 1e6 ? num(n) : inWords(n, false)),
  countShort: (n) => short(n, 2),
  pct: (n) => `${decimal(n)} Prozent`,
  hours: (n) => `${decimal(n)} ${n === 1 ? 'Stunde' : 'Stunden'}`,
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
  value: (value, fmt) => valueIn(de, value, fmt),
};
