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
import { ContentError } from './content/errors.ts';
import { loadContentCached } from './content/cached.ts';
import type { ContentModel } from './content/model.ts';

const root = process.cwd();

type Entry = { id: string; data: Record<string, unknown> };

function fromModel(name: string, pick: (m: ContentModel) => Entry[], onError?: (e: ContentError) => Entry[]): Loader {
  return {
    name: `content-model:${name}`,
    // Reading content/ is synchronous; Astro's loader interface is async.
    // eslint-disable-next-line @typescript-eslint/require-await
    load: async ({ store, watcher, logger }) => {
      const sync = () => {
        let entries: Entry[];
        try {
          entries = pick(loadContentCached(root));
        } catch (err) {
          if (!(err instanceof ContentError)) throw err;
          if (onError) logger.error(err.message);
          entries = onError ? onError(err) : [];
        }
        store.clear();
        for (const e of entries) store.set({ id: e.id, data: e.data });
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

/** Plain data for Astro's store (no undefined fields, no class instances). */
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Record<string, unknown>;

export const collections = {
  article: defineCollection({ loader: fromModel('article', (m) => [{ id: 'article', data: json(m.article) }]) }),
  chapters: defineCollection({
    loader: fromModel('chapters', (m) => m.chapters.map((c, i) => ({ id: c.id, data: json({ ...c, order: i }) }))),
  }),
  sources: defineCollection({
    loader: fromModel('sources', (m) => m.sources.map((s, i) => ({ id: s.id, data: json({ ...s, order: i }) }))),
  }),
  datasets: defineCollection({ loader: fromModel('datasets', (m) => Object.values(m.datasets).map((d) => ({ id: d.id, data: json(d) }))) }),
  charts: defineCollection({ loader: fromModel('charts', (m) => m.charts.map((c, i) => ({ id: c.id, data: json({ ...c, order: i }) }))) }),
  status: defineCollection({
    loader: fromModel(
      'status',
      () => [{ id: 'status', data: { problems: [] } }],
      (e) => [{ id: 'status', data: json({ problems: e.issues }) }],
    ),
  }),
};
