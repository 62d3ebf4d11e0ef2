/**
 * Tips of the piracy surge's tracker points (src/charts/core/define.ts, Tips). Its legal-sales
 * points take the tip the money chart writes for them: each dataset's tip is written once.
 */
import type { Tips } from '../core/define.ts';
import { formatCount, formatHours } from '../core/format.ts';
import { capital, estimate } from '../core/tip-words.ts';

export const piracySurgeTips: Tips<'piracy-estimates'> = {
  'piracy-estimates': (r) => [
    r.tracker,
    `${estimate(r.qualifier, formatCount(r.count))} downloads`,
    `${r.hours_approx ? 'About ' : ''}${formatHours(r.hours)} after the online release`,
    capital(r.method),
  ],
};
