/**
 * Tips of the piracy surge's tracker points (src/charts/core/define.ts, Tips). Its legal-sales
 * points take the tip the money chart writes for them: each dataset's tip is written once.
 */
import type { Tips } from '../core/define.ts';
import { capital, estimate } from '../core/tip-words.ts';
import { say } from './messages.ts';

export const piracySurgeTips: Tips<'piracy-estimates'> = {
  'piracy-estimates': (r, _data, words) => [
    words.name(r.tracker),
    say(words)('tip.downloads', { count: estimate(words, r.qualifier, words.fmt.count(r.count)) }),
    say(words)(r.hours_approx ? 'tip.hours-approx' : 'tip.hours', { hours: words.fmt.hours(r.hours) }),
    capital(words, r.method),
  ],
};
