/** /data/<dataset>.csv and .json (latest version) and /data/datapackage.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../content/index.ts';
import { dataPackage, datasetJson } from '../../lib/downloads.ts';

export const getStaticPaths = (async () => {
  const model = await getModel();
  return [
    { params: { file: 'datapackage.json' } },
    ...Object.values(model.datasets).flatMap((ds) => ['csv', 'json'].map((ext) => ({ params: { file: `${ds.id}.${ext}` } }))),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const model = await getModel();
  const file = params['file'] ?? '';
  if (file === 'datapackage.json') return new Response(dataPackage(model, site ?? new URL('http://localhost/')));
  const m = /^(.+)\.(csv|json)$/.exec(file);
  const ds = Object.values(model.datasets).find((d) => d.id === m?.[1]);
  if (!m || !ds) return new Response('not found', { status: 404 });
  return new Response(m[2] === 'csv' ? ds.csv : datasetJson(model, ds));
};
