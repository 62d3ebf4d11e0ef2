/**
 * Figure placeholders: `{{dataset:row.column}}` anywhere readers see text (the story, free-text
 * cells, metadata notes, chart titles), and `{{.column}}` inside a CSV row for that row's own cells.
 * Each is read from the data and formatted one way, so a figure corrected in its data cell changes
 * every place it is shown: no number is typed twice.
 */
import type { z } from 'zod';
import type { Formatter } from '../i18n/format.ts';
import { en } from '../i18n/format-en.ts';
import * as cell from '../schemas/cells.ts';
import { datasetDefinitions, datasetIds, isDatasetId, type DatasetId, type ValueFormat } from '../schemas/datasets.ts';
import type { IssueList } from './errors.ts';

/** `{{dataset:row.column}}` or, in a CSV row, `{{.column}}`. Groups: dataset, row, column. */
export const PLACEHOLDER = /\{\{\s*(?:([a-z0-9-]+):([a-z0-9-]+))?\.([a-z0-9_]+)\s*\}\}/g;

export interface FigureRef {
  dataset: string;
  row: string;
  column: string;
}

type Cell = string | number | boolean | string[] | undefined;
export type RawRow = Record<string, Cell> & { id: string; sources: string[] };

/** What a placeholder can read: each dataset's rows as parsed (before their own placeholders resolve). */
export interface FigureData {
  rows: Partial<Record<DatasetId, RawRow[]>>;
  /** Datasets with mistakes of their own, whose missing rows have already been reported. */
  withErrors: ReadonlySet<string>;
  /** How the edition writes figures (default English). */
  fmt?: Formatter;
}

export type Lookup = { text: string; sources: string[] } | { error: string } | { skip: true };

const fileOf = (id: string) => `content/datasets/${id}.csv`;

/** The formatted value of one figure, or a message saying what was expected. */
export function lookupFigure(data: FigureData, ref: FigureRef): Lookup {
  if (!isDatasetId(ref.dataset)) return { error: `unknown dataset ${JSON.stringify(ref.dataset)}; expected one of ${datasetIds.join(', ')}` };
  const rows = data.rows[ref.dataset];
  // An unreadable dataset has already been reported; repeating it for every figure would bury it.
  if (!rows) return { skip: true };
  const row = rows.find((r) => r.id === ref.row);
  if (!row) {
    // A row dropped for its own mistake has been reported; the figures citing it are not errors too.
    if (data.withErrors.has(ref.dataset)) return { skip: true };
    return { error: `no row with id ${JSON.stringify(ref.row)} in ${fileOf(ref.dataset)}; expected one of ${rows.map((r) => r.id).join(', ')}` };
  }
  const def = datasetDefinitions[ref.dataset];
  const columns = Object.keys(def.row.shape);
  if (!columns.includes(ref.column)) return { error: `no column ${JSON.stringify(ref.column)} in ${fileOf(ref.dataset)}; expected one of ${columns.join(', ')}` };
  const value = row[ref.column];
  if (value === undefined) return { error: `row ${ref.row} of ${fileOf(ref.dataset)} has no value in column ${ref.column}` };
  if (typeof value === 'string' && value.includes('{{')) {
    return { error: `${ref.dataset}:${ref.row}.${ref.column} is itself text with a figure in it; point at the number or date it reads instead` };
  }
  const fmt: ValueFormat = (def.formats as Partial<Record<string, ValueFormat>>)[ref.column] ?? 'text';
  return { text: (data.fmt ?? en).value(value, fmt), sources: row.sources };
}

/** Columns of free text (labels, details, notes), where placeholders are resolved. */
export function freeTextColumns(id: DatasetId): string[] {
  const shape = datasetDefinitions[id].row.shape as Record<string, z.ZodType>;
  return Object.keys(shape).filter((c) => shape[c] === cell.text || shape[c] === cell.optionalText);
}

export interface TextPlace {
  file: string;
  line?: number;
  field?: string;
  /** The row a short `{{.column}}` placeholder refers to, when the text is a CSV cell. */
  own?: { dataset: DatasetId; row: string };
}

/**
 * Replaces the placeholders in plain `text` with their formatted values. Problems are reported at
 * `place`; a placeholder that cannot be read is left as written.
 */
export function resolveText(text: string, place: TextPlace, data: FigureData, issues: IssueList): string {
  if (!text.includes('{{')) return text;
  const at = { file: place.file, ...(place.line === undefined ? {} : { line: place.line }) };
  const out = text.replace(PLACEHOLDER, (whole: string, dataset: string | undefined, row: string | undefined, column: string) => {
    if (dataset === undefined || row === undefined) {
      if (!place.own) {
        issues.add({ ...at, field: whole, message: `a short figure {{.${column}}} only works in a CSV row; write {{dataset:row.${column}}} here` });
        return whole;
      }
      ({ dataset, row } = place.own);
    }
    const r = lookupFigure(data, { dataset, row, column });
    if ('error' in r) issues.add({ ...at, field: whole, message: r.error });
    return 'text' in r ? r.text : whole;
  });
  const stray = /\{\{[^}]*\}\}/.exec(out.replace(PLACEHOLDER, ''));
  if (stray) {
    issues.add({ ...at, field: stray[0], message: 'figure reference is not of the form {{dataset:row.column}} (e.g. {{piracy-estimates:tf-20h.count}}) or, in a CSV row, {{.column}}' });
  }
  return out;
}

/**
 * Every free-text cell of every dataset with its placeholders resolved. `lines` gives each row's
 * line, so a problem points at the cell an editor typed.
 */
export function resolveRows<R extends RawRow>(id: DatasetId, rows: readonly R[], lines: readonly (number | undefined)[], data: FigureData, issues: IssueList): R[] {
  const columns = freeTextColumns(id);
  return rows.map((row, i) => {
    // Only free-text cells change, each from one string to another: the row keeps its type.
    const out: R = { ...row };
    const cells: RawRow = out;
    for (const c of columns) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const line = lines[i];
      cells[c] = resolveText(v, { file: fileOf(id), ...(line === undefined ? {} : { line }), field: c, own: { dataset: id, row: row.id } }, data, issues);
    }
    return out;
  });
}

/** Resolves every string inside a plain value (chart parameters, titles): annotations read figures too. */
export function resolveDeep(value: unknown, place: TextPlace, data: FigureData, issues: IssueList): unknown {
  if (typeof value === 'string') return resolveText(value, place, data, issues);
  if (Array.isArray(value)) return value.map((v) => resolveDeep(v, place, data, issues));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveDeep(v, place, data, issues)]));
  }
  return value;
}
