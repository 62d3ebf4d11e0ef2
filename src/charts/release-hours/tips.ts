/** Tips of the release-hours chart's points: moments, platforms and prices (src/charts/core/define.ts, Tips). */
import type { Tips } from '../core/define.ts';
import { capital } from '../core/tip-words.ts';
import { say } from './messages.ts';
import { whenClock } from './model.ts';

export const releaseHoursTips: Tips<'release-hours' | 'platforms' | 'prices'> = {
  'release-hours': (r, _data, words) => [r.label, say(words)('tip.when', { when: capital(words, whenClock(r, words)) })],
  platforms: (r, _data, words) => [
    r.platform,
    r.hour === undefined
      ? say(words)('tip.added', { date: words.fmt.date(r.added) })
      : say(words)('tip.added-hours', { date: words.fmt.date(r.added), hours: words.fmt.hours(r.hour) }),
  ],
  prices: (r, _data, words) => [say(words)(`tip.option.${r.option}`), words.fmt.usd(r.price_usd)],
};
