/**
 * What every edition's embeds, oEmbed documents and images answer: the English routes
 * (src/pages/embed, oembed, images) and each translated edition's (src/pages/[locale]/...) list
 * the same paths (src/lib/routes.ts) and answer them with this code. (Astro does not route files
 * whose name starts with "_".)
 */
import chartCss from '../styles/charts.css?raw';
import { SIZES } from '../charts/index.ts';
import { sceneToSvg } from '../charts/core/svg.ts';
import { getEdition, type Edition } from '../content/index.ts';
import { chartStateView } from '../lib/figures.ts';
import { defaultState, embedPath, embedSnippet, imagePath, type EmbedTarget } from '../lib/embeds.ts';
import { editionPath } from '../lib/editions.ts';
import { editionOf, type ImageProps } from '../lib/routes.ts';

export { chartRoutes, editionOf, imageRoutes, inEditions, oembedRoutes, pinnedRoutes, stateRoutes } from '../lib/routes.ts';

export async function editionFor(params: Readonly<Record<string, string | undefined>>): Promise<Edition> {
  return getEdition(editionOf(params));
}

/** The oEmbed document of `target` in the edition `model`. */
export function oembedDocument(model: Edition, target: EmbedTarget, site: URL | undefined): string {
  const { locale, words } = model;
  const base = site ?? new URL('http://localhost/');
  const spec = model.charts.find((c) => c.id === target.chart);
  const state = spec?.states.find((s) => s.id === (target.state ?? defaultState(model, target.chart)));
  if (!spec || !state) throw new Error(`oEmbed: unknown chart state ${target.chart}/${target.state ?? ''}`);
  const title = words.t('embed.title', { chart: spec.title, state: state.title });
  const prefix = words.t('embed.byline-prefix');
  const desk = model.article.byline.startsWith(prefix) ? model.article.byline.slice(prefix.length) : model.article.byline;
  const width = SIZES.wide.width;
  const t = { ...target, locale };
  const doc = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: desk,
    provider_url: new URL(editionPath(locale, '/'), base).href,
    author_name: desk,
    url: new URL(embedPath(t), base).href,
    html: embedSnippet(base, t, title),
    width,
    height: SIZES.wide.height + 190,
    thumbnail_url: new URL(imagePath(target.chart, state.id, 'svg', locale), base).href,
    thumbnail_width: width,
    thumbnail_height: SIZES.wide.height,
  };
  return JSON.stringify(doc, null, 2);
}

export function imageSvg(model: Edition, { chart, state, size }: ImageProps): string {
  const view = chartStateView(model, chart, state);
  const svg = sceneToSvg(view.scenes[size], { idPrefix: `${chart}-${state}`, className: `chart--${chart}` });
  const style = `<style>${chartCss} .chart{font-family:Inter,'Helvetica Neue',Arial,sans-serif;background:#fff;color-scheme:light}</style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.replace(/(<desc [^>]*>.*?<\/desc>)/, `$1${style}<rect width="100%" height="100%" fill="#fff"/>`)}`;
}
