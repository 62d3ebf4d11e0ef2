/**
 * The release-hours model: hours since 1 pm ET, Dec. 24, 2014, as clock times; the hour scale and
 * its ticks; the rows in hour order.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { RowOf } from '../../schemas/datasets.ts';
import { ticksFit, type AxisTick } from '../core/axis.ts';
import { formatDate } from '../core/format.ts';
import { addDays, formatClock } from '../core/time.ts';

export type HourRow = RowOf<'release-hours'>;
export type Kind = HourRow['kind'];

export interface ReleaseHoursData {
  'release-hours': HourRow[];
  platforms: RowOf<'platforms'>[];
  prices: RowOf<'prices'>[];
}

/** Hour 0 as the release-hours schema defines it: 1 pm ET, Dec. 24, 2014. */
export const HOUR_ZERO = { date: '2014-12-24', hour: 13 };

export const KINDS: { kind: Kind; title: string }[] = [
  { kind: 'legal', title: 'Legal, online' },
  { kind: 'piracy', title: 'Pirated copies' },
  { kind: 'theatre', title: 'In theaters' },
];

export const MARGIN = { top: 8, right: 12, bottom: 6, left: 12 };
export const POINT_R = 5;
export const HIGHLIGHT_R = 6.5;
export const BAND = 10;

/** Hours since release → ["1 pm", "Dec. 24"]. */
export function clockParts(hours: number): [string, string] {
  const total = HOUR_ZERO.hour + hours;
  const day = Math.floor(total / 24);
  const h = Math.floor(total - day * 24);
  const m = Math.round((total - day * 24 - h) * 60);
  return [formatClock(h, m), formatDate(addDays(HOUR_ZERO.date, day), { year: false })];
}

/** Hours since release → "1 pm Dec. 24". */
export function clockAt(hours: number): string {
  return clockParts(hours).join(' ');
}

/** "hour 0", "about hour 10", "hours 0–5, approximate". */
export function whenText(row: HourRow): string {
  if (row.hour_end !== undefined) return `hours ${row.hour}–${row.hour_end}${row.approx ? ', approximate' : ''}`;
  return `${row.approx ? 'about ' : ''}hour ${row.hour}`;
}

export function whenClock(row: HourRow): string {
  const at = (h: number) => `${row.approx ? 'about ' : ''}${clockAt(h)}`;
  return row.hour_end !== undefined ? `${at(row.hour)} to ${clockAt(row.hour_end)}` : at(row.hour);
}

export interface HoursModel {
  rows: HourRow[];
  maxHour: number;
  xMax: number;
  x: ScaleLinear<number, number>;
  plotL: number;
  plotR: number;
  ticks: AxisTick[];
}

export function hoursModel(all: HourRow[], width: number): HoursModel {
  const plotL = MARGIN.left + HIGHLIGHT_R;
  const plotR = width - MARGIN.right - HIGHLIGHT_R;
  const rows = all
    .map((row, i) => ({ row, i }))
    .sort((a, b) => a.row.hour - b.row.hour || a.i - b.i)
    .map(({ row }) => row);
  // Axis: from hour 0 to past the last hour, in whole steps that leave room for the clock labels.
  const maxHour = Math.max(1, ...rows.map((r) => r.hour_end ?? r.hour));
  const xMax = maxHour + 2;
  const x = scaleLinear().domain([0, xMax]).range([plotL, plotR]);
  const ticksOf = (s: number): AxisTick[] =>
    Array.from({ length: Math.floor(xMax / s) + 1 }, (_, i) => ({ value: i * s, at: x(i * s), lines: [`${i * s}`, ...clockParts(i * s)] }));
  // At most five ticks: the axis is context, and every tick is a label to read.
  const step = [3, 6, 12, 24].find((s) => ticksOf(s).length <= 5 && ticksFit(ticksOf(s), 2, width - 2, 10, HIGHLIGHT_R)) ?? 24;
  return { rows, maxHour, xMax, x, plotL, plotR, ticks: ticksOf(step) };
}
