/** Cumulative pirate downloads by tracker, by hours since release (datasets: piracy-estimates, legal-sales). */
import { defineChart } from '../core/define.ts';
import { piracySurgeKeys } from './keys.ts';
import { layoutPiracySurge } from './layout.ts';
import { messages } from './messages.ts';
import { piracySurgeParams } from './params.ts';
import { piracySurgeTips } from './tips.ts';

export const piracySurge = defineChart({
  id: 'piracy-surge',
  params: piracySurgeParams,
  datasets: ['piracy-estimates', 'legal-sales'],
  references: {
    trackers: { datasets: ['piracy-estimates'], column: 'tracker', noun: 'tracker' },
    highlight: { datasets: ['piracy-estimates'] },
    legal: { datasets: ['legal-sales'] },
  },
  messages,
  layout: (d, opts) => layoutPiracySurge({ 'piracy-estimates': d['piracy-estimates'].rows, 'legal-sales': d['legal-sales'].rows }, opts),
  keys: piracySurgeKeys,
  tips: piracySurgeTips,
});
