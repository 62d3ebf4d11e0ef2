/** Tips of the release-hours chart's points: moments, platforms and prices (src/charts/core/define.ts, Tips). */
import type { Tips } from '../core/define.ts';
import { formatDate, formatHours, formatUsd } from '../core/format.ts';
import { capital } from '../core/tip-words.ts';
import { whenClock } from './model.ts';

export const releaseHoursTips: Tips<'release-hours' | 'platforms' | 'prices'> = {
  'release-hours': (r) => [r.label, `${capital(whenClock(r))} ET`],
  platforms: (r) => [
    r.platform,
    `Added ${formatDate(r.added)}${r.hour === undefined ? '' : `, ${formatHours(r.hour)} after the online release`}`,
  ],
  prices: (r) => [capital(r.option), formatUsd(r.price_usd)],
};
