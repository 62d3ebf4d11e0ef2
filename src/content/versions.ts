/**
 * Datasets as they stood on a given day: each dataset at the newest version recorded on or before
 * that day, read back from content/datasets/archive/. Pinned embeds are built from these.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { datasetDefinitions, datasetIds, type DatasetId, type RowOf } from '../schemas/datasets.ts';
import { readCsv, resolvedCsv } from './csv.ts';
import { IssueList } from './errors.ts';
import { freeTextColumns, resolveRows, type FigureData } from './figures.ts';
import type { Dataset, Datasets } from './model.ts';
import { archivePath } from './lock.ts';

/**
 * The version of `ds` readers saw on `date` (YYYY-MM-DD), or undefined if it did not exist yet.
 * Internal versions that followed it changed nothing readers were told about, so a view pinned to
 * that day follows them: only a correction or an update makes a pinned view differ from today's.
 */
export function versionOn(ds: Dataset, date: string): number | undefined {
  const v = ds.meta.changelog.filter((c) => c.date <= date).map((c) => c.version);
  if (v.length === 0) return undefined;
  let version = Math.max(...v);
  for (;;) {
    const next = ds.meta.changelog.find((c) => c.version === version + 1);
    if (next?.kind !== 'internal') return version;
    version = next.version;
  }
}

/** Every day on which one of `ids` recorded a change readers were told of: the dates a chart can be pinned to. */
export function versionDates(datasets: Datasets, ids: readonly DatasetId[]): string[] {
  return [...new Set(ids.flatMap((id) => datasets[id].meta.changelog.filter((c) => c.kind !== 'internal').map((c) => c.date)))].sort();
}

function archivedRows<K extends DatasetId>(root: string, id: K, version: number, issues: IssueList): { rows: RowOf<K>[]; lines: number[]; csv: string } {
  const file = archivePath(id, version);
  const csv = readFileSync(join(root, file), 'utf8');
  const schema: (typeof datasetDefinitions)[K]['row'] = datasetDefinitions[id].row;
  const parsed = readCsv(csv, file, schema, issues);
  return { rows: parsed.map((r) => r.value), lines: parsed.map((r) => r.line), csv };
}

/**
 * The raw rows of every dataset as they stood on `date` (from the archive), so the placeholders of
 * an old version read the figures of its own day, not today's.
 */
function figureDataOn(root: string, date: string, issues: IssueList): FigureData {
  const rows: FigureData['rows'] = {};
  for (const id of datasetIds) {
    const metaPath = join(root, `content/datasets/${id}.meta.yaml`);
    if (!existsSync(metaPath)) continue;
    const meta = parseYaml(readFileSync(metaPath, 'utf8')) as { changelog?: { version: number; date: string }[] };
    const versions = (meta.changelog ?? []).filter((c) => c.date <= date).map((c) => c.version);
    const v = versions.length > 0 ? Math.max(...versions) : Math.min(...(meta.changelog ?? []).map((c) => c.version));
    if (existsSync(join(root, archivePath(id, v)))) rows[id] = archivedRows(root, id, v, issues).rows;
  }
  return { rows, withErrors: new Set() };
}

export function datasetAtVersion<K extends DatasetId>(root: string, ds: Dataset<K>, version: number): Dataset<K> {
  if (version === ds.meta.version) return ds;
  const issues = new IssueList();
  const own = archivedRows(root, ds.id, version, issues);
  const date = ds.meta.changelog.find((c) => c.version === version)?.date ?? ds.meta.updated;
  const data = figureDataOn(root, date, issues);
  data.rows[ds.id] = own.rows;
  const rows = resolveRows(ds.id, own.rows, own.lines, data, issues);
  issues.throwIfAny();
  const csv = resolvedCsv(own.csv, freeTextColumns(ds.id), rows);
  return { ...ds, rows, csv, meta: { ...ds.meta, version } };
}

/** All datasets as of `date`; datasets with no version yet keep their first version. */
export function datasetsAsOf(root: string, datasets: Datasets, date: string): Datasets {
  const out: Partial<Record<DatasetId, Dataset>> = {};
  for (const [id, ds] of Object.entries(datasets) as [DatasetId, Dataset][]) {
    out[id] = datasetAtVersion(root, ds, versionOn(ds, date) ?? Math.min(...ds.meta.changelog.map((c) => c.version)));
  }
  return out as Datasets;
}
