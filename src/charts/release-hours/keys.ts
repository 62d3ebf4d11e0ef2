/** The colour keys of the release-hours chart's states: one per kind of lane it shows (src/charts/core/keys.ts). */
import type { DatasetSource } from '../core/define.ts';
import { chartKey, type ChartKey } from '../core/keys.ts';
import type { ReleaseHoursParams } from './params.ts';

const KINDS = ['legal', 'piracy', 'theatre'] as const;

const LANES = {
  legal: chartKey('online-release', '--c-legal', 'circle', '.marker.kind-legal'),
  piracy: chartKey('piracy', '--c-piracy', 'circle', '.marker.kind-piracy'),
  theatre: chartKey('theaters', '--c-theatre', 'circle', '.marker.kind-theatre'),
} as const;

export function releaseHoursKeys(p: ReleaseHoursParams, data: Partial<DatasetSource<'release-hours'>>): ChartKey[] {
  // Rows of a dataset with a mistake are not known; its own message is the one to fix, so every lane counts.
  const rows = data['release-hours']?.rows;
  const kinds = new Set<string>(rows ? rows.filter((r) => p.reveal.includes(r.id)).map((r) => r.kind) : KINDS);
  return KINDS.filter((k) => kinds.has(k)).map((k) => LANES[k]);
}
