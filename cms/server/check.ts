/**
 * The admin's check in `npm run edit`: what `npm run check` would say about content/ if an
 * editor's proposed file were saved. The proposal is written into a private copy of content/
 * (with the data version it records, for a dataset), and the project's own loader reads that
 * copy for every edition (cms/app/rules.ts, which the production admin runs in the browser): no
 * rule is written twice.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeDiff, diffDataset } from '../../src/content/diff.ts';
import { ContentError } from '../../src/content/errors.ts';
import { diskFiles } from '../../src/content/files.ts';
import { loadContent } from '../../src/content/load.ts';
import { LOCK_FILE, type Lock } from '../../src/content/lock.ts';
import { recordVersion, undoVersion } from '../../src/content/version.ts';
import { isChangeKind, KIND_HELP } from '../../src/content/version-kinds.ts';
import {
  changedDataset,
  checkEditions,
  DATASET,
  editableFile,
  messages,
  stampProposal,
  versionNeeds,
  versionRefusal,
  type CheckResult,
  type Proposal,
  type VersionNote,
} from '../app/rules.ts';

export type { CheckResult, Proposal, VersionNote };
export { editableFile };

function readLock(root: string): Lock {
  const p = join(root, LOCK_FILE);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Lock) : {};
}

/** The kinds that take back the last version instead of recording one (npm run data:undo [--restore]). */
export const UNDO_KINDS = { undo: { restore: false }, 'undo-restore': { restore: true } } as const;
const undoOf = (kind: string | undefined) => (kind === 'undo' || kind === 'undo-restore' ? UNDO_KINDS[kind] : undefined);

const failure = (file: string, err: unknown) => (err instanceof ContentError ? messages(err) : [`${file}: ${(err as Error).message}`]);

export function checkProposal(root: string, p: Proposal, today: string): CheckResult {
  const refused = editableFile(p.file);
  if (refused) return { ok: false, errors: [refused], warnings: [] };
  const dir = mkdtempSync(join(tmpdir(), 'cms-check-'));
  try {
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, p.file), p.text);
    const stamped = stampProposal(diskFiles(dir), p.file);
    if (stamped) writeFileSync(join(dir, p.file), stamped.text);
    const undo = undoOf(p.version?.kind);
    if (undo) {
      const id = DATASET.exec(p.file)?.[1] ?? '';
      if (p.text !== readFileSync(join(root, p.file), 'utf8')) {
        const error = `${p.file}: taking back a version works on the table as saved, but it has unsaved edits; expected the table as saved (reload the page to drop the edits, or save them first with a kind of change)`;
        return { ok: false, errors: [error], warnings: [] };
      }
      try {
        // The copy is not a git checkout: whether the version is published is the project's to say.
        undoVersion(dir, id, { restore: undo.restore, gitRoot: root });
        loadContent(dir, { preview: true });
      } catch (err) {
        return { ok: false, errors: failure(p.file, err), warnings: [] };
      }
      return { ok: true, errors: [], warnings: [] };
    }
    const changed = changedDataset(readLock(root), p.file, p.text);
    if (changed) {
      const { kind = '', reason = '' } = p.version ?? {};
      if (versionNeeds(kind, reason).length > 0) {
        const errors: string[] = [];
        // The data's own problems first: a version is only recorded for data that passes.
        try {
          loadContent(dir, { preview: true });
        } catch (err) {
          errors.push(...messages(err));
        }
        const diff = diffDataset(dir, changed.id);
        const cells = diff ? describeDiff(diff).slice(0, 5).join('; ') : '';
        errors.push(versionRefusal(p.file, changed.version, cells, kind, reason));
        return { ok: false, errors, warnings: [], records: true };
      }
      try {
        recordVersion(dir, changed.id, reason, today, isChangeKind(kind) ? kind : 'correction');
      } catch (err) {
        return { ok: false, errors: failure(p.file, err), warnings: [], records: true };
      }
    }
    const { errors, warnings } = checkEditions(diskFiles(dir));
    return { ok: errors.length === 0, errors, warnings, records: changed !== undefined, ...(stamped ? { stamped } : {}) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Records the version of a dataset just saved (what `npm run data:version` does), or takes it back. */
export function recordSaved(root: string, file: string, note: VersionNote, today: string): string | undefined {
  const id = DATASET.exec(file)?.[1];
  const undo = undoOf(note.kind);
  if (id !== undefined && undo) {
    const r = undoVersion(root, id, undo);
    return `Undid ${r.id} version ${r.undone}; it is at version ${r.version} again. ${
      undo.restore
        ? `The table is back as it was in version ${r.version} (reload the page to see it).`
        : 'The table keeps your edits: choose a kind of change and say why to record them again, or take them back with "undo and restore".'
    }`;
  }
  if (id === undefined || !changedDataset(readLock(root), file, readFileSync(join(root, file), 'utf8'))) return undefined;
  if (!isChangeKind(note.kind)) throw new Error(KIND_HELP);
  const r = recordVersion(root, id, note.reason, today, note.kind);
  return `Recorded ${r.id} version ${r.to} (was ${r.from}) as ${note.kind === 'internal' ? 'an internal change' : `a${note.kind === 'update' ? 'n update' : ' correction'}, listed for readers`}.`;
}
