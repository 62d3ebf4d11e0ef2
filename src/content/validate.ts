/**
 * The loader's second stage: every file of content/ against its schema and against the others
 * (source ids, row ids, the version lock, chart and state ids, step attributes). What passes is
 * typed; what does not is reported and left out, so later stages check what remains without
 * repeating the same mistake for everything that uses it.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import '../schemas/messages.ts';
import { chartIds, isChartId } from '../charts/index.ts';
import { chartSpecSchema, chartsFileSchema, type ChartSpecInput } from '../schemas/charts.ts';
import { datasetMetaSchema } from '../schemas/dataset-meta.ts';
import { datasetDefinitions, datasetIds, isDatasetId, type DatasetId } from '../schemas/datasets.ts';
import { sourcesFileSchema, type Source } from '../schemas/sources.ts';
import { articleSchema, type Article } from '../schemas/story.ts';
import { readCsv } from './csv.ts';
import type { IssueList } from './errors.ts';
import type { ContentFiles } from './files.ts';
import { csvHash, LOCK_FILE, type Lock } from './lock.ts';
import type { Dataset, SomeDatasets } from './model.ts';
import { parseChapter, type RawChapter } from './story.ts';
import { checkVersion } from './version-check.ts';
import { readYaml } from './yaml.ts';

export interface Validated {
  article: Article | undefined;
  sources: Source[];
  /** Ids citations may name (those of sources.yaml, read without validation when it has a mistake). */
  sourceIds: Set<string>;
  datasets: SomeDatasets;
  /** Datasets with a mistake of their own: figures and keys that read them are not checked again. */
  withErrors: Set<DatasetId>;
  /** charts.yaml's entries that passed, with a known chart id. */
  charts: ChartSpecInput[];
  /** Chart and state ids as charts.yaml writes them, even in entries with mistakes; undefined when it is not YAML. */
  declared: Map<string, Set<string>> | undefined;
  chapters: { file: string; raw: RawChapter }[];
  /** Line of the `notes:` key of each dataset's meta file, for messages about its figures. */
  notesLines: Partial<Record<DatasetId, number>>;
}

/** `datasets` and `ds` under its id (a write to a mapped type is checked only through its own key type). */
export function withDataset<K extends DatasetId>(datasets: SomeDatasets, id: K, ds: Dataset<K>): SomeDatasets {
  const one: { [P in K]?: Dataset<P> } = {};
  one[id] = ds;
  return { ...datasets, ...one };
}

/** The entries of a YAML list, unvalidated; empty when the text is not a YAML list. */
function rawList(text: string | undefined): unknown[] {
  try {
    const list: unknown = text === undefined ? undefined : parseYaml(text);
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

const field = (e: unknown, name: string): unknown => (typeof e === 'object' && e !== null ? Reflect.get(e, name) : undefined);

/** The `id` of each entry of a YAML list, read without validation (for cross-checks when the file has mistakes). */
function rawIds(list: unknown[]): string[] {
  return list.map((e) => field(e, 'id')).filter((id): id is string => typeof id === 'string');
}

function declaredStates(text: string | undefined): Map<string, Set<string>> | undefined {
  try {
    const list: unknown = text === undefined ? undefined : parseYaml(text);
    if (!Array.isArray(list)) return undefined;
    const states = (c: unknown) => {
      const s = field(c, 'states');
      return Array.isArray(s) ? rawIds(s) : [];
    };
    return new Map(list.flatMap((c) => (typeof field(c, 'id') === 'string' ? [[String(field(c, 'id')), new Set(states(c))] as const] : [])));
  } catch {
    // An unreadable charts.yaml is reported where it is read.
    return undefined;
  }
}

function readLock(files: ContentFiles, issues: IssueList): Lock | undefined {
  const text = files.text(LOCK_FILE, issues);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const r = z.record(z.string(), z.object({ version: z.int(), sha256: z.string() })).safeParse(json);
  if (r.success) return r.data;
  issues.add({ file: LOCK_FILE, message: 'the lock is damaged; expected {"<dataset>": {"version": n, "sha256": "..."}}. Restore it from git.' });
  return undefined;
}

function unknownSource(file: string, line: number | undefined, s: string, sourceIds: Set<string>, issues: IssueList): void {
  if (sourceIds.size > 0 && !sourceIds.has(s))
    issues.add({ file, ...(line === undefined ? {} : { line }), field: 'sources', message: `unknown source id ${JSON.stringify(s)}; expected an id from content/sources.yaml` });
}

/** One dataset: its CSV against its row schema, its meta file, its rows' ids and sources, its version. */
function readDataset<K extends DatasetId>(id: K, files: ContentFiles, ctx: { sourceIds: Set<string>; lock: Lock | undefined; preview: boolean; issues: IssueList }, withErrors: Set<DatasetId>): { ds: Dataset<K>; notesLine: number | undefined } | undefined {
  const { issues, sourceIds } = ctx;
  const file = `content/datasets/${id}.csv`;
  const metaFile = `content/datasets/${id}.meta.yaml`;
  const csv = files.text(file, issues);
  const metaText = files.text(metaFile, issues);
  const meta = metaText === undefined ? undefined : readYaml(metaText, metaFile, datasetMetaSchema, issues);
  if (meta && meta.id !== id) issues.add({ file: metaFile, field: 'id', message: `id is ${JSON.stringify(meta.id)}; expected ${JSON.stringify(id)}, the file's name` });
  for (const s of meta?.sources ?? []) unknownSource(metaFile, undefined, s, sourceIds, issues);
  if (csv === undefined || !meta) return undefined;
  const before = issues.size;
  const schema: (typeof datasetDefinitions)[K]['row'] = datasetDefinitions[id].row;
  const parsed = readCsv(csv, file, schema, issues);
  if (issues.size > before) withErrors.add(id);
  // A file that could not be read at all has been reported; leaving it out avoids one more
  // message for every figure and chart that uses it.
  if (parsed.length === 0) return undefined;
  const lines: Record<string, number> = {};
  const seen = new Map<string, number>();
  for (const { value: row, line } of parsed) {
    lines[row.id] ??= line;
    const first = seen.get(row.id);
    if (first !== undefined) issues.add({ file, line, field: 'id', message: `duplicate id ${JSON.stringify(row.id)}, already used on line ${first}; expected each row id once` });
    else seen.set(row.id, line);
    for (const s of row.sources) unknownSource(file, line, s, sourceIds, issues);
  }
  const ds: Dataset<K> = { id, meta, rows: parsed.map((p) => p.value), lines, file, csv, sha256: csvHash(csv) };
  // Asking for a new version of data that is still wrong would bury the real problem.
  if (issues.size === before) checkVersion(ds, ctx.lock, files, issues, ctx.preview);
  // The line of `notes:`, for messages about the figures in the notes (resolved in the next stage).
  const i = metaText?.split('\n').findIndex((l) => l.startsWith('notes:')) ?? -1;
  return { ds, notesLine: i >= 0 ? i + 1 : undefined };
}

function readCharts(text: string | undefined, issues: IssueList): ChartSpecInput[] {
  const file = 'content/charts.yaml';
  if (text === undefined) return [];
  // A mistake in one chart is reported (with its line) and the other charts are still used, so
  // their steps are checked as usual.
  const specs =
    readYaml(text, file, chartsFileSchema, issues) ??
    rawList(text).flatMap((entry) => {
      const r = chartSpecSchema.safeParse(entry);
      return r.success ? [r.data] : [];
    });
  return specs.filter((spec, i) => {
    if (isChartId(spec.id)) return true;
    issues.add({ file, field: `${i}.id`, message: `unknown chart ${JSON.stringify(spec.id)}; expected one of ${chartIds.join(', ')}` });
    return false;
  });
}

export function validateContent(files: ContentFiles, issues: IssueList, { preview = false }: { preview?: boolean } = {}): Validated {
  const articleText = files.text('content/article.yaml', issues);
  const article = articleText === undefined ? undefined : readYaml(articleText, 'content/article.yaml', articleSchema, issues);

  const sourcesText = files.text('content/sources.yaml', issues);
  const sources = sourcesText === undefined ? [] : (readYaml(sourcesText, 'content/sources.yaml', sourcesFileSchema, issues) ?? []);
  // When sources.yaml has a mistake, citations are still checked against the ids it names, so one
  // slip there does not turn every citation in the story into a second error.
  const sourceIds = new Set<string>(sourcesText !== undefined && sources.length > 0 ? [] : rawIds(rawList(sourcesText)));
  for (const s of sources) {
    if (sourceIds.has(s.id)) issues.add({ file: 'content/sources.yaml', field: 'id', message: `duplicate source id ${JSON.stringify(s.id)}; expected each id once` });
    sourceIds.add(s.id);
  }

  const ctx = { sourceIds, lock: readLock(files, issues), preview, issues };
  let datasets: SomeDatasets = {};
  const withErrors = new Set<DatasetId>();
  const notesLines: Partial<Record<DatasetId, number>> = {};
  // K ties the id to its dataset's type (a correlated union), though the signature names it once.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  const add = <K extends DatasetId>(id: K): void => {
    const read = readDataset(id, files, ctx, withErrors);
    if (!read) return;
    datasets = withDataset(datasets, id, read.ds);
    if (read.notesLine !== undefined) notesLines[id] = read.notesLine;
  };
  datasetIds.forEach(add);
  for (const f of files.list('content/datasets')) {
    const m = /^(.+)\.csv$/.exec(f);
    if (m?.[1] && !isDatasetId(m[1])) {
      issues.add({ file: `content/datasets/${f}`, message: `unknown dataset ${JSON.stringify(m[1])}; expected one of ${datasetIds.join(', ')} (a new dataset also needs a schema in src/schemas/datasets.ts)` });
    }
  }

  const chartsText = files.text('content/charts.yaml', issues);
  const charts = readCharts(chartsText, issues);

  const chapterFiles = files.list('content/story').filter((f) => f.endsWith('.md')).map((f) => `content/story/${f}`);
  if (chapterFiles.length === 0) issues.add({ file: 'content/story', message: 'no chapters found; expected markdown files such as 01-hack.md' });
  const chapters = chapterFiles.flatMap((file) => {
    const text = files.text(file, issues);
    const raw = text === undefined ? undefined : parseChapter(text, file, issues);
    return raw ? [{ file, raw }] : [];
  });
  return { article, sources, sourceIds, datasets, withErrors, charts, declared: declaredStates(chartsText), chapters, notesLines };
}
