/**
 * The piracy surge's model: one series per tracker (never merged: their methods differ), Sony's
 * reports with a transaction count, and hour and count scales fitted to what the state shows.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Words } from '../../i18n/words.ts';
import type { RowOf } from '../../schemas/datasets.ts';
import { FONT, textWidth, wrapText } from '../core/text.ts';
import { say } from './messages.ts';
import type { PiracySurgeParams } from './params.ts';

export type Estimate = RowOf<'piracy-estimates'>;
export type LegalSale = RowOf<'legal-sales'>;

export interface PiracySurgeData {
  'piracy-estimates': Estimate[];
  'legal-sales': LegalSale[];
}

export const PAD = 6;
export const MARKER = 4.5;
const HOUR_STEPS = [6, 12, 24, 48, 72, 96, 120, 168, 336, 672];
/** Baseline to baseline of the y axis's title when it wraps. */
export const Y_TITLE_LEADING = Math.ceil(FONT.axis * 1.25);

/** Sony reports by day; the chart puts a report at the end of its last day, in hours. */
export function legalHour(row: LegalSale): number {
  return row.days * 24;
}

/** 12 → "12 h" (axis ticks, the table). */
export function hoursTick(hours: number, words: Words, approx = false): string {
  return say(words)(approx ? 'hours.short-approx' : 'hours.short', { hours: words.fmt.decimal(hours) });
}

export function hoursText(e: Estimate, words: Words): string {
  return hoursTick(e.hours, words, e.hours_approx);
}

export function hoursWords(e: Estimate, words: Words): string {
  const hours = words.fmt.hours(e.hours);
  return e.hours_approx ? say(words)('hours.approx', { hours }) : hours;
}

export function countWords(count: number, qualifier: string, words: Words): string {
  return words.fmt.qualified(qualifier, words.fmt.countWords(count));
}

/** Hour ticks in steps that read as parts of days; the domain ends on a tick. */
function hourTicks(max: number, maxIntervals: number): number[] {
  const step = HOUR_STEPS.find((s) => Math.ceil(max / s) <= maxIntervals) ?? 24 * Math.ceil(max / (24 * maxIntervals));
  const n = Math.max(1, Math.ceil(max / step));
  return Array.from({ length: n + 1 }, (_, i) => i * step);
}

/** "Torrent-site counters (Variety)" → "torrent-site-counters-variety": a tracker's name as a mark key. */
function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface Series {
  tracker: string;
  slug: string;
  /** Order of first appearance: picks the marker shape. */
  index: number;
  rows: Estimate[];
}

export type Sale = LegalSale & { transactions: number };

export interface SurgeModel {
  /** Every tracker (shapes stay with a tracker), and those the state shows. */
  series: Series[];
  shown: Series[];
  legal: Sale[];
  highlighted: Set<string>;
  anyHighlight: boolean;
  xTicks: number[];
  yTicks: number[];
  x: (h: number) => number;
  y: (c: number) => number;
  scaleX: ScaleLinear<number, number>;
  /** The y axis's title, over the plot: one line, or more when it is longer than the chart is wide. */
  yTitle: string[];
  plotTop: number;
  plotBottom: number;
  plotLeft: number;
  plotRight: number;
}

export function surgeModel(
  data: PiracySurgeData,
  state: PiracySurgeParams,
  width: number,
  height: number,
  compact: boolean,
  words: Words,
): SurgeModel {
  const estimates = data['piracy-estimates'];
  const series: Series[] = [];
  const byTracker = new Map<string, Series>();
  for (const r of estimates) {
    let s = byTracker.get(r.tracker);
    if (!s) {
      s = { tracker: r.tracker, slug: slug(r.tracker), index: series.length, rows: [] };
      byTracker.set(r.tracker, s);
      series.push(s);
    }
    s.rows.push(r);
  }
  for (const s of series) s.rows.sort((a, b) => a.hours - b.hours);
  const visible = new Set(state.trackers);
  const shown = series.filter((s) => visible.has(s.tracker));
  const legalIds = new Set(state.legal);
  // Only reports with a transaction count can be drawn; a spending-only report has no point.
  const legal = data['legal-sales'].filter((r): r is Sale => r.transactions !== undefined && legalIds.has(r.id));
  const highlighted = new Set(state.highlight);
  const anyHighlight = shown.some((s) => s.rows.some((r) => highlighted.has(r.id)));

  // Domains: all trackers always (so a series appears without rescaling), plus the legal reports shown.
  // Few ticks: the axes are context, and every tick is a label to read.
  const xTicks = hourTicks(Math.max(1, ...estimates.map((e) => e.hours), ...legal.map(legalHour)), compact ? 2 : 4);
  const yTickCount = 2;
  const yMaxRaw = Math.max(1, ...estimates.map((e) => e.count), ...legal.map((r) => r.transactions));
  const yTicks = scaleLinear().domain([0, yMaxRaw]).nice(yTickCount).ticks(yTickCount);
  const xMax = xTicks.at(-1) ?? 1;
  const yMax = yTicks.at(-1) ?? yMaxRaw;

  // Frame: the y-axis title on top, tick labels on the left, x ticks and title below.
  const axisLine = (0.8 + 0.25) * FONT.axis;
  const yTitle = wrapText(say(words)(legal.length ? 'axis.y-legal' : 'axis.y'), width - 2 * PAD, FONT.axis);
  const plotTop = PAD + axisLine + 14 + (yTitle.length - 1) * Y_TITLE_LEADING;
  const plotBottom = height - PAD - axisLine - 6 - axisLine - 8;
  const plotLeft = PAD + Math.max(...yTicks.map((v) => textWidth(words.fmt.countShort(v), FONT.axis))) + 8;
  const lastTickHalf = textWidth(hoursTick(xMax, words), FONT.axis) / 2;
  const plotRight = width - PAD - Math.max(lastTickHalf, compact ? 14 : 24);
  const scaleX = scaleLinear().domain([0, xMax]).range([plotLeft, plotRight]);
  const scaleY = scaleLinear().domain([0, yMax]).range([plotBottom, plotTop]);
  return {
    series,
    shown,
    legal,
    highlighted,
    anyHighlight,
    xTicks,
    yTicks,
    x: (h) => scaleX(Math.min(h, xMax)),
    y: (c) => scaleY(Math.min(c, yMax)),
    scaleX,
    yTitle,
    plotTop,
    plotBottom,
    plotLeft,
    plotRight,
  };
}
