/**
 * The last pass of the loader: typographer's quotes on every string of the model a reader sees
 * that is not typeset on its way to the page (the story's HTML, citations and chart scenes are).
 * Headline and dek take dashes too (smartQuotes); titles, descriptions and notes take quotes
 * only (curlyQuotes), since a hyphen there may belong to a value ("ISO 3166-1").
 * Sources stay as their publications wrote them: the page typesets a headline where it shows it,
 * and the structured data (JSON-LD) quotes it verbatim.
 */
import { curlyQuotes, smartQuotes } from '../core/typography.ts';
import { datasetIds, type DatasetId } from '../schemas/datasets.ts';
import type { ChartSpec, ContentModel, Dataset, Datasets } from './model.ts';

function typesetDataset<K extends DatasetId>(ds: Dataset<K>): Dataset<K> {
  const { title, notes } = ds.meta;
  return { ...ds, meta: { ...ds.meta, title: curlyQuotes(title), ...(notes === undefined ? {} : { notes: curlyQuotes(notes) }) } };
}

function typesetChart(c: ChartSpec): ChartSpec {
  return {
    ...c,
    title: curlyQuotes(c.title),
    description: curlyQuotes(c.description),
    states: c.states.map((s) => ({ ...s, title: curlyQuotes(s.title) })),
  };
}

/** `d` with `f` applied to each dataset, each keeping its own row type. */
function mapDatasets(d: Datasets, f: <K extends DatasetId>(ds: Dataset<K>) => Dataset<K>): Datasets {
  const out = { ...d };
  // Each entry is replaced by one of its own type (f keeps K), so `out` stays a Datasets.
  for (const id of datasetIds) Object.assign(out, { [id]: f(d[id]) });
  return out;
}

export function typeset(m: ContentModel): ContentModel {
  const a = m.article;
  return {
    ...m,
    article: { ...a, headline: smartQuotes(a.headline), dek: smartQuotes(a.dek), description: curlyQuotes(a.description) },
    datasets: mapDatasets(m.datasets, typesetDataset),
    charts: m.charts.map(typesetChart),
  };
}
