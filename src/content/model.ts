/**
 * The content model: what the loader (src/content/load.ts) makes of content/ and every page,
 * component and library module reads. Types only, no runtime code, so any layer above the
 * charts may import it without pulling in the loader (test/architecture/imports.test.ts).
 */
import type { ChartId, StateParams } from '../charts/registry.ts';
import type { DatasetMeta } from '../schemas/dataset-meta.ts';
import type { DatasetId, RowOf } from '../schemas/datasets.ts';
import type { Source } from '../schemas/sources.ts';
import type { Article, ChapterFrontmatter } from '../schemas/story.ts';

export type { Article, ChartId, DatasetId, DatasetMeta, Source, StateParams };

export interface Dataset<K extends DatasetId = DatasetId> {
  id: K;
  meta: DatasetMeta;
  rows: RowOf<K>[];
  /** Line of each row in the CSV, by row id. */
  lines: Record<string, number>;
  file: string;
  /** The CSV readers download: as the editor wrote it, with figure placeholders resolved. */
  csv: string;
  /** Hash of the CSV as the editor wrote it (placeholders unresolved), as in the version lock. */
  sha256: string;
}

export type Datasets = { [K in DatasetId]: Dataset<K> };

/** Datasets as the loader's stages collect them: those that could be read so far. */
export type SomeDatasets = { [K in DatasetId]?: Dataset<K> };

export interface ChartStateSpec<K extends ChartId = ChartId> {
  id: string;
  title: string;
  params: StateParams<K>;
}

export interface ChartSpec<K extends ChartId = ChartId> {
  id: K;
  title: string;
  description: string;
  states: ChartStateSpec<K>[];
}

export interface Step {
  id: string;
  chart: ChartId;
  state: string;
  html: string;
  /** Set when the step is shown in English in a translated edition: its translation is stale or missing. */
  english?: 'stale' | 'missing';
}

export interface Chapter extends ChapterFrontmatter {
  file: string;
  introHtml: string;
  steps: Step[];
  /** Set when the chapter's heading or introduction is shown in English in a translated edition. */
  english?: 'stale' | 'missing';
}

export interface ContentModel {
  article: Article;
  sources: Source[];
  datasets: Datasets;
  charts: ChartSpec[];
  chapters: Chapter[];
}
