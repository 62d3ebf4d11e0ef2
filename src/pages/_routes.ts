/**
 * The routes every edition has, in one place: the English pages (src/pages/embed, oembed, images)
 * and each translated edition's (src/pages/[locale]/...) list the same paths and answer them with
 * the same code, so the editions cannot drift apart. (Astro does not route files whose name starts
 * with "_".) Every edition's pages are generated explicitly: there is no fallback routing.
 */
import chartCss from '../styles/charts.css?raw';
import { chartDatasets, SIZES, type ChartId, type SizeName } from '../charts/index.ts';
import { sceneToSvg } from '../charts/core/svg.ts';
import { getEdition, type Edition } from '../content/index.ts';
import { versionDates } from '../content/versions.ts';
import { TARGET_LOCALES, isLocale, type Locale, type TargetLocale } from '../i18n/locales.ts';
import { chartStateView } from '../lib/figures.ts';
import { defaultState, embedPath, embedSnippet, imagePath, oembedPath, type EmbedTarget } from '../lib/embeds.ts';
import { editionPath } from '../lib/editions.ts';

interface Route<Pa extends Record<string, string>, P = undefined> {
  params: Pa;
  props?: P;
}

/** `routes` once per translated edition, with its `locale` param (English routes have none). */
export function inEditions<Pa extends Record<string, string>, P>(routes: Route<Pa, P>[]): Route<Pa & { locale: TargetLocale }, P>[] {
  return TARGET_LOCALES.flatMap((locale) => routes.map((r) => ({ ...r, params: { ...r.params, locale } })));
}

/** The edition of a request: English, or the `[locale]` param of a translated edition's route. */
export function editionOf(params: Record<string, string | undefined>): Locale {
  const locale = params['locale'] ?? 'en';
  if (!isLocale(locale)) throw new Error(`no edition ${locale}`);
  return locale;
}

export async function editionFor(params: Record<string, string | undefined>): Promise<Edition> {
  return getEdition(editionOf(params));
}

export const chartRoutes = (model: Edition): Route<{ chart: ChartId }>[] => model.charts.map((c) => ({ params: { chart: c.id } }));

export const stateRoutes = (model: Edition): Route<{ chart: ChartId; state: string }>[] =>
  model.charts.flatMap((c) => c.states.map((s) => ({ params: { chart: c.id, state: s.id } })));

/** Pinned embeds: one page per state and day a dataset of the chart changed. */
export const pinnedRoutes = (model: Edition): Route<{ chart: ChartId; state: string; asof: string }>[] =>
  model.charts.flatMap((c) =>
    versionDates(model.datasets, chartDatasets[c.id]).flatMap((date) =>
      c.states.map((s) => ({ params: { chart: c.id, state: s.id, asof: `as-of-${date}` } })),
    ),
  );

/** One oEmbed document per embed page. */
export function oembedRoutes(model: Edition): Route<{ slug: string }, { target: EmbedTarget }>[] {
  const targets: EmbedTarget[] = model.charts.flatMap((c) => [
    { chart: c.id },
    ...c.states.map((s) => ({ chart: c.id, state: s.id })),
    ...versionDates(model.datasets, chartDatasets[c.id]).flatMap((asOf) => c.states.map((s) => ({ chart: c.id, state: s.id, asOf }))),
  ]);
  const slug = (t: EmbedTarget) => oembedPath(t).replace(/^\/oembed\//, '');
  return targets.map((t) => ({ params: { slug: slug(t) }, props: { target: t } }));
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

// A type, not an interface: Astro's route props are an index-signature record.
type ImageProps = { chart: ChartId; state: string; size: SizeName };

/** Each chart state as a standalone SVG, wide and compact (the PNG twins are written after the build, src/cli/images.ts). */
export const imageRoutes = (model: Edition): Route<{ chart: ChartId; file: string }, ImageProps>[] =>
  model.charts.flatMap((c) =>
    c.states.flatMap((s) => [
      { params: { chart: c.id, file: `${s.id}.svg` }, props: { chart: c.id, state: s.id, size: 'wide' as const } },
      { params: { chart: c.id, file: `${s.id}.compact.svg` }, props: { chart: c.id, state: s.id, size: 'compact' as const } },
    ]),
  );

export function imageSvg(model: Edition, { chart, state, size }: ImageProps): string {
  const view = chartStateView(model, chart, state);
  const svg = sceneToSvg(view.scenes[size], { idPrefix: `${chart}-${state}`, className: `chart--${chart}` });
  const style = `<style>${chartCss} .chart{font-family:Inter,'Helvetica Neue',Arial,sans-serif;background:#fff;color-scheme:light}</style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.replace(/(<desc [^>]*>.*?<\/desc>)/, `$1${style}<rect width="100%" height="100%" fill="#fff"/>`)}`;
}
