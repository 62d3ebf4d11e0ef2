/** oEmbed documents (static JSON), one per embed page, advertised in each page's <head>. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../content/index.ts';
import { chartDatasets, SIZES } from '../../charts/index.ts';
import { versionDates } from '../../content/versions.ts';
import { defaultState, embedPath, embedSnippet, oembedPath, type EmbedTarget } from '../../lib/embeds.ts';

export const getStaticPaths = (async () => {
  const model = await getModel();
  const targets: EmbedTarget[] = model.charts.flatMap((c) => [
    { chart: c.id },
    ...c.states.map((s) => ({ chart: c.id, state: s.id })),
    ...versionDates(model.datasets, chartDatasets[c.id]).flatMap((asOf) => c.states.map((s) => ({ chart: c.id, state: s.id, asOf }))),
  ]);
  return targets.map((t) => ({ params: { slug: oembedPath(t).replace(/^\/oembed\//, '') }, props: { target: t } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const model = await getModel();
  const { target } = props as { target: EmbedTarget };
  const base = site ?? new URL('http://localhost/');
  const spec = model.charts.find((c) => c.id === target.chart);
  const state = spec?.states.find((s) => s.id === (target.state ?? defaultState(model, target.chart)));
  if (!spec || !state) throw new Error(`oEmbed: unknown chart state ${target.chart}/${target.state ?? ''}`);
  const title = `${spec.title}: ${state.title}`;
  const width = SIZES.wide.width;
  const doc = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: model.article.byline.replace(/^By /, ''),
    provider_url: base.href,
    author_name: model.article.byline.replace(/^By /, ''),
    url: new URL(embedPath(target), base).href,
    html: embedSnippet(base, target, title),
    width,
    height: SIZES.wide.height + 190,
    thumbnail_url: new URL(`/images/${target.chart}/${state.id}.svg`, base).href,
    thumbnail_width: width,
    thumbnail_height: SIZES.wide.height,
  };
  return new Response(JSON.stringify(doc, null, 2), { headers: { 'content-type': 'application/json+oembed' } });
};
