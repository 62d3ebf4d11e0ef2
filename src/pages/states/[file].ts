/**
 * /states/<locale>.<hash>.json: the state data of each edition's article (src/lib/page-states.ts),
 * fetched by its script. The name changes with the content, so `_headers` caches these for good.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition } from '../../content/index.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { pageStates } from '../../lib/page-states.ts';

export const getStaticPaths = (async () => {
  const files = await Promise.all(LOCALES.map(async (locale) => pageStates(await getEdition(locale))));
  return files.map(({ path, json }) => ({ params: { file: path.slice('/states/'.length) }, props: { json } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { json: string }).json, { headers: { 'content-type': 'application/json' } });
