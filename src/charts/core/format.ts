/** How numbers and dates read on the page. One place, so prose, labels and tables agree. */
import { format as d3format } from 'd3-format';
import type { ValueFormat } from '../../schemas/datasets.ts';

const grouped = d3format(',');
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** 750000 → "750,000". */
export function formatCount(n: number): string {
  return grouped(n);
}

/** 5.99 → "$5.99"; 15000000 → "$15,000,000". */
export function formatUsd(n: number): string {
  return Number.isInteger(n) ? `$${grouped(n)}` : `$${d3format(',.2f')(n)}`;
}

/** 1700000 → "1.7 million"; 904237 → "904,237": counts as they read in labels and prose. */
export function formatCountWords(n: number): string {
  if (Math.abs(n) < 1_000_000) return formatCount(n);
  return `${d3format('.3~')(n / 1_000_000)} million`;
}

/** 15000000 → "$15 million"; 2800000 → "$2.8 million"; 950000 → "$950,000". */
export function formatUsdMillions(n: number): string {
  if (Math.abs(n) < 1_000_000) return formatUsd(n);
  const m = n / 1_000_000;
  return `$${Number.isInteger(m) ? m : d3format('.3~')(m)} million`;
}

/** 15000000 → "$15M", for tight axis labels. */
export function formatUsdShort(n: number): string {
  if (Math.abs(n) < 1_000_000) return `$${d3format('.2~s')(n).replace('k', 'K')}`;
  return `$${d3format('.3~')(n / 1_000_000)}M`;
}

/** 1700000 → "1.7M", 200000 → "200K", for tight axis labels. */
export function formatCountShort(n: number): string {
  if (n === 0) return '0';
  return d3format('.2~s')(n).replace('k', 'K');
}

/** 72 → "72%". */
export function formatPct(n: number): string {
  return `${d3format('~')(n)}%`;
}

/** 1 → "1 hour", 20 → "20 hours". */
export function formatHours(n: number): string {
  return `${d3format('~')(n)} ${n === 1 ? 'hour' : 'hours'}`;
}

/** "2014-12-24" → "Dec. 24, 2014" (AP style). */
export function formatDate(iso: string, { year = true }: { year?: boolean } = {}): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = MONTHS[(m ?? 1) - 1] ?? '';
  return year ? `${month} ${d}, ${y}` : `${month} ${d}`;
}

/** "2014-12" → "Dec. 2014". */
export function formatMonth(isoMonth: string): string {
  const [y, m] = isoMonth.split('-').map(Number);
  return `${MONTHS[(m ?? 1) - 1] ?? ''} ${y}`;
}

export function formatValue(value: string | number | boolean | string[] | undefined, fmt: ValueFormat): string {
  if (value === undefined) return '';
  switch (fmt) {
    case 'count':
      return formatCount(Number(value));
    case 'usd':
      return formatUsd(Number(value));
    case 'usd-millions':
      return formatUsdMillions(Number(value));
    case 'pct':
      return formatPct(Number(value));
    case 'hours':
      return formatHours(Number(value));
    case 'date':
      return formatDate(String(value));
    case 'text':
      return Array.isArray(value) ? value.join('; ') : String(value);
  }
}

/** "about" | "over" | "at least" | "" → words that precede a figure in a label. */
export function withQualifier(qualifier: string, figure: string): string {
  return qualifier ? `${qualifier} ${figure}` : figure;
}
