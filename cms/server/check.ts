/**
 * The admin's check: what `npm run check` would say about content/ if an editor's proposed file
 * were saved. The proposal is written into a private copy of content/ (with the data version it
 * records, for a dataset), and the project's own loader reads that copy for every edition, the
 * way the check and the build do: no rule is written twice.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { describeDiff, diffDataset } from '../../src/content/diff.ts';
import { describeStatus } from '../../src/content/edition-status.ts';
import { ContentError, formatIssue } from '../../src/content/errors.ts';
import { diskFiles } from '../../src/content/files.ts';
import { loadContent } from '../../src/content/load.ts';
import { csvHash, LOCK_FILE, type Lock } from '../../src/content/lock.ts';
import { stampEdition } from '../../src/content/stamp.ts';
import { isChangeKind, KIND_HELP, recordVersion, undoVersion } from '../../src/content/version.ts';
import { isTargetLocale, TARGET_LOCALES } from '../../src/i18n/locales.ts';

export interface VersionNote {
  kind: string;
  reason: string;
}

export interface Proposal {
  /** Path from the project root, e.g. content/story/01-hack.md. */
  file: string;
  text: string;
  /** For a dataset's CSV: the kind of change and the sentence recorded with it. */
  version?: VersionNote | undefined;
}

export interface CheckResult {
  ok: boolean;
  /** What stops the save, as `npm run check` prints it: file:line [field]: message. */
  errors: string[];
  /** Stale or missing translations: listed, but they do not stop a save (nor a build). */
  warnings: string[];
  /** For a dataset: whether saving records a new version. */
  records?: boolean;
  /**
   * For a translation with `translates: TODO`: the text with each TODO set to the hash of the
   * English (what `npm run i18n:stamp` writes), which the admin saves instead; and how many.
   */
  stamped?: { text: string; count: number };
}

const DATASET = /^content\/datasets\/([a-z0-9-]+)\.csv$/;

/** Where an editor may save: content/, but not the register or the kept copies (data:version writes those). */
export function editableFile(file: string): string | undefined {
  const f = normalize(file).replaceAll('\\', '/');
  if (!f.startsWith('content/') || f.includes('..')) return `${file}: expected a file under content/`;
  if (f.startsWith('content/datasets/archive/') || f === LOCK_FILE)
    return `${file}: written by the data version only; never edited by hand`;
  return undefined;
}

function readLock(root: string): Lock {
  const p = join(root, LOCK_FILE);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Lock) : {};
}

/** The dataset a proposal changes the data of, with its recorded version; undefined when the data is as recorded. */
export function changedDataset(root: string, file: string, text: string): { id: string; version: number } | undefined {
  const id = DATASET.exec(file)?.[1];
  if (id === undefined) return undefined;
  const entry = readLock(root)[id];
  if (!entry || csvHash(text) === entry.sha256) return undefined;
  return { id, version: entry.version };
}

function messages(err: unknown): string[] {
  if (err instanceof ContentError) return err.issues.map(formatIssue);
  throw err;
}

/** The kinds that take back the last version instead of recording one (npm run data:undo [--restore]). */
export const UNDO_KINDS = { undo: { restore: false }, 'undo-restore': { restore: true } } as const;
const undoOf = (kind: string | undefined) => (kind === 'undo' || kind === 'undo-restore' ? UNDO_KINDS[kind] : undefined);

const TRANSLATION = /^content\/translations\/([a-z]+)\//;

/** Stamps the TODOs of a translation file in the copy at `dir`; what it wrote, if anything. */
function stampProposal(dir: string, file: string): { text: string; count: number } | undefined {
  const locale = TRANSLATION.exec(file)?.[1];
  if (locale === undefined || !isTargetLocale(locale)) return undefined;
  const { texts, passages } = stampEdition(diskFiles(dir), locale, { only: file });
  const text = texts.get(file);
  if (text === undefined) return undefined;
  writeFileSync(join(dir, file), text);
  return { text, count: passages.length };
}

export function checkProposal(root: string, p: Proposal, today: string): CheckResult {
  const refused = editableFile(p.file);
  if (refused) return { ok: false, errors: [refused], warnings: [] };
  const dir = mkdtempSync(join(tmpdir(), 'cms-check-'));
  try {
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, p.file), p.text);
    const stamped = stampProposal(dir, p.file);
    const errors: string[] = [];
    const undo = undoOf(p.version?.kind);
    if (undo) {
      const id = DATASET.exec(p.file)?.[1] ?? '';
      const saved = readFileSync(join(root, p.file), 'utf8');
      if (p.text !== saved) {
        errors.push(
          `${p.file}: taking back a version works on the table as saved, but it has unsaved edits; expected the table as saved (reload the page to drop the edits, or save them first with a kind of change)`,
        );
        return { ok: false, errors, warnings: [] };
      }
      try {
        // The copy is not a git checkout: whether the version is published is the project's to say.
        undoVersion(dir, id, { restore: undo.restore, gitRoot: root });
        loadContent(dir, { preview: true });
      } catch (err) {
        return { ok: false, errors: err instanceof ContentError ? messages(err) : [`${p.file}: ${(err as Error).message}`], warnings: [] };
      }
      return { ok: true, errors: [], warnings: [] };
    }
    const changed = changedDataset(root, p.file, p.text);
    if (changed) {
      const { kind = '', reason = '' } = p.version ?? {};
      const diff = diffDataset(dir, changed.id);
      const cells = diff ? describeDiff(diff).slice(0, 5).join('; ') : '';
      if (!isChangeKind(kind) || reason.trim().length < 3) {
        // The data's own problems first: a version is only recorded for data that passes.
        try {
          loadContent(dir, { preview: true });
        } catch (err) {
          errors.push(...messages(err));
        }
        const needs = [
          isChangeKind(kind) ? '' : KIND_HELP.replace('--kind followed by ', 'a kind of change, '),
          reason.trim().length < 3 ? 'a sentence readers can follow saying what changed and why, in "What changed and why"' : '',
        ].filter(Boolean);
        errors.push(
          `${p.file}: the data changed since version ${changed.version}${cells ? ` (${cells})` : ''}; saving records a new version: ${needs.join('; and ')}`,
        );
        return { ok: false, errors, warnings: [], records: true };
      }
      try {
        recordVersion(dir, changed.id, reason, today, kind);
      } catch (err) {
        return {
          ok: false,
          errors: err instanceof ContentError ? messages(err) : [`${p.file}: ${(err as Error).message}`],
          warnings: [],
          records: true,
        };
      }
    }
    try {
      loadContent(dir);
    } catch (err) {
      return { ok: false, errors: messages(err), warnings: [], records: changed !== undefined };
    }
    const warnings: string[] = [];
    for (const locale of TARGET_LOCALES) {
      try {
        const { edition } = loadContent(dir, { locale });
        for (const s of edition.status) if (s.state !== 'current') warnings.push(describeStatus(s));
      } catch (err) {
        errors.push(...messages(err));
      }
    }
    return { ok: errors.length === 0, errors, warnings, records: changed !== undefined, ...(stamped ? { stamped } : {}) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Records the version of a dataset just saved (what `npm run data:version` does). */
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
  if (id === undefined || !changedDataset(root, file, readFileSync(join(root, file), 'utf8'))) return undefined;
  if (!isChangeKind(note.kind)) throw new Error(KIND_HELP);
  const r = recordVersion(root, id, note.reason, today, note.kind);
  return `Recorded ${r.id} version ${r.to} (was ${r.from}) as ${note.kind === 'internal' ? 'an internal change' : `a${note.kind === 'update' ? 'n update' : ' correction'}, listed for readers`}.`;
}
