/**
 * What the editions' Formatters share: rounding to significant digits, dates read as whole UTC
 * days (never the machine's time zone), Intl formatters built once, and a cell's value by format.
 */
import type { Formatter, ValueFormatName } from './format.ts';

/** The qualifiers a dataset may give a figure (src/schemas/cells.ts `qualifier`). */
export type Qualifier = '' | 'about' | 'over' | 'at least';

/** `n` rounded to `digits` significant digits: sig(904237, 2) → 900000. */
export function sig(n: number, digits: number): number {
  return n === 0 ? 0 : Number(n.toPrecision(digits));
}

/** A number formatter for `tag`: no grouping below 10,000 unless `always`, at most 6 decimals. */
export function numberFormat(tag: string, opts: Intl.NumberFormatOptions = {}): (n: number) => string {
  const nf = new Intl.NumberFormat(tag, { maximumFractionDigits: 6, ...opts });
  return (n) => nf.format(n);
}

/** A calendar date (YYYY-MM-DD) as midnight UTC; "2014-12" reads as the first of the month. */
export function utcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** A date formatter for `tag` in UTC, so no machine reads a date as the day before. */
export function dateFormat(tag: string, opts: Intl.DateTimeFormatOptions): (iso: string) => string {
  const df = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...opts });
  return (iso) => df.format(utcDate(iso));
}

/** The month names of `tag` as they read inside a date (format context: "Dez.", "März"), 1-based. */
export function monthNames(tag: string, width: 'short' | 'long'): readonly string[] {
  const df = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', day: 'numeric', month: width });
  return Array.from(
    { length: 12 },
    (_, i) => df.formatToParts(new Date(Date.UTC(2014, i, 1))).find((p) => p.type === 'month')?.value ?? '',
  );
}

/** "13:00" → [13, 0]. */
export function hhmm(time: string): [number, number] {
  const [h, m] = time.split(':').map(Number);
  return [h ?? 0, m ?? 0];
}

/** The qualifier of a figure, checked against the closed set (a new one must be translated first). */
export function qualifierOf(q: string): Qualifier {
  if (q === '' || q === 'about' || q === 'over' || q === 'at least') return q;
  throw new Error(`unknown qualifier ${JSON.stringify(q)}: translate it in src/i18n/format-*.ts first`);
}

/** A cell's value in its column's format, with `f`'s words. */
export function valueIn(f: Formatter, value: string | number | boolean | readonly string[] | undefined, fmt: ValueFormatName): string {
  if (value === undefined) return '';
  switch (fmt) {
    case 'count':
      return f.count(Number(value));
    case 'usd':
      return f.usd(Number(value));
    case 'usd-millions':
      return f.usdMillions(Number(value));
    case 'pct':
      return f.pct(Number(value));
    case 'hours':
      return f.hours(Number(value));
    case 'date':
      return f.date(String(value));
    case 'text':
      return typeof value === 'string' ? value : Array.isArray(value) ? value.join('; ') : String(value);
  }
}
