/**
 * Reads everything in content/, validates it against the schemas and against itself (citations,
 * chart states, figure references, versions), and returns the model the pages render.
 * Every problem is collected; if there is any, a ContentError lists them all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import '../schemas/messages.ts';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Reference } from '../charts/core/define.ts';
import { chartIds, charts as chartDefinitions, isChartId, keysOf } from '../charts/index.ts';
import { chartSpecSchema, chartsFileSchema } from '../schemas/charts.ts';
import { datasetMetaSchema } from '../schemas/dataset-meta.ts';
import { datasetDefinitions, datasetIds, isDatasetId, type DatasetId } from '../schemas/datasets.ts';
import { sourcesFileSchema } from '../schemas/sources.ts';
import { articleSchema } from '../schemas/story.ts';
import type { Chapter, ChartSpec, ChartStateSpec, ContentModel, Dataset, Datasets, Step } from './model.ts';
import { readCsv, resolvedCsv } from './csv.ts';
import { describeDiff, diffDataset } from './diff.ts';
import { recordCommand } from './preview.ts';
import { cite } from './cites.ts';
import { checkTypedTwice, type CheckedText } from './typed-twice.ts';
import { freeTextColumns, lookupFigure, resolveDeep, resolveRows, resolveText, type FigureData, type RawRow } from './figures.ts';
import { IssueList } from './errors.ts';
import { archivePath, csvHash, LOCK_FILE, type Lock } from './lock.ts';
import { parseChapter, renderMarkdown, type RawChapter } from './story.ts';
import { escapeHtml } from '../core/escape.ts';
import { typeset } from './typeset.ts';
import { readYaml } from './yaml.ts';

function read(root: string, file: string, issues: IssueList): string | undefined {
  const p = join(root, file);
  if (!existsSync(p)) {
    issues.add({ file, message: 'file is missing' });
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(p)).replace(/^\uFEFF/, '');
  } catch {
    const hint = file.endsWith('.csv') ? ' (in a spreadsheet, save as "CSV UTF-8")' : ' (in your editor, save with UTF-8 encoding)';
    issues.add({ file, message: `the file is not saved as UTF-8; expected UTF-8 text${hint}` });
    return undefined;
  }
}

/** Row-level sources and row ids are checked here, after every dataset is read. */
function checkDatasetRows(ds: Dataset, rowLines: number[], sourceIds: Set<string>, issues: IssueList): void {
  const seen = new Map<string, number>();
  for (const [i, row] of (ds.rows as { id: string; sources: string[] }[]).entries()) {
    const line = rowLines[i];
    const at = line === undefined ? {} : { line };
    const first = seen.get(row.id);
    if (first !== undefined) {
      issues.add({ file: ds.file, ...at, field: 'id', message: `duplicate id ${JSON.stringify(row.id)}, already used on line ${first}; expected each row id once` });
    } else if (line !== undefined) seen.set(row.id, line);
    for (const s of row.sources) {
      if (sourceIds.size > 0 && !sourceIds.has(s)) issues.add({ file: ds.file, ...at, field: 'sources', message: `unknown source id ${JSON.stringify(s)}; expected an id from content/sources.yaml` });
    }
  }
}

function checkVersion(ds: Dataset, lock: Lock | undefined, root: string, issues: IssueList, preview: boolean): void {
  const metaFile = `content/datasets/${ds.id}.meta.yaml`;
  const fix = `run: ${recordCommand(ds.id)}`;
  // A missing or damaged lock has been reported once already.
  if (!lock) return;
  const entry = lock[ds.id];
  if (!entry) {
    issues.add({ file: LOCK_FILE, field: ds.id, message: `no recorded version for dataset ${ds.id}; ${fix}` });
    return;
  }
  if (entry.version === ds.meta.version && entry.sha256 !== ds.sha256) {
    // The dev preview shows unrecorded data (with a banner, src/content/preview.ts); nothing else does.
    if (preview) return;
    const d = diffDataset(root, ds.id);
    const lines = d ? describeDiff(d) : [];
    const listed = lines.length === 0 ? '' : `; changed: ${lines.slice(0, 5).join('; ')}${lines.length > 5 ? `; and ${lines.length - 5} more (npm run data:diff -- ${ds.id} lists them all)` : ''}`;
    issues.add({
      file: ds.file,
      message: `dataset ${ds.id} changed but its version is still ${ds.meta.version}${listed}; expected a new version with a changelog entry saying what changed: ${fix}`,
    });
  } else if (entry.version !== ds.meta.version) {
    issues.add({
      file: metaFile,
      field: 'version',
      message: `version is ${ds.meta.version} but ${LOCK_FILE} records ${entry.version}; expected versions to be recorded with npm run data:version, not edited by hand`,
    });
  }
  if (!ds.meta.changelog.some((c) => c.version === ds.meta.version)) {
    issues.add({ file: metaFile, field: 'changelog', message: `no changelog entry for the current version ${ds.meta.version}; expected one saying what changed` });
  }
  for (const c of ds.meta.changelog) {
    if (!existsSync(join(root, archivePath(ds.id, c.version)))) {
      issues.add({ file: metaFile, field: 'changelog', message: `version ${c.version} is not kept: expected ${archivePath(ds.id, c.version)}` });
    }
  }
}

/** The entries of a YAML list, unvalidated; empty when the text is not a YAML list. */
function rawList(text: string): unknown[] {
  try {
    const list: unknown = parseYaml(text);
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/** The `id` of each entry of a YAML list, read without validation (for cross-checks when the file has mistakes). */
function rawIds(text: string | undefined): string[] {
  if (text === undefined) return [];
  return rawList(text)
    .map((e: unknown) => (typeof e === 'object' && e !== null ? (e as Record<string, unknown>)['id'] : undefined))
    .filter((id): id is string => typeof id === 'string');
}

function listChapterFiles(root: string): string[] {
  const dir = join(root, 'content/story');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `content/story/${f}`);
}

export interface LoadOptions {
  /**
   * Accept data changed since its recorded version (`npm run dev` only, where a banner names it),
   * so an editor can look before recording; everything else refuses it.
   */
  preview?: boolean;
}

/** Loads and validates the whole of content/ under `root`. Throws ContentError listing every problem. */
export function loadContent(root: string, { preview = false }: LoadOptions = {}): ContentModel {
  const issues = new IssueList();

  const article = (() => {
    const t = read(root, 'content/article.yaml', issues);
    return t === undefined ? undefined : readYaml(t, 'content/article.yaml', articleSchema, issues);
  })();

  const sourcesText = read(root, 'content/sources.yaml', issues);
  const sources = sourcesText === undefined ? [] : (readYaml(sourcesText, 'content/sources.yaml', sourcesFileSchema, issues) ?? []);
  // When sources.yaml has a mistake, citations are still checked against the ids it names, so one
  // slip there does not turn every citation in the story into a second error.
  const sourcesOk = sourcesText !== undefined && sources.length > 0;
  const sourceIds = new Set<string>(sourcesOk ? [] : rawIds(sourcesText));
  for (const s of sources) {
    if (sourceIds.has(s.id)) issues.add({ file: 'content/sources.yaml', field: 'id', message: `duplicate source id ${JSON.stringify(s.id)}; expected each id once` });
    sourceIds.add(s.id);
  }

  const lockText = read(root, LOCK_FILE, issues);
  let lock: Lock | undefined;
  if (lockText !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(lockText);
    } catch {
      json = undefined;
    }
    const r = z.record(z.string(), z.object({ version: z.int(), sha256: z.string() })).safeParse(json);
    if (r.success) lock = r.data;
    else issues.add({ file: LOCK_FILE, message: 'the lock is damaged; expected {"<dataset>": {"version": n, "sha256": "..."}}. Restore it from git.' });
  }

  const datasets: Partial<Record<DatasetId, Dataset>> = {};
  const datasetsWithErrors = new Set<DatasetId>();
  for (const id of datasetIds) {
    const file = `content/datasets/${id}.csv`;
    const metaFile = `content/datasets/${id}.meta.yaml`;
    const csv = read(root, file, issues);
    const metaText = read(root, metaFile, issues);
    const meta = metaText === undefined ? undefined : readYaml(metaText, metaFile, datasetMetaSchema, issues);
    if (meta && meta.id !== id) issues.add({ file: metaFile, field: 'id', message: `id is ${JSON.stringify(meta.id)}; expected ${JSON.stringify(id)}, the file's name` });
    if (meta) {
      for (const s of meta.sources) {
        if (sourceIds.size > 0 && !sourceIds.has(s)) issues.add({ file: metaFile, field: 'sources', message: `unknown source id ${JSON.stringify(s)}; expected an id from content/sources.yaml` });
      }
    }
    if (csv === undefined || !meta) continue;
    const before = issues.size;
    const parsed = readCsv(csv, file, datasetDefinitions[id].row, issues);
    if (issues.size > before) datasetsWithErrors.add(id);
    // A file that could not be read at all has been reported; leaving it out avoids one more
    // message for every figure and chart that uses it.
    if (parsed.length === 0) continue;
    const lines: Record<string, number> = {};
    for (const p of parsed) lines[(p.value as { id: string }).id] ??= p.line;
    const ds = { id, meta, rows: parsed.map((p) => p.value), lines, file, csv, sha256: csvHash(csv) } as Dataset;
    checkDatasetRows(
      ds,
      parsed.map((p) => p.line),
      sourceIds,
      issues,
    );
    // Asking for a new version of data that is still wrong would bury the real problem.
    if (issues.size === before) checkVersion(ds, lock, root, issues, preview);
    datasets[id] = ds;
  }
  const figureData: FigureData = { rows: Object.fromEntries(Object.entries(datasets).map(([id, ds]) => [id, ds.rows])), withErrors: datasetsWithErrors };
  // Everything readers see as text, as the editor typed it, for the check that no number is typed twice.
  const typed: CheckedText[] = [];
  for (const ds of Object.values(datasets)) {
    for (const row of ds.rows as RawRow[]) {
      for (const c of freeTextColumns(ds.id)) {
        const v = row[c];
        const line = ds.lines[row.id];
        if (typeof v === 'string') typed.push({ text: v, place: { file: ds.file, ...(line === undefined ? {} : { line }), field: c, own: { dataset: ds.id, row: row.id } } });
      }
    }
    const rows = resolveRows(ds.id, ds.rows, (ds.rows as RawRow[]).map((r) => ds.lines[r.id]), figureData, issues);
    ds.rows = rows as typeof ds.rows;
    ds.csv = resolvedCsv(ds.csv, freeTextColumns(ds.id), rows);
    const notes = ds.meta.notes;
    if (notes !== undefined) {
      const metaFile = `content/datasets/${ds.id}.meta.yaml`;
      const line = lineOfKey(root, metaFile, 'notes');
      typed.push({ text: notes, place: { file: metaFile, ...(line === undefined ? {} : { line: line + 1 }), field: 'notes' } });
      ds.meta = { ...ds.meta, notes: resolveText(notes, { file: metaFile, ...(line === undefined ? {} : { line }), field: 'notes' }, figureData, issues) };
    }
  }
  for (const f of existsSync(join(root, 'content/datasets')) ? readdirSync(join(root, 'content/datasets')) : []) {
    const m = /^(.+)\.csv$/.exec(f);
    if (m?.[1] && !isDatasetId(m[1])) {
      issues.add({ file: `content/datasets/${f}`, message: `unknown dataset ${JSON.stringify(m[1])}; expected one of ${datasetIds.join(', ')} (a new dataset also needs a schema in src/schemas/datasets.ts)` });
    }
  }

  const charts = loadCharts(root, figureData, typed, issues);
  const chartsDeclared = declaredChartStates(root);

  const resolveFigure = (ref: { dataset: string; row: string; column: string }) => {
    const r = lookupFigure(figureData, ref);
    if ('skip' in r) return { html: '', sources: [] };
    if ('error' in r) return r;
    return { html: figureHtml(r.text, `${ref.dataset}:${ref.row}.${ref.column}`), sources: r.sources };
  };

  // Keys that depend on rows (release-hours) are read from datasets without mistakes only.
  const usable = Object.fromEntries(Object.entries(datasets).filter(([id]) => !datasetsWithErrors.has(id as DatasetId))) as Partial<Datasets>;
  // Citation notes are numbered through the whole story, in reading order.
  let notes = 0;
  const citeNext = (ids: readonly string[]) => {
    notes += 1;
    return cite(ids, sources, `cite-${notes}`, String(notes));
  };
  const chapters: Chapter[] = [];
  const stepIds = new Map<string, string>();
  const chapterFiles = listChapterFiles(root);
  if (chapterFiles.length === 0) issues.add({ file: 'content/story', message: 'no chapters found; expected markdown files such as 01-hack.md' });
  for (const file of chapterFiles) {
    const text = read(root, file, issues);
    const raw: RawChapter | undefined = text === undefined ? undefined : parseChapter(text, file, issues);
    if (!raw) continue;
    // The introduction first, so notes are numbered in reading order; it has no chart to key.
    const introHtml = renderMarkdown(raw.intro, file, raw.introLine, { resolve: resolveFigure, keys: { keys: undefined, chart: 'the introduction' }, cite: citeNext }, issues);
    const steps: Step[] = [];
    for (const s of raw.steps) {
      const prev = stepIds.get(s.attrs.id);
      if (prev) issues.add({ file, line: s.line, column: s.columns.id, field: 'id', message: `duplicate step id ${JSON.stringify(s.attrs.id)}, already used in ${prev}; expected each step id once in the story` });
      stepIds.set(s.attrs.id, `${file}:${s.line}`);
      // Charts and states named in charts.yaml count as known even when their entry has a mistake:
      // that mistake is reported once, in charts.yaml, not again for every step that uses it.
      if (!chartsDeclared) continue;
      const chart = charts.find((c) => c.id === s.attrs.chart);
      const declared = chartsDeclared.get(s.attrs.chart);
      if (!chart) {
        if (!declared) issues.add({ file, line: s.line, column: s.columns.chart, field: 'chart', message: `unknown chart ${JSON.stringify(s.attrs.chart)}; expected one of ${[...chartsDeclared.keys()].join(', ')}` });
        continue;
      }
      if (!chart.states.some((st) => st.id === s.attrs.state)) {
        if (!declared?.has(s.attrs.state)) {
          issues.add({ file, line: s.line, column: s.columns.state, field: 'state', message: `unknown state ${JSON.stringify(s.attrs.state)} of chart ${chart.id}; expected one of ${[...(declared ?? [])].join(', ')} (states are declared in content/charts.yaml)` });
        }
        continue;
      }
      typed.push({ text: s.markdown, place: { file, line: s.bodyLine } });
      const params = chart.states.find((st) => st.id === s.attrs.state)?.params;
      const keys = { keys: params ? keysOf(chart.id, params, usable) : [], chart: `chart ${chart.id} in state ${s.attrs.state}` };
      const html = renderMarkdown(s.markdown, file, s.bodyLine, { resolve: resolveFigure, keys, cite: citeNext }, issues);
      steps.push({ id: s.attrs.id, chart: chart.id, state: s.attrs.state, html });
    }
    if (chapters.some((c) => c.id === raw.front.id)) issues.add({ file, field: 'id', message: `duplicate chapter id ${JSON.stringify(raw.front.id)}; expected each chapter id once` });
    typed.push({ text: raw.intro, place: { file, line: raw.introLine } });
    chapters.push({ ...raw.front, file, introHtml, steps });
  }

  checkChartReferences(charts, datasets, datasetsWithErrors, issues);
  checkTypedTwice(typed, figureData, issues);
  issues.throwIfAny();
  if (!article) throw new Error('unreachable: article missing without an issue');
  return typeset({ article, sources, datasets: datasets as Datasets, charts, chapters });
}

/** A figure in the story; its sources are cited once per sentence, by renderMarkdown. */
function figureHtml(text: string, ref: string): string {
  return `<span class="fig" data-figure="${ref}">${escapeHtml(text)}</span>`;
}

/**
 * Chart ids and their state ids as written in charts.yaml, read without validation; undefined when
 * the file cannot be read as YAML at all (that is reported, and steps are not checked against it).
 */
function declaredChartStates(root: string): Map<string, Set<string>> | undefined {
  const out = new Map<string, Set<string>>();
  try {
    const list: unknown = parseYaml(readFileSync(join(root, 'content/charts.yaml'), 'utf8'));
    if (!Array.isArray(list)) return undefined;
    for (const c of list as Record<string, unknown>[]) {
      if (typeof c['id'] !== 'string') continue;
      const states = Array.isArray(c['states']) ? (c['states'] as Record<string, unknown>[]) : [];
      out.set(c['id'], new Set(states.map((s) => s['id']).filter((id): id is string => typeof id === 'string')));
    }
  } catch {
    // An unreadable charts.yaml is reported by loadCharts.
    return undefined;
  }
  return out;
}

/** Line of a top-level `key:` in a YAML file, for messages about that field. */
function lineOfKey(root: string, file: string, key: string): number | undefined {
  const i = readFileSync(join(root, file), 'utf8').split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return i < 0 ? undefined : i + 1;
}

function loadCharts(root: string, figureData: FigureData, typed: CheckedText[], issues: IssueList): ChartSpec[] {
  const file = 'content/charts.yaml';
  const text = read(root, file, issues);
  if (text === undefined) return [];
  // A mistake in one chart is reported (with its line) and the other charts are still used, so
  // their steps are checked as usual.
  const specs =
    readYaml(text, file, chartsFileSchema, issues) ??
    rawList(text).flatMap((entry) => {
      const r = chartSpecSchema.safeParse(entry);
      return r.success ? [r.data] : [];
    });
  const out: ChartSpec[] = [];
  specs.forEach((spec, i) => {
    if (!isChartId(spec.id)) {
      issues.add({ file, field: `${i}.id`, message: `unknown chart ${JSON.stringify(spec.id)}; expected one of ${chartIds.join(', ')}` });
      return;
    }
    if (out.some((c) => c.id === spec.id)) issues.add({ file, field: `${i}.id`, message: `duplicate chart id ${JSON.stringify(spec.id)}` });
    const schema = chartDefinitions[spec.id].params;
    const states: ChartStateSpec[] = [];
    spec.states.forEach((st, j) => {
      if (states.some((s) => s.id === st.id)) issues.add({ file, field: `${spec.id}.states.${j}.id`, message: `duplicate state id ${JSON.stringify(st.id)} in chart ${spec.id}` });
      // Titles and annotations read their figures from the data like the story does.
      const place = { file, field: `${spec.id}.states.${st.id}` };
      typed.push({ text: [st.title, JSON.stringify(st.params)].join('\n'), place });
      const r = schema.safeParse(resolveDeep(st.params, place, figureData, issues));
      if (!r.success) {
        for (const issue of r.error.issues) issues.add({ file, field: [spec.id, 'states', st.id, 'params', ...issue.path.map(String)].join('.'), message: issue.message });
        return;
      }
      states.push({ id: st.id, title: resolveText(st.title, place, figureData, issues), params: r.data });
    });
    const place = { file, field: spec.id };
    typed.push({ text: `${spec.title}\n${spec.description}`, place });
    out.push({ id: spec.id, title: resolveText(spec.title, place, figureData, issues), description: resolveText(spec.description, place, figureData, issues), states });
  });
  return out;
}

/**
 * Row ids (and column values such as tracker names) in chart states must exist in the datasets
 * they refer to; each chart's module says which parameters refer to what (`references`).
 */
function checkChartReferences(charts: ChartSpec[], datasets: Partial<Record<DatasetId, Dataset>>, withErrors: Set<DatasetId>, issues: IssueList): void {
  const file = 'content/charts.yaml';
  // Values of one column of one dataset, computed once per check rather than once per reference.
  const known = new Map<string, Set<string>>();
  const valuesOf = (ds: DatasetId, column: string): Set<string> => {
    const k = `${ds}\u0000${column}`;
    let set = known.get(k);
    if (!set) {
      const rows: readonly object[] = datasets[ds]?.rows ?? [];
      set = new Set(rows.flatMap((r) => { const v: unknown = Reflect.get(r, column); return typeof v === 'string' ? [v] : []; }));
      known.set(k, set);
    }
    return set;
  };
  const listed = (values: Set<string>, quote: boolean): string => {
    const all = [...values].map((v) => (quote ? JSON.stringify(v) : v));
    const MAX = 12;
    return all.length > MAX ? `${all.slice(0, MAX).join(', ')}, … (${all.length - MAX} more)` : all.join(', ');
  };
  for (const chart of charts) {
    const refs: Readonly<Record<string, Reference<DatasetId> | undefined>> = chartDefinitions[chart.id].references;
    for (const st of chart.states) {
      const params: Record<string, unknown> = { ...st.params };
      for (const [field, ref] of Object.entries(refs)) {
        if (!ref) continue;
        const raw = params[field];
        const values = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : [];
        // Datasets with their own mistakes may have dropped rows (reported already); missing ones are reported as missing.
        if (ref.datasets.some((d) => withErrors.has(d) || !datasets[d])) continue;
        const column = ref.column ?? 'id';
        for (const v of values) {
          if (ref.datasets.some((d) => valuesOf(d, column).has(v))) continue;
          const message =
            column === 'id'
              ? `unknown row id ${JSON.stringify(v)}; expected a row id of ${ref.datasets.join(' or ')}, one of: ${listed(new Set(ref.datasets.flatMap((d) => [...valuesOf(d, column)])), false)}`
              : `unknown ${ref.noun ?? column} ${JSON.stringify(v)}; expected one of ${listed(new Set(ref.datasets.flatMap((d) => [...valuesOf(d, column)])), true)}`;
          issues.add({ file, field: `${chart.id}.states.${st.id}.params.${field}`, message });
        }
      }
    }
  }
}
