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

/**
 * Hash of a CSV's content, blind to what spreadsheets change when they re-save an unedited file
 * (byte-order mark, Windows line endings, the final newline), so only real edits need a version.
 */
export function csvHash(text: string): string {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  return createHash('sha256').update(normalised).digest('hex');
}

export function archivePath(id: string, version: number): string {
  return `content/datasets/archive/${id}/v${version}.csv`;
}
