/** The colour keys of the lockout map's states (src/charts/core/keys.ts). */
import { chartKey, type ChartKey } from '../core/keys.ts';
import type { LockoutMapParams } from './params.ts';

export const lockoutMapKeys = (p: LockoutMapParams): ChartKey[] => [
  ...(p.legal.length > 0 ? [chartKey('legal', '--c-legal', 'square', '.geo.is-legal')] : []),
  chartKey('locked', '--c-locked', 'square', '.geo.is-locked', null),
  ...(p.share
    ? [
        chartKey('inside-us', '--c-legal', 'bar', '.share-seg.share-us'),
        chartKey('outside-us', '--c-piracy', 'bar', '.share-seg.is-derived'),
      ]
    : []),
];
