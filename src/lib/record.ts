/**
 * The article's public record: corrections and updates drawn from the dataset changelogs, the
 * "Updated" date, and structured data (schema.org JSON-LD) for search engines and archives.
 */
import { chartDatasets } from '../charts/index.ts';
import type { ContentModel } from '../content/model.ts';
import { LANGUAGE_TAG, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { editionPath } from './editions.ts';

export interface Correction {
  date: string;
  dataset: string;
  datasetTitle: string;
  version: number;
  change: string;
  /** Titles of the charts drawn from the dataset. */
  charts: string[];
}

/** Every changelog entry after a dataset's first version, newest first. */
export function corrections(model: ContentModel): Correction[] {
  const out: Correction[] = [];
  for (const ds of Object.values(model.datasets)) {
    const first = Math.min(...ds.meta.changelog.map((c) => c.version));
    const charts = model.charts.filter((c) => (chartDatasets[c.id] as readonly string[]).includes(ds.id)).map((c) => c.title);
    for (const c of ds.meta.changelog) {
      if (c.version === first || c.kind === 'internal') continue;
      out.push({ date: c.date, dataset: ds.id, datasetTitle: ds.meta.title, version: c.version, change: c.change, charts });
    }
  }
  return out.sort((a, b) => b.date.localeCompare(a.date) || a.dataset.localeCompare(b.dataset));
}

/** The last day anything changed after publication, or undefined if nothing has. */
export function lastUpdated(model: ContentModel): string | undefined {
  const dates = corrections(model)
    .map((c) => c.date)
    .filter((d) => d > model.article.published);
  return dates.sort().at(-1);
}

/** The article's structured data in the edition `locale` (its URLs; the datasets and sources are shared). */
export function jsonLd(model: ContentModel, site: URL, locale: Locale = SOURCE_LOCALE): string {
  const url = new URL(editionPath(locale, '/'), site).href;
  const modified = lastUpdated(model) ?? model.article.published;
  const citations = model.sources.map((s) => ({
    '@type': 'CreativeWork',
    name: s.title,
    publisher: { '@type': 'Organization', name: s.outlet },
    ...(s.author ? { author: { '@type': 'Person', name: s.author } } : {}),
    ...(s.date ? { datePublished: s.date } : {}),
    ...(s.url ? { url: s.url } : {}),
  }));
  // The data is one for every edition: a translated edition names each dataset and points at its
  // one full description, the English page's (as its translation points at the English article),
  // instead of describing it again (2.5 KB of Brotli per edition, which its first paint waits for).
  const shared = (id: string) => new URL(`/#data-${id}`, site).href;
  if (locale !== SOURCE_LOCALE) {
    const refs = Object.values(model.datasets).map((ds) => ({
      '@type': 'Dataset',
      '@id': shared(ds.id),
      name: ds.meta.title,
      url: shared(ds.id),
    }));
    return ldJson([
      {
        ...article(model, site, locale, url, modified, citations),
        inLanguage: LANGUAGE_TAG[locale],
        translationOfWork: { '@id': new URL('/', site).href },
      },
      ...refs,
    ]);
  }
  const datasets = Object.values(model.datasets).map((ds) => ({
    '@id': shared(ds.id),
    '@type': 'Dataset',
    name: ds.meta.title,
    description: ds.meta.notes ?? ds.meta.title,
    version: String(ds.meta.version),
    dateModified: ds.meta.updated,
    url: new URL(editionPath(locale, `/#data-${ds.id}`), site).href,
    isAccessibleForFree: true,
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: new URL(`/data/${ds.id}/v${ds.meta.version}.csv`, site).href },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: new URL(`/data/${ds.id}/v${ds.meta.version}.json`, site).href,
      },
    ],
  }));
  return ldJson([{ ...article(model, site, locale, url, modified, citations), '@id': url }, ...datasets]);
}

function article(
  model: ContentModel,
  site: URL,
  locale: Locale,
  url: string,
  modified: string,
  citations: object[],
): Record<string, unknown> {
  return {
    '@type': 'NewsArticle',
    headline: model.article.headline,
    description: model.article.description,
    datePublished: model.article.published,
    dateModified: modified,
    url,
    mainEntityOfPage: url,
    image: [new URL(shareImage(model, locale), site).href],
    author: { '@type': 'Organization', name: model.article.byline.replace(/^By (the )?/i, '') },
    citation: citations,
  };
}

/** The graph as the page's script text; "<" escaped so no string in the data can close the script element. */
function ldJson(graph: object[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c');
}

/** The article's social-card image: the piracy chart in its fullest (last) state, in the edition's words. */
export function shareImage(model: ContentModel, locale: Locale = SOURCE_LOCALE): string {
  const chart = model.charts.find((c) => c.id === 'piracy-surge') ?? model.charts[0];
  const state = chart?.states.at(-1);
  return chart && state ? editionPath(locale, `/images/${chart.id}/${state.id}.png`) : '/favicon.svg';
}
