/**
 * Records a new version of a dataset: raises its version, adds a dated changelog entry, keeps a
 * copy of the CSV as it now stands under archive/, and updates the version lock. Files are
 * written to temporary names first and renamed, so a failure leaves the previous state intact.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import '../schemas/messages.ts';
import { parseDocument } from 'yaml';
import { datasetDefinitions, datasetIds, isDatasetId } from '../schemas/datasets.ts';
import { readCsv } from './csv.ts';
import { ContentError, IssueList } from './errors.ts';
import { archivePath, csvHash, LOCK_FILE, type Lock } from './lock.ts';

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
export function recordVersion(root: string, id: string, change: string, date: string): RecordVersionResult {
  if (!isDatasetId(id)) throw new Error(`unknown dataset ${JSON.stringify(id)}; expected one of ${datasetIds.join(', ')}`);
  if (change.trim().length < 3) throw new Error('say what changed and why, e.g. npm run data:version -- box-office "Corrected the Jan. 4 gross to match Variety"');
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
    const entry = doc.createNode({ version: to, date, change: change.trim() });
    if (changelog) changelog.add(entry);
    else doc.set('changelog', doc.createNode([{ version: to, date, change: change.trim() }]));
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
