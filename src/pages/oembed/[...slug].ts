/** oEmbed documents (static JSON), one per embed page of each edition, advertised in each page's <head>. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition } from '../../content/index.ts';
import { editionFor, oembedDocument, oembedRoutes } from '../_routes.ts';
import type { EmbedTarget } from '../../lib/embeds.ts';

export const getStaticPaths = (async () => {
  const routes = oembedRoutes(await getEdition('en'));
  return routes;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const { target } = props as { target: EmbedTarget };
  const doc = oembedDocument(await editionFor(params), target, site);
  return new Response(doc, { headers: { 'content-type': 'application/json+oembed' } });
};
