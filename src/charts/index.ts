/**
 * The charts of the story, by id: which datasets each layout reads, and the sizes every state is
 * laid out at. The pages and the image generator go through here, never to a layout directly.
 */
import { curlyQuotes } from '../core/typography.ts';
import type { Catalog, Words } from '../i18n/words.ts';
import type { DatasetId } from '../schemas/datasets.ts';
import { cachedLayout, wordsHash } from './core/layout-cache.ts';
import type { DatasetSource, SourceName } from './core/define.ts';
import type { ChartKey } from './core/keys.ts';
import { CORE_PREFIX, messages as coreMessages } from './core/messages.ts';
import { prefixed } from './core/say.ts';
import type { Scene } from './core/scene.ts';
import { SIZES, type SizeName } from './core/sizes.ts';
import { charts, type ChartId, type StateParams } from './registry.ts';

export { charts };
export type { ChartId, StateParams, ChartKey };

export function isChartId(s: string): s is ChartId {
  return Object.hasOwn(charts, s);
}

export const chartIds: ChartId[] = Object.keys(charts).filter(isChartId);

/** The colour keys chart `chart` draws in state `params`, in drawing order (src/charts/core/keys.ts). */
export function keysOf<K extends ChartId>(
  chart: K,
  params: StateParams<K>,
  data: Partial<DatasetSource<DatasetId>>,
  words: Words,
): ChartKey[] {
  return charts[chart].keys(params, data, words);
}

/** Every English word the charts write, by global key (`<chart-id>.<key>`, shared ones `chart.<key>`). */
export const chartCatalog: Catalog = Object.fromEntries(
  [prefixed(CORE_PREFIX, coreMessages), ...Object.values(charts).map((def) => prefixed(def.id, def.messages))].flatMap((c) =>
    Object.entries(c),
  ),
);

/** The global keys chart `chart` may ask its words for: its own and the shared ones. */
const keysUsed = (chart: ChartId): string[] => [
  ...Object.keys(coreMessages).map((k) => `${CORE_PREFIX}.${k}`),
  ...Object.keys(charts[chart].messages).map((k) => `${chart}.${k}`),
];

export { SIZES, SIZE_NAMES, type SizeName } from './core/sizes.ts';

/** Which datasets each chart draws on: its credit line and downloads list these. */
export const chartDatasets = Object.fromEntries(Object.entries(charts).map(([id, def]) => [id, def.datasets])) as {
  // fromEntries forgets the keys; they are the registry's.
  readonly [K in ChartId]: readonly DatasetId[];
};

/**
 * Lays out `chart` in state `params` at `size`. Pure: the same inputs give the same scene, so each
 * (chart, state, size, data, edition's words) is laid out once per process, whoever asks; the
 * returned scene is shared and must not be changed. `words` is the edition's (its strings and
 * formats); `sources` lets labels name outlets (e.g. "Variety: about $75 million").
 */
export function layoutChart<K extends ChartId>(
  datasets: DatasetSource<DatasetId>,
  chart: K,
  params: StateParams<K>,
  size: SizeName,
  words: Words,
  sources: readonly SourceName[] = [],
): Scene {
  const def = charts[chart];
  const { width, height } = SIZES[size];
  const rows = def.datasets.map((id) => datasets[id].rows);
  return cachedLayout([chart, size, params, sources, words.locale, wordsHash(words, chart, keysUsed)], rows, () =>
    typeset(def.layout(datasets, { width, height, size, state: params, sources, words })),
  );
}

/**
 * Every word of a scene a reader meets (labels, title, description, data table) with typographer's
 * quotes: layouts build text from data and templates ("Excipio's"), the prose is typeset the same way.
 */
function typeset(scene: Scene): Scene {
  const table = scene.table;
  return {
    ...scene,
    title: curlyQuotes(scene.title),
    description: curlyQuotes(scene.description),
    marks: scene.marks.map((m) => (m.type === 'text' ? { ...m, text: curlyQuotes(m.text) } : m)),
    table: {
      caption: curlyQuotes(table.caption),
      columns: table.columns.map(curlyQuotes),
      rows: table.rows.map((r) => r.map(curlyQuotes)),
    },
  };
}
