/** The content model as pages see it, assembled from the content collections (typed by their schemas, src/content.config.ts). */
import { getCollection } from 'astro:content';
import { ContentError, type ContentIssue } from './errors.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Words } from '../i18n/words.ts';
import { wordsOf } from './catalog.ts';
import type { ContentModel } from './model.ts';

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/** Problems found in content/ (only ever non-empty in `astro dev`; a build stops before). */
export async function getProblems(): Promise<ContentIssue[]> {
  const [status] = await getCollection('status');
  return status?.data.problems ?? [];
}

/** The model of edition `locale` (default English). */
export async function getModel(locale: Locale = 'en'): Promise<ContentModel> {
  const problems = await getProblems();
  if (problems.length > 0) throw new ContentError(problems);
  if (locale !== 'en') {
    const edition = (await getCollection('editions')).find((e) => e.id === locale);
    if (!edition) throw new Error(`edition ${locale} did not load`);
    return edition.data;
  }
  const [article] = await getCollection('article');
  const [datasets] = await getCollection('datasets');
  // Entries keep their `order` field, which the model's types allow and the pages ignore.
  const chapters = (await getCollection('chapters')).map((e) => e.data).sort(byOrder);
  const sources = (await getCollection('sources')).map((e) => e.data).sort(byOrder);
  const charts = (await getCollection('charts')).map((e) => e.data).sort(byOrder);
  const [english] = await getCollection('edition');
  if (!article || !datasets || !english) throw new Error('content/ did not load');
  const edition = english.data;
  return { article: article.data, chapters, sources, charts, datasets: datasets.data, edition };
}

/** The model of one edition: its text, its words (interface strings and formats) and what is shown in English. */
export interface Edition extends ContentModel {
  locale: Locale;
  words: Words;
  /** Model keys shown in English because their translation is stale or missing. */
  english: ReadonlySet<string>;
}

/** The edition `locale`: its model, its words, and which of its passages are shown in English. */
export async function getEdition(locale: Locale): Promise<Edition> {
  const model = await getModel(locale);
  return { ...model, locale, words: wordsOf(model), english: new Set(Object.keys(model.edition.english)) };
}
