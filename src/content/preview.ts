/**
 * Preview before publishing: datasets whose CSV changed since their recorded version. `npm run dev`
 * renders such changes and names them in a banner; the check, the build and the tests refuse them
 * until they are recorded with `npm run data:version`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { datasetIds, type DatasetId } from '../schemas/datasets.ts';
import { describeDiff, diffDataset } from './diff.ts';
import { csvHash, LOCK_FILE, type Lock } from './lock.ts';

export interface Unrecorded {
  id: DatasetId;
  /** The recorded version the data differs from. */
  version: number;
  /** One line per changed cell, added or removed row. */
  changes: string[];
  /** The command that records the change. */
  command: string;
}

function readLock(root: string): Lock | undefined {
  try {
    return JSON.parse(readFileSync(join(root, LOCK_FILE), 'utf8')) as Lock;
  } catch {
    return undefined;
  }
}

function metaVersion(root: string, id: string): number | undefined {
  try {
    const v = (parseYaml(readFileSync(join(root, `content/datasets/${id}.meta.yaml`), 'utf8')) as { version?: unknown } | null)?.version;
    return typeof v === 'number' ? v : undefined;
  } catch {
    return undefined;
  }
}

export function recordCommand(id: string): string {
  return `npm run data:version -- ${id} --kind correction|update|internal "what changed and why"`;
}

/** Every dataset whose CSV differs from its recorded version while the version was not raised. */
export function unrecordedChanges(root: string): Unrecorded[] {
  const lock = readLock(root);
  if (!lock) return [];
  const out: Unrecorded[] = [];
  for (const id of datasetIds) {
    const entry = lock[id];
    const file = join(root, `content/datasets/${id}.csv`);
    if (!entry || !existsSync(file) || metaVersion(root, id) !== entry.version) continue;
    if (csvHash(readFileSync(file, 'utf8')) === entry.sha256) continue;
    const d = diffDataset(root, id);
    out.push({ id, version: entry.version, changes: d ? describeDiff(d) : [], command: recordCommand(id) });
  }
  return out;
}
