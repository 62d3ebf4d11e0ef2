/**
 * What a chart is, in one object: the parameters its states take, the datasets it reads, which
 * parameters name rows of those datasets, its layout, the colour keys a state draws and the tips
 * of its data points. Each chart folder exports one of these (src/charts/<id>/index.ts) and the
 * registry lists them; nothing else switches on a chart's id.
 */
import type { z } from 'zod';
import type { Catalog, Words } from '../../i18n/words.ts';
import type { DatasetId, RowOf } from '../../schemas/datasets.ts';
import type { ChartKey } from './keys.ts';
import type { LayoutOptions } from './layout-options.ts';
import type { Scene } from './scene.ts';

export type { SourceName } from './scene.ts';

/** The datasets a chart reads, as the content loader gives them (only `rows` is read). */
export type DatasetSource<D extends DatasetId> = { readonly [K in D]: { readonly rows: RowOf<K>[] } };

/** What a tip may read besides its row: every dataset's rows and title. */
export type TipData = { readonly [K in DatasetId]: { readonly rows: readonly RowOf<K>[]; readonly meta: { readonly title: string } } };

/**
 * The lines of a data point's tooltip, from the row its mark draws: what the point is, its value,
 * its time (the sources line is added by src/charts/tips.ts).
 */
export type TipLines<K extends DatasetId> = (row: RowOf<K>, data: TipData, words: Words) => string[];

/** Tips by dataset. Each dataset's tip is written once, by one chart that draws it (the registry refuses two). */
export type Tips<D extends DatasetId> = { readonly [K in D]?: TipLines<K> };

/**
 * A state parameter that names rows: each value must be found in `column` (default `id`) of one
 * of `datasets`. `noun` names the thing in error messages (default "row id").
 */
export interface Reference<D extends DatasetId> {
  datasets: readonly D[];
  column?: string;
  noun?: string;
}

/** Parameters (by name) whose values are row ids or column values; string or list of strings. */
export type References<P, D extends DatasetId> = { readonly [F in keyof P & string]?: Reference<D> };

export interface ChartDefinition<P, D extends DatasetId = DatasetId> {
  id: string;
  /** Schema of one state's parameters (content/charts.yaml `params`). */
  params: z.ZodType<P>;
  /** Datasets the chart draws on, in credit order. */
  datasets: readonly D[];
  references: References<P, D>;
  /**
   * Every English word the chart writes (src/charts/<id>/messages.ts), keys without the chart's
   * prefix: the global key is `<id>.<key>`, and an edition's words give each one in its language.
   */
  messages: Catalog;
  /** Pure: the same data, size and state give the same scene. */
  layout(data: DatasetSource<D>, opts: LayoutOptions<P>): Scene;
  /**
   * The colour keys a state draws, in drawing order (src/charts/core/keys.ts). Datasets with
   * mistakes are left out of `data`; a key that depends on their rows should then count as drawn.
   */
  keys(params: P, data: Partial<DatasetSource<NoInfer<D>>>, words: Words): ChartKey[];
  /** Tooltip lines of the rows this chart's marks point at (`datum`), by dataset. */
  tips: Tips<NoInfer<D>>;
}

/** Ties a chart's parameter type to its schema and its data type to its dataset list. */
export function defineChart<S extends z.ZodType, const D extends DatasetId>(
  def: ChartDefinition<z.output<S>, D> & { params: S },
): ChartDefinition<z.output<S>, D> {
  return def;
}
