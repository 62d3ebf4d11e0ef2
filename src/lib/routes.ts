/**
 * The routes every edition has, in one place: the English pages (src/pages/embed, oembed, images)
 * and each translated edition's (src/pages/[locale]/...) list the same paths from these, so the
 * editions cannot drift apart. Every edition's pages are generated explicitly: there is no
 * fallback routing. Pure functions of the model (the tests list the site with them).
 */
import { chartDatasets, type ChartId, type SizeName } from '../charts/index.ts';
import type { ContentModel } from '../content/model.ts';
import { versionDates } from '../content/versions.ts';
import { TARGET_LOCALES, isLocale, type Locale, type TargetLocale } from '../i18n/locales.ts';
import { embedPath, imagePath, oembedPath, type EmbedTarget } from './embeds.ts';
import { editionPath } from './editions.ts';

export interface Route<Pa extends Record<string, string>, P = undefined> {
  params: Pa;
  props?: P;
}

/** `routes` once per translated edition, with its `locale` param (English routes have none). */
export function inEditions<Pa extends Record<string, string>, P>(routes: Route<Pa, P>[]): Route<Pa & { locale: TargetLocale }, P>[] {
  return TARGET_LOCALES.flatMap((locale) => routes.map((r) => ({ ...r, params: { ...r.params, locale } })));
}

/** The edition of a request: English, or the `[locale]` param of a translated edition's route. */
export function editionOf(params: Readonly<Record<string, string | undefined>>): Locale {
  const locale = params['locale'] ?? 'en';
  if (!isLocale(locale)) throw new Error(`no edition ${locale}`);
  return locale;
}

export const chartRoutes = (model: ContentModel): Route<{ chart: ChartId }>[] => model.charts.map((c) => ({ params: { chart: c.id } }));

export const stateRoutes = (model: ContentModel): Route<{ chart: ChartId; state: string }>[] =>
  model.charts.flatMap((c) => c.states.map((s) => ({ params: { chart: c.id, state: s.id } })));

/** Pinned embeds: one page per state and day a dataset of the chart changed. */
export const pinnedRoutes = (model: ContentModel): Route<{ chart: ChartId; state: string; asof: string }>[] =>
  model.charts.flatMap((c) =>
    versionDates(model.datasets, chartDatasets[c.id]).flatMap((date) =>
      c.states.map((s) => ({ params: { chart: c.id, state: s.id, asof: `as-of-${date}` } })),
    ),
  );

/** Every embed of the model: each chart (its default state), each state, each state pinned to each day its data changed. */
export function embedTargets(model: ContentModel): EmbedTarget[] {
  return model.charts.flatMap((c) => [
    { chart: c.id },
    ...c.states.map((s) => ({ chart: c.id, state: s.id })),
    ...versionDates(model.datasets, chartDatasets[c.id]).flatMap((asOf) => c.states.map((s) => ({ chart: c.id, state: s.id, asOf }))),
  ]);
}

/** One oEmbed document per embed page. */
export const oembedRoutes = (model: ContentModel): Route<{ slug: string }, { target: EmbedTarget }>[] =>
  embedTargets(model).map((t) => ({ params: { slug: oembedPath(t).replace(/^\/oembed\//, '') }, props: { target: t } }));

// A type, not an interface: Astro's route props are an index-signature record.
export type ImageProps = { chart: ChartId; state: string; size: SizeName };

/** Each chart state as a standalone SVG, wide and compact (the PNG twins are written after the build, src/cli/images.ts). */
export const imageRoutes = (model: ContentModel): Route<{ chart: ChartId; file: string }, ImageProps>[] =>
  model.charts.flatMap((c) =>
    c.states.flatMap((s) => [
      { params: { chart: c.id, file: `${s.id}.svg` }, props: { chart: c.id, state: s.id, size: 'wide' as const } },
      { params: { chart: c.id, file: `${s.id}.compact.svg` }, props: { chart: c.id, state: s.id, size: 'compact' as const } },
    ]),
  );

/** Every page and file an edition has (its article, embeds, oEmbed documents, images), as site paths. */
export function editionPaths(model: ContentModel, locale: Locale): string[] {
  const states = model.charts.flatMap((c) => c.states.map((s) => ({ chart: c.id, state: s.id })));
  return [
    editionPath(locale, '/'),
    ...embedTargets(model).flatMap((t) => [embedPath({ ...t, locale }), oembedPath({ ...t, locale })]),
    ...states.flatMap(({ chart, state }) =>
      ['svg', 'png', 'compact.svg', 'compact.png'].map((ext) => imagePath(chart, state, ext, locale)),
    ),
  ];
}
