/**
 * content/charts.yaml declares each chart of the story and its named states. A scroll step names
 * a chart and one of its states; the state's parameters are all the chart layout needs to know
 * about the step, so a chart state is data and can be tested as data. The parameters are checked
 * against each chart's own schema (src/charts/<id>/params.ts) by the loader.
 */
import { z } from 'zod';

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

/** One entry of charts.yaml as its schema gives it: parameters not yet resolved or checked against the chart. */
export type ChartSpecInput = z.output<typeof chartSpecSchema>;
