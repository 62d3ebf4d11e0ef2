/**
 * The content model: what the loader (src/content/load.ts) makes of content/ and every page,
 * component and library module reads. Types only, no runtime code, so any layer above the
 * charts may import it without pulling in the loader (test/architecture/imports.test.ts).
 */
import type { ChartId, StateParams } from '../charts/registry.ts';
import type { DatasetMeta } from '../schemas/dataset-meta.ts';
import type { DatasetId, RowOf } from '../schemas/datasets.ts';
import type { Source } from '../schemas/sources.ts';
import type { Locale } from '../i18n/locales.ts';
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
  /** In a translated edition, shown in English because its translation is stale or missing. */
  english?: InEnglish;
}

/** Why a passage of a translated edition is shown in English. */
export type InEnglish = 'stale' | 'missing';

export interface Chapter extends ChapterFrontmatter {
  file: string;
  introHtml: string;
  steps: Step[];
  /** Parts shown in English in a translated edition. */
  english?: { heading?: InEnglish; intro?: InEnglish };
}

/** What one English passage's translation is: current, stale (the English changed), missing, or not yet stamped. */
export interface PassageStatus {
  key: string;
  state: 'current' | 'stale' | 'missing' | 'todo';
  english: { file: string; line?: number; hash: string; text: string };
  file: string;
  line?: number;
}

/** The edition a model is in: its language, interface strings and what of it is still English. */
export interface Edition {
  locale: Locale;
  /** Interface strings by key (src/i18n/ui-en.ts, src/charts/<id>/messages.ts), in this edition's language where current. */
  strings: Record<string, string>;
  /** Passage ids shown in English ("article.headline", "interface.share.copy", "story/01-hack.md#intro"), with why. */
  english: Record<string, InEnglish>;
  /** Every passage's translation state (empty for English). */
  status: PassageStatus[];
  /** Data values charts look rows up by (trackers' names), English → this edition's name. */
  names: Record<string, string>;
}

export interface ContentModel {
  article: Article;
  sources: Source[];
  datasets: Datasets;
  charts: ChartSpec[];
  chapters: Chapter[];
  edition: Edition;
}
