/** State parameters of the timeline (content/charts.yaml). Row ids refer to the chart's datasets. */
import { z } from 'zod';
import { day, ids } from '../core/param-types.ts';

export const timelineParams = z.strictObject({
  /** timeline row ids to emphasise; others are drawn muted. */
  highlight: ids,
  /** First day shown, YYYY-MM-DD (zoom); default the first event. */
  from: day.optional(),
  /** Last day shown, YYYY-MM-DD (zoom); default the last event. */
  to: day.optional(),
  /** theaters row ids to draw as a planned-vs-actual bar comparison under the timeline. */
  theaters: ids,
});
export type TimelineParams = z.output<typeof timelineParams>;
