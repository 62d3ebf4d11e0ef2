/**
 * Astro content collections over content/. One loader reads and validates the whole content
 * model (src/content/load.ts) and each collection takes its part, so every cross-reference
 * (citations, chart states, figures, versions) is checked before any page renders.
 *
 * In `astro dev` a content mistake does not stop the server: the `status` entry holds the
 * same messages `npm run check` prints, and the page shows them instead of the article.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { ContentError, type ContentIssue } from './content/errors.ts';
import { loadContentCached } from './content/cached.ts';
import type { Article, Chapter, ChartSpec, ContentModel, Datasets, Edition, Source } from './content/model.ts';
import { TARGET_LOCALES } from './i18n/locales.ts';

const root = process.cwd();

type Entry = { id: string; data: object };

/** An entry's own fields as the record Astro's store takes (Astro serializes it itself, undefined fields included). */
const fields = (data: object): Record<string, unknown> => Object.fromEntries(Object.entries(data));

/**
 * The type of a collection's entries, for getCollection. The loader has validated every entry
 * against the content schemas already; at run time this only checks that an entry is an object.
 */
const entry = <T extends object>() => z.custom<T>((v) => typeof v === 'object' && v !== null);

type Ordered<T> = T & { order: number };

function fromModel(
  name: string,
  pick: (m: ContentModel) => Entry[],
  onError?: (e: ContentError) => Entry[],
  load: () => ContentModel = () => loadContentCached(root),
): Loader {
  return {
    name: `content-model:${name}`,
    // Reading content/ is synchronous; Astro's loader interface is async.
    // eslint-disable-next-line @typescript-eslint/require-await
    load: async ({ store, watcher, logger }) => {
      const sync = () => {
        let entries: Entry[];
        try {
          entries = pick(load());
        } catch (err) {
          if (!(err instanceof ContentError)) throw err;
          if (onError) logger.error(err.message);
          entries = onError ? onError(err) : [];
        }
        store.clear();
        for (const e of entries) store.set({ id: e.id, data: fields(e.data) });
      };
      sync();
      watcher?.add(`${root}/content`);
      const onChange = (path: string) => {
        if (path.startsWith(`${root}/content`)) sync();
      };
      watcher?.on('change', onChange);
      watcher?.on('add', onChange);
      watcher?.on('unlink', onChange);
    },
  };
}

export const collections = {
  article: defineCollection({ loader: fromModel('article', (m) => [{ id: 'article', data: m.article }]), schema: entry<Article>() }),
  chapters: defineCollection({
    loader: fromModel('chapters', (m) => m.chapters.map((c, i) => ({ id: c.id, data: { ...c, order: i } }))),
    schema: entry<Ordered<Chapter>>(),
  }),
  sources: defineCollection({
    loader: fromModel('sources', (m) => m.sources.map((s, i) => ({ id: s.id, data: { ...s, order: i } }))),
    schema: entry<Ordered<Source>>(),
  }),
  // One entry: the datasets are one typed object (each id with its own row type), as the model has them.
  datasets: defineCollection({ loader: fromModel('datasets', (m) => [{ id: 'datasets', data: m.datasets }]), schema: entry<Datasets>() }),
  charts: defineCollection({
    loader: fromModel('charts', (m) => m.charts.map((c, i) => ({ id: c.id, data: { ...c, order: i } }))),
    schema: entry<Ordered<ChartSpec>>(),
  }),
  edition: defineCollection({ loader: fromModel('edition', (m) => [{ id: 'edition', data: m.edition }]), schema: entry<Edition>() }),
  // Each translated edition's whole model, by locale (the English one is the collections above).
  editions: defineCollection({
    loader: fromModel('editions', () => TARGET_LOCALES.map((l) => ({ id: l, data: loadContentCached(root, l) }))),
    schema: entry<ContentModel>(),
  }),
  status: defineCollection({
    loader: fromModel(
      'status',
      () => [{ id: 'status', data: { problems: [] } }],
      (e) => [{ id: 'status', data: { problems: e.issues } }],
      // Every edition is checked: a mistake in a translation stops the build like one in the English.
      () => {
        for (const l of TARGET_LOCALES) loadContentCached(root, l);
        return loadContentCached(root);
      },
    ),
    schema: entry<{ problems: ContentIssue[] }>(),
  }),
};
