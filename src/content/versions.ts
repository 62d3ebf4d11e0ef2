/**
 * Datasets as they stood on a given day: each dataset at the newest version recorded on or before
 * that day, read back from content/datasets/archive/. Pinned embeds are built from these.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetDefinitions, type DatasetId } from '../schemas/datasets.ts';
import { readCsv } from './csv.ts';
import { IssueList } from './errors.ts';
import type { Dataset, Datasets } from './load.ts';
import { archivePath } from './lock.ts';

/** The version of `ds` current on `date` (YYYY-MM-DD), or undefined if it did not exist yet. */
export function versionOn(ds: Dataset, date: string): number | undefined {
  const v = ds.meta.changelog.filter((c) => c.date <= date).map((c) => c.version);
  return v.length > 0 ? Math.max(...v) : undefined;
}

/** Every day on which one of `ids` recorded a version: the dates a chart can be pinned to. */
export function versionDates(datasets: Datasets, ids: readonly DatasetId[]): string[] {
  return [...new Set(ids.flatMap((id) => datasets[id].meta.changelog.map((c) => c.date)))].sort();
}

export function datasetAtVersion<K extends DatasetId>(root: string, ds: Dataset<K>, version: number): Dataset<K> {
  if (version === ds.meta.version) return ds;
  const file = archivePath(ds.id, version);
  const csv = readFileSync(join(root, file), 'utf8');
  const issues = new IssueList();
  const rows = readCsv(csv, file, datasetDefinitions[ds.id].row, issues);
  issues.throwIfAny();
  return { ...ds, rows: rows.map((r) => r.value) as Dataset<K>['rows'], csv, meta: { ...ds.meta, version } };
}

/** All datasets as of `date`; datasets with no version yet keep their first version. */
export function datasetsAsOf(root: string, datasets: Datasets, date: string): Datasets {
  const out: Partial<Record<DatasetId, Dataset>> = {};
  for (const [id, ds] of Object.entries(datasets) as [DatasetId, Dataset][]) {
    out[id] = datasetAtVersion(root, ds, versionOn(ds, date) ?? Math.min(...ds.meta.changelog.map((c) => c.version)));
  }
  return out as Datasets;
}
