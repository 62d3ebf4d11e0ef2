/**
 * The loader's third stage: figures. Every `{{dataset:row.column}}` in the data's free text, the
 * datasets' notes and the charts' titles and parameters is replaced by the figure, formatted as
 * readers see it; each chart state's parameters are then checked against its chart's schema.
 * Everything an editor typed is collected for the check that no number is typed twice.
 */
import { charts as chartDefinitions, isChartId, type ChartId } from '../charts/index.ts';
import { datasetIds, type DatasetId } from '../schemas/datasets.ts';
import { resolvedCsv } from './csv.ts';
import type { Formatter } from '../i18n/format.ts';
import { en } from '../i18n/format-en.ts';
import type { IssueList } from './errors.ts';
import { freeTextColumns, resolveDeep, resolveRows, resolveText, type FigureData } from './figures.ts';
import type { ChartSpec, ChartStateSpec, Dataset, SomeDatasets } from './model.ts';
import type { CheckedText } from './typed-twice.ts';
import { withDataset, type Validated } from './validate.ts';

export interface Resolved {
  datasets: SomeDatasets;
  figureData: FigureData;
  charts: ChartSpec[];
  typed: CheckedText[];
}

function resolveDataset<K extends DatasetId>(ds: Dataset<K>, notesLine: number | undefined, figureData: FigureData, typed: CheckedText[], issues: IssueList): Dataset<K> {
  for (const row of ds.rows) {
    for (const c of freeTextColumns(ds.id)) {
      const v: unknown = Reflect.get(row, c);
      const line = ds.lines[row.id];
      if (typeof v === 'string') typed.push({ text: v, place: { file: ds.file, ...(line === undefined ? {} : { line }), field: c, own: { dataset: ds.id, row: row.id } } });
    }
  }
  const rows = resolveRows(ds.id, ds.rows, ds.rows.map((r) => ds.lines[r.id]), figureData, issues);
  const notes = ds.meta.notes;
  const metaFile = `content/datasets/${ds.id}.meta.yaml`;
  const at = notesLine === undefined ? {} : { line: notesLine };
  if (notes !== undefined) typed.push({ text: notes, place: { file: metaFile, ...(notesLine === undefined ? {} : { line: notesLine + 1 }), field: 'notes' } });
  return {
    ...ds,
    rows,
    csv: resolvedCsv(ds.csv, freeTextColumns(ds.id), rows),
    meta: notes === undefined ? ds.meta : { ...ds.meta, notes: resolveText(notes, { file: metaFile, ...at, field: 'notes' }, figureData, issues) },
  };
}

function resolveCharts(v: Validated, figureData: FigureData, typed: CheckedText[], issues: IssueList): ChartSpec[] {
  const file = 'content/charts.yaml';
  const out: ChartSpec[] = [];
  v.charts.forEach((spec, i) => {
    const id = spec.id;
    if (!isChartId(id)) return;
    if (out.some((c) => c.id === id)) issues.add({ file, field: `${i}.id`, message: `duplicate chart id ${JSON.stringify(id)}` });
    out.push(resolveChart(id, spec, figureData, typed, issues));
  });
  return out;
}

function resolveChart<K extends ChartId>(id: K, spec: Validated['charts'][number], figureData: FigureData, typed: CheckedText[], issues: IssueList): ChartSpec<K> {
  const file = 'content/charts.yaml';
  const schema = chartDefinitions[id].params;
  const states: ChartStateSpec<K>[] = [];
  spec.states.forEach((st, j) => {
    if (states.some((s) => s.id === st.id)) issues.add({ file, field: `${id}.states.${j}.id`, message: `duplicate state id ${JSON.stringify(st.id)} in chart ${id}` });
    // Titles and annotations read their figures from the data like the story does.
    const place = { file, field: `${id}.states.${st.id}` };
    typed.push({ text: [st.title, JSON.stringify(st.params)].join('\n'), place });
    const r = schema.safeParse(resolveDeep(st.params, place, figureData, issues));
    if (!r.success) {
      for (const issue of r.error.issues) issues.add({ file, field: [id, 'states', st.id, 'params', ...issue.path.map(String)].join('.'), message: issue.message });
      return;
    }
    states.push({ id: st.id, title: resolveText(st.title, place, figureData, issues), params: r.data });
  });
  const place = { file, field: id };
  typed.push({ text: `${spec.title}\n${spec.description}`, place });
  return { id, title: resolveText(spec.title, place, figureData, issues), description: resolveText(spec.description, place, figureData, issues), states };
}

export function resolveContent(v: Validated, issues: IssueList, fmt: Formatter = en): Resolved {
  const figureData: FigureData = { rows: Object.fromEntries(Object.entries(v.datasets).map(([id, ds]) => [id, ds.rows])), withErrors: v.withErrors, fmt };
  const typed: CheckedText[] = [];
  let datasets: SomeDatasets = {};
  // K ties the id to its dataset's type (a correlated union), though the signature names it once.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  const add = <K extends DatasetId>(id: K): void => {
    const ds = v.datasets[id];
    if (ds) datasets = withDataset(datasets, id, resolveDataset(ds, v.notesLines[id], figureData, typed, issues));
  };
  datasetIds.forEach(add);
  return { datasets, figureData, charts: resolveCharts(v, figureData, typed, issues), typed };
}
