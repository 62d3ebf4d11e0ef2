/** The first hours of the online release (datasets: release-hours, platforms, prices). */
import { defineChart } from '../core/define.ts';
import { releaseHoursKeys } from './keys.ts';
import { layoutReleaseHours } from './layout.ts';
import { messages } from './messages.ts';
import { releaseHoursParams } from './params.ts';
import { releaseHoursTips } from './tips.ts';

export const releaseHours = defineChart({
  id: 'release-hours',
  params: releaseHoursParams,
  datasets: ['release-hours', 'platforms', 'prices'],
  references: { reveal: { datasets: ['release-hours'] }, highlight: { datasets: ['release-hours'] } },
  messages,
  layout: (d, opts) =>
    layoutReleaseHours({ 'release-hours': d['release-hours'].rows, platforms: d.platforms.rows, prices: d.prices.rows }, opts),
  keys: releaseHoursKeys,
  tips: releaseHoursTips,
});
