/** Reads a dataset CSV and validates each row against its schema, reporting line and column. */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { IssueList } from './errors.ts';

export interface ParsedRow<T> {
  /** 1-based line of the row in the file. */
  line: number;
  value: T;
}

/**
 * Parses `text` (RFC 4180 CSV with a header row) and validates each record with `row`.
 * Returns the rows that passed; every problem goes to `issues`.
 */
/** What csv-parse gives with `info: true`: each record's cells, and the line it ends on. */
const infoRecords = z.array(z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }) }));

export function readCsv<S extends z.ZodObject>(
  text: string,
  file: string,
  row: S,
  issues: IssueList,
): ParsedRow<z.output<S>>[] {
  // A spreadsheet set to another region saves with semicolons or tabs; say so instead of letting
  // the parser complain about quotes.
  const firstLine = (text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '').replace(/"[^"]*"/g, '');
  const other = !firstLine.includes(',') && (firstLine.includes(';') ? 'semicolons' : firstLine.includes('\t') ? 'tabs' : undefined);
  if (other) {
    issues.add({
      file,
      line: 1,
      message: `the cells are separated by ${other}, not commas; expected comma-separated cells. In a spreadsheet, save again as "CSV UTF-8 (comma delimited)" (LibreOffice: Save As, Text CSV, field delimiter ","); in a text editor, put a comma between cells`,
    });
    return [];
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // csv-parse's types do not know what `info: true` returns; the records are checked instead.
    const parsed: unknown = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, bom: true });
    records = infoRecords.parse(parsed);
  } catch (err) {
    const e = err as { lines?: number; message?: string };
    issues.add({
      file,
      ...(e.lines === undefined ? {} : { line: e.lines }),
      message: `the file is not valid CSV: ${e.message ?? String(err)}. Expected comma-separated cells, with cells that contain commas, quotes or line breaks wrapped in double quotes.`,
    });
    return [];
  }
  const [head, ...body] = records;
  if (!head) {
    issues.add({ file, message: 'the file is empty; expected a header row and at least one data row' });
    return [];
  }
  const header = head.record.map((h) => h.trim());
  const expected = Object.keys(row.shape);
  const missing = expected.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !expected.includes(c));
  if (missing.length > 0 || unknown.length > 0) {
    const parts = [];
    if (missing.length > 0) parts.push(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
    if (unknown.length > 0) parts.push(`unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`);
    issues.add({ file, line: 1, message: `header has ${parts.join(' and ')}; expected the columns ${expected.join(', ')}` });
    return [];
  }
  if (body.length === 0) issues.add({ file, message: 'the file has a header but no data rows' });

  const out: ParsedRow<z.output<S>>[] = [];
  for (const { record, info } of body) {
    const line = info.lines;
    if (record.length !== header.length) {
      issues.add({
        file,
        line,
        message: `row has ${record.length} cell${record.length === 1 ? '' : 's'}, expected ${header.length} (${header.join(', ')}). A cell containing a comma must be wrapped in double quotes.`,
      });
      continue;
    }
    const obj: Record<string, string> = {};
    header.forEach((h, i) => (obj[h] = record[i] ?? ''));
    const result = row.safeParse(obj);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.map(String).join('.');
        issues.add({ file, line, ...(field ? { field } : {}), message: issue.message });
      }
      continue;
    }
    out.push({ line, value: result.data });
  }
  return out;
}

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The CSV as readers download it: each free-text cell in `columns` replaced by its resolved text
 * from `rows` (matched by id). A file without placeholders is returned exactly as it was written.
 */
export function resolvedCsv(text: string, columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  if (!text.includes('{{')) return text;
  const records: string[][] = parse(text, { relax_column_count: true, skip_empty_lines: true, bom: true });
  const header = (records[0] ?? []).map((h) => h.trim());
  const idAt = header.indexOf('id');
  const byId = new Map(rows.map((r) => [String(r['id']), r]));
  const out = records.map((record, i) => {
    const row = i === 0 ? undefined : byId.get((record[idAt] ?? '').trim());
    return record
      .map((c, j) => {
        const col = header[j] ?? '';
        const v = row?.[col];
        return csvCell(row && columns.includes(col) && typeof v === 'string' ? v : c);
      })
      .join(',');
  });
  return `${out.join('\n')}\n`;
}
