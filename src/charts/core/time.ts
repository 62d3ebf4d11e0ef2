/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) and AP-style clock times, without the machine's
 * clock or time zone: dates are counted as whole UTC days, times are US Eastern as the data gives them.
 */
import { utcDay } from 'd3-time';
import { en } from '../../i18n/format-en.ts';

function utcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return utcDay.count(utcDate(from), utcDate(to));
}

/** `iso` plus `days` days, as YYYY-MM-DD. */
export function addDays(iso: string, days: number): string {
  return utcDay.offset(utcDate(iso), days).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return utcDate(iso).getUTCDay();
}

/** 13, 0 → "1 pm"; 9, 30 → "9:30 am"; 12, 0 → "noon"; 0, 0 → "midnight" (AP style, src/i18n/format-en.ts). */
export function formatClock(hour: number, minute = 0): string {
  return en.clock(hour, minute);
}

/** "13:00" → "1 pm". */
export function formatTimeOfDay(hhmm: string): string {
  return en.timeOfDay(hhmm);
}

/** Hours as a fraction of a day from "HH:MM". */
export function dayFraction(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return ((h ?? 0) + (m ?? 0) / 60) / 24;
}
