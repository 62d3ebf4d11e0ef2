/**
 * content/charts.yaml declares each chart of the story and its named states. A scroll step names
 * a chart and one of its states; the state's parameters are all the chart layout needs to know
 * about the step, so a chart state is data and can be tested as data.
 */
import { z } from 'zod';
import { isIsoDate } from './cells.ts';

const day = z.string().refine(isIsoDate, 'expected a real date written YYYY-MM-DD, e.g. 2014-12-01');

const ids = z.array(z.string()).default([]);

/** Parameters of each chart's states, one schema per chart. Row ids refer to the chart's datasets. */
export const chartStateParams = {
  /** Timeline of dated events (datasets: timeline, theaters). */
  timeline: z.strictObject({
    /** timeline row ids to emphasise; others are drawn muted. */
    highlight: ids,
    /** First day shown, YYYY-MM-DD (zoom); default the first event. */
    from: day.optional(),
    /** Last day shown, YYYY-MM-DD (zoom); default the last event. */
    to: day.optional(),
    /** theaters row ids to draw as a planned-vs-actual bar comparison under the timeline. */
    theaters: ids,
  }),
  /** The first hours of the online release (datasets: release-hours, platforms, prices). */
  'release-hours': z.strictObject({
    /** release-hours row ids shown; the rest are hidden until a later step reveals them. */
    reveal: ids,
    /** release-hours row ids to emphasise. */
    highlight: ids,
    /** Show the platforms and prices panel. */
    platforms: z.boolean().default(false),
  }),
  /** World map of legal availability (datasets: availability, downloader-share). */
  'lockout-map': z.strictObject({
    /** availability row ids drawn as legally available; every other region is drawn locked out. */
    legal: ids,
    /** availability row id to emphasise. */
    emphasize: z.string().optional(),
    /** Show the share of pirate downloaders inside and outside the U.S. as a bar (not per country). */
    share: z.boolean().default(false),
  }),
  /** Cumulative pirate downloads by tracker, by hours since release (datasets: piracy-estimates, legal-sales). */
  'piracy-surge': z.strictObject({
    /** Trackers shown, by name as in the tracker column; each is its own series. */
    trackers: ids,
    /** piracy-estimates row ids to annotate. */
    highlight: ids,
    /** legal-sales row ids whose transactions are set against the downloads. */
    legal: ids,
  }),
  /** Money: online sales, box office and the disputed cost, in dollars (datasets: legal-sales, box-office, cost-estimates). */
  money: z.strictObject({
    /** Which series are shown. */
    show: z.array(z.enum(['legal-sales', 'box-office', 'cost'])).default([]),
    /** Row ids (of any of the three datasets) to annotate. */
    highlight: ids,
  }),
} as const;

export type ChartId = keyof typeof chartStateParams;
export const chartIds = Object.keys(chartStateParams) as ChartId[];
export type StateParams<K extends ChartId> = z.output<(typeof chartStateParams)[K]>;

export function isChartId(s: string): s is ChartId {
  return Object.hasOwn(chartStateParams, s);
}

export const chartStateSchema = z.strictObject({
  /** State id, unique within the chart; steps name it. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected an id of lower-case letters, digits and hyphens'),
  /** Short title of the state, used for the embed page and the figure caption. */
  title: z.string().min(1),
  /** Chart-specific parameters, checked against the chart's own schema. */
  params: z.record(z.string(), z.unknown()).default({}),
});

export const chartSpecSchema = z.strictObject({
  /** Chart id; must be one the code knows (timeline, release-hours, lockout-map, piracy-surge, money). */
  id: z.string(),
  /** Title shown above the chart. */
  title: z.string().min(1),
  /** One line on what the chart shows, for embeds and descriptions. */
  description: z.string().min(1),
  /** The chart's states, in story order. */
  states: z.array(chartStateSchema).min(1),
});
export const chartsFileSchema = z.array(chartSpecSchema);
