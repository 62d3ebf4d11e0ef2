/** /data/<dataset>/v<N>.csv and .json: every recorded version, at a stable URL. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../content/index.ts';
import { datasetAtVersion } from '../../../content/versions.ts';
import { datasetJson } from '../../../lib/downloads.ts';

export const getStaticPaths = (async () => {
  const model = await getModel();
  return Object.values(model.datasets).flatMap((ds) =>
    ds.meta.changelog.flatMap((c) =>
      (['csv', 'json'] as const).map((ext) => ({
        params: { id: ds.id, file: `v${c.version}.${ext}` },
        props: { version: c.version, ext },
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const model = await getModel();
  const { version, ext } = props as { version: number; ext: 'csv' | 'json' };
  const ds = Object.values(model.datasets).find((d) => d.id === params['id']);
  if (!ds) return new Response('not found', { status: 404 });
  const at = datasetAtVersion(process.cwd(), ds, version);
  return new Response(ext === 'csv' ? at.csv : datasetJson(model, at), {
    headers: { 'content-type': ext === 'csv' ? 'text/csv; charset=utf-8' : 'application/json' },
  });
};
