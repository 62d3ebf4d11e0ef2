/** The content model as pages see it, assembled from the content collections (typed by their schemas, src/content.config.ts). */
import { getCollection } from 'astro:content';
import { ContentError, type ContentIssue } from './errors.ts';
import type { ContentModel } from './model.ts';
import { formatterFor } from '../i18n/formatters.ts';
import { LANGUAGE_TAG, type Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/ui-en.ts';
import { makeWords, type Words } from '../i18n/words.ts';

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/** Problems found in content/ (only ever non-empty in `astro dev`; a build stops before). */
export async function getProblems(): Promise<ContentIssue[]> {
  const [status] = await getCollection('status');
  return status?.data.problems ?? [];
}

export async function getModel(): Promise<ContentModel> {
  const problems = await getProblems();
  if (problems.length > 0) throw new ContentError(problems);
  const [article] = await getCollection('article');
  const [datasets] = await getCollection('datasets');
  // Entries keep their `order` field, which the model's types allow and the pages ignore.
  const chapters = (await getCollection('chapters')).map((e) => e.data).sort(byOrder);
  const sources = (await getCollection('sources')).map((e) => e.data).sort(byOrder);
  const charts = (await getCollection('charts')).map((e) => e.data).sort(byOrder);
  if (!article || !datasets) throw new Error('content/ did not load');
  return { article: article.data, chapters, sources, charts, datasets: datasets.data };
}

/** The model of one edition: its text, its words (interface strings and formats) and what is shown in English. */
export interface Edition extends ContentModel {
  locale: Locale;
  words: Words;
  /** Model keys shown in English because their translation is stale or missing. */
  english: ReadonlySet<string>;
}

/** English words: the interface strings of src/i18n/ui-en.ts with English formats. */
export function englishWords(): Words {
  return makeWords('en', LANGUAGE_TAG.en, formatterFor('en'), ui);
}

/**
 * The edition `locale`. For now every edition is the English model with English words (the
 * translated loader, `loadContent(root, { locale })`, replaces this body), so every route is built
 * and checked end to end before the translations land.
 */
export async function getEdition(locale: Locale): Promise<Edition> {
  const model = await getModel();
  return { ...model, locale, words: englishWords(), english: new Set() };
}
