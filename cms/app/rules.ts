/**
 * What the admin checks about a proposed file, over any ContentFiles: the project's loader for the
 * English and every edition (the messages `npm run check` prints), and the admin's own few rules
 * (where an editor may save; what a data change needs). Runs in the dev server (`npm run edit`,
 * cms/server/check.ts) and, in a production admin, in the browser (browser-check.ts).
 */
import { describeStatus } from '../../src/content/edition-status.ts';
import { ContentError, formatIssue } from '../../src/content/errors.ts';
import type { ContentFiles } from '../../src/content/files.ts';
import { loadFrom } from '../../src/content/load.ts';
import { csvHash, LOCK_FILE, type Lock } from '../../src/content/lock.ts';
import { stampEdition } from '../../src/content/stamp.ts';
import { isChangeKind, KIND_HELP } from '../../src/content/version-kinds.ts';
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

export const DATASET = /^content\/datasets\/([a-z0-9-]+)\.csv$/;
export const TRANSLATION = /^content\/translations\/([a-z]+)\//;

/** Where an editor may save: content/, but not the register or the kept copies (data:version writes those). */
export function editableFile(file: string): string | undefined {
  const f = file.replaceAll('\\', '/').replace(/\/\.\//g, '/');
  if (!f.startsWith('content/') || f.split('/').includes('..')) return `${file}: expected a file under content/`;
  if (f.startsWith('content/datasets/archive/') || f === LOCK_FILE)
    return `${file}: written by the data version only; never edited by hand`;
  return undefined;
}

/** The dataset a proposal changes the data of, with its recorded version; undefined when the data is as recorded. */
export function changedDataset(lock: Lock, file: string, text: string): { id: string; version: number } | undefined {
  const id = DATASET.exec(file)?.[1];
  if (id === undefined) return undefined;
  const entry = lock[id];
  if (!entry || csvHash(text) === entry.sha256) return undefined;
  return { id, version: entry.version };
}

/** The message refusing a data change that has no kind or sentence yet. */
export function versionRefusal(file: string, from: number, cells: string, kind: string, reason: string): string {
  return `${file}: the data changed since version ${from}${cells ? ` (${cells})` : ''}; saving records a new version: ${versionNeeds(kind, reason).join('; and ')}`;
}

/** A translation file's TODOs stamped (npm run i18n:stamp's rule), over `files`; undefined when it has none. */
export function stampProposal(files: ContentFiles, file: string): { text: string; count: number } | undefined {
  const locale = TRANSLATION.exec(file)?.[1];
  if (locale === undefined || !isTargetLocale(locale)) return undefined;
  const { texts, passages } = stampEdition(files, locale, { only: file });
  const text = texts.get(file);
  return text === undefined ? undefined : { text, count: passages.length };
}

export function messages(err: unknown): string[] {
  if (err instanceof ContentError) return err.issues.map(formatIssue);
  throw err;
}

/** What a data change still needs before it can be recorded: a kind and a sentence. */
export function versionNeeds(kind: string, reason: string): string[] {
  return [
    isChangeKind(kind) ? '' : KIND_HELP.replace('--kind followed by ', 'a kind of change, '),
    reason.trim().length < 3 ? 'a sentence readers can follow saying what changed and why, in "What changed and why"' : '',
  ].filter(Boolean);
}

/**
 * The content's problems (errors) and its untranslated passages (warnings), English first: with
 * an English error the editions are not loaded, as the check stops there too.
 */
export function checkEditions(files: ContentFiles): { errors: string[]; warnings: string[] } {
  try {
    loadFrom(files);
  } catch (err) {
    return { errors: messages(err), warnings: [] };
  }
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const locale of TARGET_LOCALES) {
    try {
      const { edition } = loadFrom(files, { locale });
      for (const s of edition.status) if (s.state !== 'current') warnings.push(describeStatus(s));
    } catch (err) {
      errors.push(...messages(err));
    }
  }
  return { errors, warnings };
}
