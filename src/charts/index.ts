/**
 * The charts of the story, by id: which datasets each layout reads, and the sizes every state is
 * laid out at. The pages and the image generator go through here, never to a layout directly.
 */
import type { ChartSpec, ContentModel, Datasets } from '../content/load.ts';
import type { ChartId, StateParams } from '../schemas/charts.ts';
import type { Scene } from './core/scene.ts';
import { layoutLockoutMap } from './lockout-map/layout.ts';
import { layoutMoney } from './money/layout.ts';
import { layoutPiracySurge } from './piracy-surge/layout.ts';
import { layoutReleaseHours } from './release-hours/layout.ts';
import { layoutTimeline } from './timeline/layout.ts';

/** Layout sizes, in SVG units. The SVG scales to its container; container queries pick the variant. */
export const SIZES = {
  compact: { width: 360, height: 360 },
  wide: { width: 640, height: 480 },
} as const;
export type SizeName = keyof typeof SIZES;
export const SIZE_NAMES = Object.keys(SIZES) as SizeName[];

/** Which datasets each chart draws on: its credit line and downloads list these. */
export const chartDatasets = {
  timeline: ['timeline', 'theaters'],
  'release-hours': ['release-hours', 'platforms', 'prices'],
  'lockout-map': ['availability', 'downloader-share', 'piracy-estimates'],
  'piracy-surge': ['piracy-estimates', 'legal-sales'],
  money: ['legal-sales', 'box-office', 'cost-estimates'],
} as const satisfies Record<ChartId, readonly (keyof Datasets)[]>;

function rows<K extends keyof Datasets>(d: Datasets, k: K): Datasets[K]['rows'] {
  return d[k].rows;
}

/** Lays out `chart` in state `params` at `size`. Pure: the same inputs give the same scene. */
/** `sources` lets labels name outlets (e.g. "Variety: about $75 million"). */
export function layoutChart<K extends ChartId>(
  datasets: Datasets,
  chart: K,
  params: StateParams<K>,
  size: SizeName,
  sources: { id: string; outlet: string }[] = [],
): Scene {
  const s = SIZES[size];
  const opts = { width: s.width, height: s.height };
  // Each case narrows `params` to its chart's state type; TypeScript cannot follow K through a switch.
  switch (chart) {
    case 'timeline':
      return layoutTimeline(
        { timeline: rows(datasets, 'timeline'), theaters: rows(datasets, 'theaters') },
        { ...opts, state: params as StateParams<'timeline'> },
      );
    case 'release-hours':
      return layoutReleaseHours(
        { 'release-hours': rows(datasets, 'release-hours'), platforms: rows(datasets, 'platforms'), prices: rows(datasets, 'prices') },
        { ...opts, state: params as StateParams<'release-hours'> },
      );
    case 'lockout-map':
      return layoutLockoutMap(
        {
          availability: rows(datasets, 'availability'),
          'downloader-share': rows(datasets, 'downloader-share'),
          'piracy-estimates': rows(datasets, 'piracy-estimates'),
        },
        { ...opts, state: params as StateParams<'lockout-map'> },
      );
    case 'piracy-surge':
      return layoutPiracySurge(
        { 'piracy-estimates': rows(datasets, 'piracy-estimates'), 'legal-sales': rows(datasets, 'legal-sales') },
        { ...opts, state: params as StateParams<'piracy-surge'> },
      );
    case 'money':
      return layoutMoney(
        {
          'legal-sales': rows(datasets, 'legal-sales'),
          'box-office': rows(datasets, 'box-office'),
          'cost-estimates': rows(datasets, 'cost-estimates'),
          sources,
        },
        { ...opts, state: params as StateParams<'money'> },
      );
  }
}

export function findState(model: ContentModel, chart: ChartId, state: string): { spec: ChartSpec; params: StateParams<ChartId> } {
  const spec = model.charts.find((c) => c.id === chart);
  const st = spec?.states.find((s) => s.id === state);
  if (!spec || !st) throw new Error(`unknown chart state ${chart}/${state}`);
  return { spec, params: st.params };
}
