/**
 * content/charts.yaml declares each chart of the story and its named states. A scroll step names
 * a chart and one of its states; the state's parameters are all the chart layout needs to know
 * about the step, so a chart state is data and can be tested as data.
 */
import { z } from 'zod';
import { charts, type ChartId, type StateParams } from '../charts/registry.ts';

export type { ChartId, StateParams };

export function isChartId(s: string): s is ChartId {
  return Object.hasOwn(charts, s);
}

export const chartIds: ChartId[] = Object.keys(charts).filter(isChartId);

/**
 * Parameters of each chart's states, one schema per chart, from the chart's own module
 * (src/charts/<id>/params.ts). Built from the registry, so a new chart needs no line here.
 */
export const chartStateParams = Object.fromEntries(chartIds.map((id) => [id, charts[id].params])) as {
  // fromEntries forgets which id has which schema; the registry's own type says it.
  readonly [K in ChartId]: z.ZodType<StateParams<K>>;
};

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
