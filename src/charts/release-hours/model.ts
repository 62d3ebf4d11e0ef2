/**
 * The release-hours model: hours since 1 pm ET, Dec. 24, 2014, as clock times; the hour scale and
 * its ticks; the rows in hour order.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Words } from '../../i18n/words.ts';
import type { RowOf } from '../../schemas/datasets.ts';
import { ticksFit, type AxisTick } from '../core/axis.ts';
import { addDays } from '../core/time.ts';
import { say } from './messages.ts';

export type HourRow = RowOf<'release-hours'>;
export type Kind = HourRow['kind'];

export interface ReleaseHoursData {
  'release-hours': HourRow[];
  platforms: RowOf<'platforms'>[];
  prices: RowOf<'prices'>[];
}

/** Hour 0 as the release-hours schema defines it: 1 pm ET, Dec. 24, 2014. */
export const HOUR_ZERO = { date: '2014-12-24', hour: 13 };

/** The lanes, top to bottom; each lane's name is `lane.<kind>` in the chart's messages. */
export const KINDS: Kind[] = ['legal', 'piracy', 'theatre'];

export const MARGIN = { top: 8, right: 12, bottom: 6, left: 12 };
export const POINT_R = 5;
export const HIGHLIGHT_R = 6.5;
export const BAND = 10;

/** Hours since release → ["1 pm", "Dec. 24"]. */
export function clockParts(hours: number, words: Words): [string, string] {
  const total = HOUR_ZERO.hour + hours;
  const day = Math.floor(total / 24);
  const h = Math.floor(total - day * 24);
  const m = Math.round((total - day * 24 - h) * 60);
  return [words.fmt.clock(h, m), words.fmt.date(addDays(HOUR_ZERO.date, day), { year: false })];
}

/** Hours since release → "1 pm Dec. 24". */
export function clockAt(hours: number, words: Words): string {
  const [time, date] = clockParts(hours, words);
  return say(words)('clock.at', { time, date });
}

/** "hour 0", "about hour 10", "hours 0–5, approximate". */
export function whenText(row: HourRow, words: Words): string {
  const n = (h: number) => words.fmt.decimal(h);
  if (row.hour_end !== undefined)
    return say(words)(row.approx ? 'when.range-approx' : 'when.range', { from: n(row.hour), to: n(row.hour_end) });
  return say(words)(row.approx ? 'when.hour-approx' : 'when.hour', { hour: n(row.hour) });
}

/** "1 pm Dec. 24", "about 3 pm Dec. 24", "1 pm Dec. 24 to 6 pm Dec. 24". */
export function whenClock(row: HourRow, words: Words): string {
  const at = (h: number) => clockAt(h, words);
  if (row.hour_end !== undefined)
    return say(words)(row.approx ? 'clock.range-approx' : 'clock.range', { from: at(row.hour), to: at(row.hour_end) });
  return row.approx ? say(words)('clock.approx', { time: at(row.hour) }) : at(row.hour);
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

export function hoursModel(all: HourRow[], width: number, words: Words): HoursModel {
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
    Array.from({ length: Math.floor(xMax / s) + 1 }, (_, i) => ({
      value: i * s,
      at: x(i * s),
      lines: [words.fmt.decimal(i * s), ...clockParts(i * s, words)],
    }));
  // At most five ticks: the axis is context, and every tick is a label to read.
  const step = [3, 6, 12, 24].find((s) => ticksOf(s).length <= 5 && ticksFit(ticksOf(s), 2, width - 2, 10, HIGHLIGHT_R)) ?? 24;
  return { rows, maxHour, xMax, x, plotL, plotR, ticks: ticksOf(step) };
}
