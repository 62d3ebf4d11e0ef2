/** World map of legal availability (datasets: availability, downloader-share, piracy-estimates). */
import { defineChart } from '../core/define.ts';
import { lockoutMapKeys } from './keys.ts';
import { layoutLockoutMap } from './layout.ts';
import { messages } from './messages.ts';
import { lockoutMapParams } from './params.ts';
import { lockoutMapTips } from './tips.ts';

export const lockoutMap = defineChart({
  id: 'lockout-map',
  params: lockoutMapParams,
  datasets: ['availability', 'downloader-share', 'piracy-estimates'],
  references: { legal: { datasets: ['availability'] }, emphasize: { datasets: ['availability'] } },
  messages,
  layout: (d, opts) =>
    layoutLockoutMap(
      { availability: d.availability.rows, 'downloader-share': d['downloader-share'].rows, 'piracy-estimates': d['piracy-estimates'].rows },
      opts,
    ),
  keys: lockoutMapKeys,
  tips: lockoutMapTips,
});
