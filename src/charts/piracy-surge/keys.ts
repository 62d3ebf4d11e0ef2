/** The colour keys of the piracy surge's states (src/charts/core/keys.ts). */
import { chartKey, type ChartKey } from '../core/keys.ts';
import type { PiracySurgeParams } from './params.ts';

/** Trackers by their name in the data; shapes follow the data's tracker order. */
const TRACKERS: Readonly<Record<string, ChartKey>> = {
  TorrentFreak: chartKey('torrentfreak', '--c-tracker-1', 'circle', '.point.tracker-torrentfreak.shape-circle'),
  'Torrent-site counters (Variety)': chartKey(
    'counters',
    '--c-tracker-2',
    'square',
    '.point.tracker-torrent-site-counters-variety.shape-square',
  ),
  Excipio: chartKey('excipio', '--c-tracker-3', 'triangle', '.point.tracker-excipio.shape-triangle'),
};

export const piracySurgeKeys = (p: PiracySurgeParams): ChartKey[] => [
  ...p.trackers.flatMap((t) => TRACKERS[t] ?? []),
  ...(p.legal.length > 0 ? [chartKey('sony-sales', '--c-legal', 'diamond', '.point.shape-diamond.is-legal')] : []),
];
