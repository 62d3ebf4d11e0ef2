/**
 * How numbers, money, dates and times read in each edition: one Formatter per locale, so prose,
 * chart labels, axes, tips, tables, alt text and embeds of one edition agree. English follows AP
 * style (as the story always has); the others follow their newsrooms (see format-*.ts).
 */
import type { Locale } from './locales.ts';

/** How a dataset column's values are shown (src/schemas/datasets.ts `formats`). */
export type ValueFormatName = 'count' | 'usd' | 'usd-millions' | 'pct' | 'hours' | 'date' | 'text';

export interface Formatter {
  locale: Locale;
  /** 750000 → "750,000" (en), "750.000" (de, es), "75만" (ko); 3000 → "3000" (de). */
  count(n: number): string;
  /** 5.99 → "$5.99"; 15000000 → "$15,000,000". */
  usd(n: number): string;
  /** 15000000 → "$15 million"; 950000 → "$950,000". */
  usdMillions(n: number): string;
  /** 15000000 → "$15M": tight axis labels. */
  usdShort(n: number): string;
  /** 1700000 → "1.7 million"; 904237 → "904,237". */
  countWords(n: number): string;
  /** 1700000 → "1.7M": tight axis labels. */
  countShort(n: number): string;
  /** 72 → "72%". */
  pct(n: number): string;
  /** 20 → "20 hours". */
  hours(n: number): string;
  /** A bare decimal as the language writes it: 1.5 → "1.5" (en), "1,5" (de). */
  decimal(n: number): string;
  /** "2014-12-24" → "Dec. 24, 2014"; `year: false` → "Dec. 24". */
  date(iso: string, opts?: { year?: boolean }): string;
  /** "2014-12" → "Dec. 2014". */
  month(isoMonth: string): string;
  /** Short month name for axis ticks: 12 → "Dec." (1-based). */
  monthShort(month: number): string;
  /** 13, 0 → "1 pm" (en), "13 Uhr" (de). */
  clock(hour: number, minute?: number): string;
  /** "13:00" → clock(13, 0). */
  timeOfDay(hhmm: string): string;
  /** ["a", "b", "c"] → "a, b and c" in the language's way of listing. */
  list(items: readonly string[]): string;
  /** `qualifier` ("about", "over", "at least", "") before `figure`, in the language's words and order. */
  qualified(qualifier: string, figure: string): string;
  /** A cell's value in its column's format. */
  value(value: string | number | boolean | readonly string[] | undefined, fmt: ValueFormatName): string;
}
