/**
 * What changed in a dataset since its last recorded version: cell by cell (row id, column, old,
 * new), plus rows added and removed. Compares the CSV as the editor wrote it with the copy kept in
 * content/datasets/archive/ for the version the lock records.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { archivePath, LOCK_FILE, type Lock } from './lock.ts';

export interface CellChange {
  row: string;
  column: string;
  old: string;
  new: string;
}

export interface DatasetDiff {
  /** The recorded version compared against. */
  version: number;
  changed: CellChange[];
  added: string[];
  removed: string[];
}

/** Rows by id, each as column → cell text; unreadable text gives no rows. */
function rowsById(text: string): Map<string, Record<string, string>> {
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true, bom: true });
  } catch {
    return new Map();
  }
  const [head = [], ...body] = records;
  const header = head.map((h) => h.trim());
  const out = new Map<string, Record<string, string>>();
  for (const r of body) {
    const row = Object.fromEntries(header.map((h, i) => [h, (r[i] ?? '').trim()]));
    out.set(row['id'] ?? '', row);
  }
  return out;
}

/** Compares two CSV texts of one dataset. */
export function diffCsv(before: string, after: string, version: number): DatasetDiff {
  const a = rowsById(before);
  const b = rowsById(after);
  const changed: CellChange[] = [];
  for (const [id, row] of b) {
    const old = a.get(id);
    if (!old) continue;
    for (const column of new Set([...Object.keys(old), ...Object.keys(row)])) {
      if ((old[column] ?? '') !== (row[column] ?? '')) changed.push({ row: id, column, old: old[column] ?? '', new: row[column] ?? '' });
    }
  }
  return { version, changed, added: [...b.keys()].filter((id) => !a.has(id)), removed: [...a.keys()].filter((id) => !b.has(id)) };
}

/** The diff of content/datasets/<id>.csv against its last recorded version, or undefined when none is kept. */
export function diffDataset(root: string, id: string): DatasetDiff | undefined {
  const lockPath = join(root, LOCK_FILE);
  if (!existsSync(lockPath)) return undefined;
  let lock: Lock;
  try {
    lock = JSON.parse(readFileSync(lockPath, 'utf8')) as Lock;
  } catch {
    return undefined;
  }
  const version = lock[id]?.version;
  if (version === undefined) return undefined;
  const kept = join(root, archivePath(id, version));
  const current = join(root, `content/datasets/${id}.csv`);
  if (!existsSync(kept) || !existsSync(current)) return undefined;
  return diffCsv(readFileSync(kept, 'utf8'), readFileSync(current, 'utf8'), version);
}

const cut = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}...` : s);

/** One line per change, as the tools print it. */
export function describeDiff(d: DatasetDiff): string[] {
  return [
    ...d.changed.map((c) => `row ${c.row}, ${c.column}: ${cut(c.old)} → ${cut(c.new)}`),
    ...d.added.map((id) => `row ${id}: added`),
    ...d.removed.map((id) => `row ${id}: removed`),
  ];
}
