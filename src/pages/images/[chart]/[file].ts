/**
 * /images/<chart>/<state>.svg: each chart state as a standalone SVG (styles inlined), for print,
 * newsletters and as a download; /images/<chart>/<state>.compact.svg is the phone layout, which
 * the article shows readers without JavaScript on narrow screens. The PNG twins are written
 * after the build (src/cli/images.ts). Images are always light, a figure on its own white ground like
 * a printed one (color-scheme: light), so they read the same on a dark page or in a dark mail client.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import chartCss from '../../../styles/charts.css?raw';
import { sceneToSvg } from '../../../charts/core/svg.ts';
import { getModel } from '../../../content/index.ts';
import { chartStateView } from '../../../lib/figures.ts';
import type { SizeName } from '../../../charts/index.ts';
import type { ChartId } from '../../../charts/index.ts';

export const getStaticPaths = (async () => {
  const model = await getModel();
  return model.charts.flatMap((c) =>
    c.states.flatMap((s) => [
      { params: { chart: c.id, file: `${s.id}.svg` }, props: { chart: c.id, state: s.id, size: 'wide' } },
      { params: { chart: c.id, file: `${s.id}.compact.svg` }, props: { chart: c.id, state: s.id, size: 'compact' } },
    ]),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const model = await getModel();
  const { chart, state, size } = props as { chart: ChartId; state: string; size: SizeName };
  const view = chartStateView(model, chart, state);
  const svg = sceneToSvg(view.scenes[size], { idPrefix: `${chart}-${state}`, className: `chart--${chart}` });
  const style = `<style>${chartCss} .chart{font-family:Inter,'Helvetica Neue',Arial,sans-serif;background:#fff;color-scheme:light}</style>`;
  const out = `<?xml version="1.0" encoding="UTF-8"?>\n${svg.replace(/(<desc [^>]*>.*?<\/desc>)/, `$1${style}<rect width="100%" height="100%" fill="#fff"/>`)}`;
  return new Response(out, { headers: { 'content-type': 'image/svg+xml' } });
};
