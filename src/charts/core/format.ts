/**
 * How numbers and dates read on the English page: the English Formatter (src/i18n/format-en.ts,
 * AP style) under the names the charts have always called. One implementation, so prose, labels
 * and tables agree; another edition's charts take that edition's Formatter instead.
 */
import { en } from '../../i18n/format-en.ts';
import type { ValueFormat } from '../../schemas/datasets.ts';

/** 750000 → "750,000". */
export function formatCount(n: number): string {
  return en.count(n);
}

/** 5.99 → "$5.99"; 15000000 → "$15,000,000". */
export function formatUsd(n: number): string {
  return en.usd(n);
}

/** 1700000 → "1.7 million"; 904237 → "904,237": counts as they read in labels and prose. */
export function formatCountWords(n: number): string {
  return en.countWords(n);
}

/** 15000000 → "$15 million"; 2800000 → "$2.8 million"; 950000 → "$950,000". */
export function formatUsdMillions(n: number): string {
  return en.usdMillions(n);
}

/** 15000000 → "$15M", for tight axis labels. */
export function formatUsdShort(n: number): string {
  return en.usdShort(n);
}

/** 1700000 → "1.7M", 200000 → "200K", for tight axis labels. */
export function formatCountShort(n: number): string {
  return en.countShort(n);
}

/** 72 → "72%". */
export function formatPct(n: number): string {
  return en.pct(n);
}

/** 1 → "1 hour", 20 → "20 hours". */
export function formatHours(n: number): string {
  return en.hours(n);
}

/** "2014-12-24" → "Dec. 24, 2014" (AP style). */
export function formatDate(iso: string, opts: { year?: boolean } = {}): string {
  return en.date(iso, opts);
}

/** "2014-12" → "Dec. 2014". */
export function formatMonth(isoMonth: string): string {
  return en.month(isoMonth);
}

export function formatValue(value: string | number | boolean | string[] | undefined, fmt: ValueFormat): string {
  return en.value(value, fmt);
}

/** "about" | "over" | "at least" | "" → words that precede a figure in a label. */
export function withQualifier(qualifier: string, figure: string): string {
  return en.qualified(qualifier, figure);
}
