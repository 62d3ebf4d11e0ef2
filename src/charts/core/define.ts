/**
 * What a chart is, in one object: the parameters its states take, the datasets it reads, which
 * parameters name rows of those datasets, and its layout. Each chart folder exports one of these
 * (src/charts/<id>/index.ts) and the registry lists them; nothing else switches on a chart's id.
 */
import type { z } from 'zod';
import type { DatasetId, RowOf } from '../../schemas/datasets.ts';
import type { LayoutOptions, Scene } from './scene.ts';

export type { SourceName } from './scene.ts';

/** The datasets a chart reads, as the content loader gives them (only `rows` is read). */
export type DatasetSource<D extends DatasetId> = { readonly [K in D]: { readonly rows: RowOf<K>[] } };

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
  /** Pure: the same data, size and state give the same scene. */
  layout(data: DatasetSource<D>, opts: LayoutOptions<P>): Scene;
}

/** Ties a chart's parameter type to its schema and its data type to its dataset list. */
export function defineChart<S extends z.ZodType, const D extends DatasetId>(
  def: ChartDefinition<z.output<S>, D> & { params: S },
): ChartDefinition<z.output<S>, D> {
  return def;
}
