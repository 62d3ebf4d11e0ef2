/**
 * /images/<chart>/<state>.svg (and /<locale>/images/...): each chart state as a standalone SVG
 * (styles inlined), for print, newsletters and as a download, in the edition's words;
 * <state>.compact.svg is the phone layout, which the article shows readers without JavaScript on
 * narrow screens. The PNG twins are written after the build (src/cli/images.ts). Images are always
 * light, a figure on its own white ground like a printed one (color-scheme: light), so they read
 * the same on a dark page or in a dark mail client.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition } from '../../../content/index.ts';
import { editionFor, imageRoutes, imageSvg } from '../../_routes.ts';
import type { ChartId, SizeName } from '../../../charts/index.ts';

export const getStaticPaths = (async () => {
  const routes = imageRoutes(await getEdition('en'));
  return routes;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const svg = imageSvg(await editionFor(params), props as { chart: ChartId; state: string; size: SizeName });
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
