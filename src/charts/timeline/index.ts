/** Timeline of dated events (datasets: timeline, theaters). */
import { defineChart } from '../core/define.ts';
import { timelineKeys } from './keys.ts';
import { layoutTimeline } from './layout.ts';
import { messages } from './messages.ts';
import { timelineParams } from './params.ts';
import { timelineTips } from './tips.ts';

export const timeline = defineChart({
  id: 'timeline',
  params: timelineParams,
  datasets: ['timeline', 'theaters'],
  references: { highlight: { datasets: ['timeline'] }, theaters: { datasets: ['theaters'] } },
  messages,
  layout: (d, opts) => layoutTimeline({ timeline: d.timeline.rows, theaters: d.theaters.rows }, opts),
  keys: timelineKeys,
  tips: timelineTips,
});
