/** The content model as pages see it, assembled from the content collections. */
import { getCollection } from 'astro:content';
import { ContentError, type ContentIssue } from './errors.ts';
import type { Chapter, ChartSpec, ContentModel, Dataset, Datasets } from './model.ts';
import type { Source } from '../schemas/sources.ts';
import type { Article } from '../schemas/story.ts';

type Ordered<T> = T & { order: number };
const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/** Problems found in content/ (only ever non-empty in `astro dev`; a build stops before). */
export async function getProblems(): Promise<ContentIssue[]> {
  const [status] = await getCollection('status');
  return (status?.data as { problems?: ContentIssue[] } | undefined)?.problems ?? [];
}

export async function getModel(): Promise<ContentModel> {
  const problems = await getProblems();
  if (problems.length > 0) throw new ContentError(problems);
  const [article] = await getCollection('article');
  const chapters = (await getCollection('chapters')).map((e) => e.data as unknown as Ordered<Chapter>).sort(byOrder);
  const sources = (await getCollection('sources')).map((e) => e.data as unknown as Ordered<Source>).sort(byOrder);
  const charts = (await getCollection('charts')).map((e) => e.data as unknown as Ordered<ChartSpec>).sort(byOrder);
  const datasets = Object.fromEntries((await getCollection('datasets')).map((e) => [e.id, e.data as unknown as Dataset])) as Datasets;
  if (!article) throw new Error('content/article.yaml did not load');
  return { article: article.data as unknown as Article, chapters, sources, charts, datasets };
}
