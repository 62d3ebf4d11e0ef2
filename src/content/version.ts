/**
 * Records a new version of a dataset: raises its version, adds a dated changelog entry, keeps a
 * copy of the CSV as it now stands under archive/, and updates the version lock. Files are
 * written to temporary names first and renamed, so a failure leaves the previous state intact.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import '../schemas/messages.ts';
import { parseDocument } from 'yaml';
import type { ChangeKind } from '../schemas/dataset-meta.ts';
import { datasetDefinitions, datasetIds, isDatasetId } from '../schemas/datasets.ts';
import { readCsv } from './csv.ts';
import { ContentError, IssueList } from './errors.ts';
import { archivePath, csvHash, LOCK_FILE, type Lock } from './lock.ts';
import { isChangeKind, KIND_HELP } from './version-kinds.ts';
import { smartQuotes } from '../core/typography.ts';

export interface RecordVersionResult {
  id: string;
  from: number;
  to: number;
}

function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}


/** `date` is YYYY-MM-DD (the caller passes today; tests pass a fixed day). */
export function recordVersion(root: string, id: string, change: string, date: string, kind: ChangeKind = 'correction'): RecordVersionResult {
  if (!isDatasetId(id)) throw new Error(`unknown dataset ${JSON.stringify(id)}; expected one of ${datasetIds.join(', ')}`);
  if (!isChangeKind(kind)) throw new Error(`${KIND_HELP}; found ${JSON.stringify(kind)}`);
  if (change.trim().length < 3) throw new Error('say what changed and why, e.g. npm run data:version -- box-office --kind correction "Corrected the Jan. 4 gross to match Variety"');
  const text = smartQuotes(change.trim());
  const csvFile = `content/datasets/${id}.csv`;
  const metaFile = `content/datasets/${id}.meta.yaml`;
  const csv = readFileSync(join(root, csvFile), 'utf8');

  // A version is only recorded for data that passes its schema.
  const issues = new IssueList();
  readCsv(csv, csvFile, datasetDefinitions[id].row, issues);
  if (issues.size > 0) throw new ContentError(issues.items);

  const lockPath = join(root, LOCK_FILE);
  const lock = (existsSync(lockPath) ? JSON.parse(readFileSync(lockPath, 'utf8')) : {}) as Lock;
  const hash = csvHash(csv);
  if (lock[id]?.sha256 === hash) throw new Error(`${csvFile} has not changed since version ${lock[id].version}; nothing to record`);

  const doc = parseDocument(readFileSync(join(root, metaFile), 'utf8'));
  const current = Number(doc.get('version'));
  const known = lock[id];
  // A dataset new to the lock is registered at the version its metadata states; afterwards each
  // change raises the version by one.
  const from = known?.version ?? current;
  const to = known ? Math.max(from, current) + 1 : current;
  if (known) {
    doc.set('version', to);
    doc.set('updated', date);
    const changelog = doc.get('changelog') as { add: (v: unknown) => void } | undefined;
    const entry = doc.createNode({ version: to, date, change: text, kind });
    if (changelog) changelog.add(entry);
    else doc.set('changelog', doc.createNode([{ version: to, date, change: text, kind }]));
  }

  const archive = join(root, archivePath(id, to));
  mkdirSync(dirname(archive), { recursive: true });
  copyFileSync(join(root, csvFile), `${archive}.tmp-${process.pid}`);
  renameSync(`${archive}.tmp-${process.pid}`, archive);
  writeAtomic(join(root, metaFile), doc.toString());
  lock[id] = { version: to, sha256: hash };
  const sorted = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => a.localeCompare(b)));
  writeAtomic(lockPath, `${JSON.stringify(sorted, null, 2)}\n`);
  return { id, from, to };
}

/**
 * A version is published once its archive copy is in a commit on the main branch (main or
 * origin/main): that is what the site is built from. Outside a git checkout nothing is published.
 */
export function isPublished(root: string, id: string, version: number): boolean {
  return ['main', 'origin/main'].some((ref) => spawnSync('git', ['cat-file', '-e', `${ref}:${archivePath(id, version)}`], { cwd: root, stdio: 'ignore' }).status === 0);
}

export interface UndoResult {
  id: string;
  undone: number;
  version: number;
}

/**
 * Undoes the last recorded version of a dataset while it is not published: removes its changelog
 * entry and archive copy and puts the version and lock back. The CSV keeps the editor's edits
 * (so the change can be recorded again, differently) unless `restore` puts back the previous data.
 */
export function undoVersion(
  root: string,
  id: string,
  /** gitRoot: the checkout that says what is published (default root; the admin checks a copy of content/). */
  { restore = false, gitRoot = root }: { restore?: boolean; gitRoot?: string } = {},
): UndoResult {
  if (!isDatasetId(id)) throw new Error(`unknown dataset ${JSON.stringify(id)}; expected one of ${datasetIds.join(', ')}`);
  const metaFile = `content/datasets/${id}.meta.yaml`;
  const lockPath = join(root, LOCK_FILE);
  const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as Lock;
  const doc = parseDocument(readFileSync(join(root, metaFile), 'utf8'));
  const current = Number(doc.get('version'));
  const entries = (doc.get('changelog') as { items: { get: (k: string) => unknown }[] } | undefined)?.items ?? [];
  const index = entries.findIndex((e) => Number(e.get('version')) === current);
  const previous = entries
    .map((e) => ({ version: Number(e.get('version')), date: String(e.get('date')) }))
    .filter((e) => e.version < current)
    .sort((a, b) => b.version - a.version)[0];
  if (!previous || index < 0) throw new Error(`${id} is at its first version ${current}; there is no recorded change to undo`);
  if (isPublished(gitRoot, id, current)) {
    throw new Error(`${id} version ${current} is published (${archivePath(id, current)} is on the main branch); it cannot be undone. Record a new version instead: npm run data:version -- ${id} --kind correction "..."`);
  }
  const kept = join(root, archivePath(id, previous.version));
  if (!existsSync(kept)) throw new Error(`version ${previous.version} is not kept: expected ${archivePath(id, previous.version)}; restore it from git`);
  (doc.get('changelog') as { delete: (i: number) => void }).delete(index);
  doc.set('version', previous.version);
  doc.set('updated', previous.date);
  writeAtomic(join(root, metaFile), doc.toString());
  lock[id] = { version: previous.version, sha256: csvHash(readFileSync(kept, 'utf8')) };
  writeAtomic(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  if (restore) writeAtomic(join(root, `content/datasets/${id}.csv`), readFileSync(kept, 'utf8'));
  rmSync(join(root, archivePath(id, current)), { force: true });
  return { id, undone: current, version: previous.version };
}
