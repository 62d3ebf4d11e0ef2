/** The colour keys of the timeline's states (src/charts/core/keys.ts). */
import { chartKey, type ChartKey } from '../core/keys.ts';
import type { TimelineParams } from './params.ts';

export const timelineKeys = (p: TimelineParams): ChartKey[] =>
  p.theaters.length > 0 ? [chartKey('theaters', '--c-theatre', 'bar', '.theaters-bar')] : [];
