/**
 * Every chart of the story, one line each. A chart's id here is the id content/charts.yaml and
 * the story's steps name; the object says everything else about it (src/charts/README.md).
 */
import type { z } from 'zod';
import type { ChartDefinition } from './core/define.ts';
import { lockoutMap } from './lockout-map/index.ts';
import { money } from './money/index.ts';
import { piracySurge } from './piracy-surge/index.ts';
import { releaseHours } from './release-hours/index.ts';
import { timeline } from './timeline/index.ts';

const definitions = {
  timeline,
  'release-hours': releaseHours,
  'lockout-map': lockoutMap,
  'piracy-surge': piracySurge,
  money,
};

export type ChartId = keyof typeof definitions;
/** Parameters of one state of chart `K`, as its schema outputs them. */
export type StateParams<K extends ChartId> = z.output<(typeof definitions)[K]['params']>;

/**
 * The same objects, typed by id: `charts[k]` for a generic `k` is a definition of `StateParams<K>`,
 * so callers get from an id to its types without a switch or a cast.
 */
export const charts: { readonly [K in ChartId]: ChartDefinition<StateParams<K>> } = definitions;
