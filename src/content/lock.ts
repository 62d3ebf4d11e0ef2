/**
 * The version lock: content/datasets/versions.lock.json records, for each dataset, its version
 * and a hash of its CSV. Changing a CSV without recording a new version breaks the check, and
 * each recorded version is kept under content/datasets/archive/<id>/v<version>.csv.
 */
import { createHash } from 'node:crypto';

export const LOCK_FILE = 'content/datasets/versions.lock.json';

export interface LockEntry {
  version: number;
  sha256: string;
}
export type Lock = Record<string, LockEntry>;

/** Hash of a CSV's content, blind to line-ending style so Windows editors do not trip it. */
export function csvHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex');
}

export function archivePath(id: string, version: number): string {
  return `content/datasets/archive/${id}/v${version}.csv`;
}
