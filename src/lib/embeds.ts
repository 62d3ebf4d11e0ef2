/** Embed routes, snippets and oEmbed documents: one place that knows their URLs and sizes. */
import type { ContentModel } from '../content/model.ts';
import type { ChartId } from '../charts/index.ts';
import { SIZES } from '../charts/index.ts';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { editionPath } from './editions.ts';

export interface EmbedTarget {
  chart: ChartId;
  /** undefined: the chart's default (its last, most complete state). */
  state?: string;
  /** YYYY-MM-DD: pinned to the data as it stood that day; undefined: follows the latest data. */
  asOf?: string;
  /** The edition (its words, its article); undefined: English. */
  locale?: Locale;
}

export function embedPath(t: EmbedTarget): string {
  return `${editionPath(t.locale ?? SOURCE_LOCALE, '')}/embed/${t.chart}/${t.state ? `${t.state}/` : ''}${t.asOf ? `as-of-${t.asOf}/` : ''}`;
}

export function oembedPath(t: EmbedTarget): string {
  return `${editionPath(t.locale ?? SOURCE_LOCALE, '')}/oembed/${t.chart}${t.state ? `/${t.state}` : ''}${t.asOf ? `/as-of-${t.asOf}` : ''}.json`;
}

export function defaultState(model: ContentModel, chart: ChartId): string {
  const spec = model.charts.find((c) => c.id === chart);
  const last = spec?.states.at(-1);
  if (!last) throw new Error(`chart ${chart} has no states`);
  return last.id;
}

/** Height the iframe reserves before the loader reports the real one: chart aspect plus text. */
export const EMBED_ASPECT = `${SIZES.wide.width} / ${SIZES.wide.height + 190}`;

export function embedId(t: EmbedTarget): string {
  const edition = t.locale === SOURCE_LOCALE ? undefined : t.locale;
  return ['interview', edition, t.chart, t.state, t.asOf].filter(Boolean).join('-');
}

/** The snippet an editor pastes: an iframe plus our loader script; no inline script. */
export function embedSnippet(site: URL, t: EmbedTarget, title: string): string {
  const id = embedId(t);
  const src = new URL(`${embedPath(t)}?childId=${id}`, site).href;
  const loader = new URL('/embed.js', site).href;
  return (
    `<iframe src="${src}" title="${title.replace(/"/g, '&quot;')}" data-interview-embed="${id}" ` +
    `style="width:100%;border:0;aspect-ratio:${EMBED_ASPECT};min-height:320px" loading="lazy" scrolling="no"></iframe>\n` +
    `<script src="${loader}" async></script>`
  );
}

/** Article anchor where this chart state appears (its first step), else the chart's chapter, in the edition `locale`. */
export function articleAnchor(model: ContentModel, chart: ChartId, state: string, locale: Locale = SOURCE_LOCALE): string {
  for (const c of model.chapters) {
    const step = c.steps.find((s) => s.chart === chart && s.state === state) ?? c.steps.find((s) => s.chart === chart);
    if (step) return editionPath(locale, `/#${step.id}`);
  }
  return editionPath(locale, '/');
}

/** Site path of a chart state's image (`ext` "png", "svg", "compact.png") in the edition `locale`. */
export function imagePath(chart: ChartId, state: string, ext: string, locale: Locale = SOURCE_LOCALE): string {
  return editionPath(locale, `/images/${chart}/${state}.${ext}`);
}
