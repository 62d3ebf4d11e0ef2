/**
 * The check in a production admin (GitHub backend, no server of ours): the same rules as
 * `npm run edit`'s (rules.ts), run in the browser over the content as the site was built
 * (/admin/content.json, written by `npm run build:admin`) with the proposed file in place.
 * A data change cannot be recorded from here: it is checked (its data, its kind and sentence)
 * and, once saved, its version is recorded on its branch by the "Record a data version" workflow.
 */
import { memoryFiles, withTexts } from '../../src/content/files.ts';
import type { Lock } from '../../src/content/lock.ts';
import { LOCK_FILE } from '../../src/content/lock.ts';
import { loadFrom } from '../../src/content/load.ts';
import {
  changedDataset,
  checkEditions,
  editableFile,
  messages,
  stampProposal,
  versionNeeds,
  versionRefusal,
  type CheckResult,
  type Proposal,
} from './rules.ts';

let snapshot: Promise<Record<string, string>> | undefined;

/** The content as built, fetched once. */
export function builtContent(): Promise<Record<string, string>> {
  snapshot ??= fetch('/admin/content.json').then(async (r) => {
    if (!r.ok)
      throw new Error(`/admin/content.json: answered ${r.status}; expected the content the admin was built with (npm run build:admin)`);
    return (await r.json()) as Record<string, string>;
  });
  return snapshot;
}

export interface BrowserCheck extends CheckResult {
  /** A data change that passes: saved, then recorded on its branch by the workflow. */
  pending?: { dataset: string; from: number; kind: string; reason: string };
}

export function checkFiles(content: Readonly<Record<string, string>>, p: Proposal): BrowserCheck {
  const refused = editableFile(p.file);
  if (refused) return { ok: false, errors: [refused], warnings: [] };
  let files = withTexts(memoryFiles(content), { [p.file]: p.text });
  const stamped = stampProposal(files, p.file);
  if (stamped) files = withTexts(files, { [p.file]: stamped.text });
  const lock = JSON.parse(content[LOCK_FILE] ?? '{}') as Lock;
  const changed = changedDataset(lock, p.file, p.text);
  if (changed) {
    const { kind = '', reason = '' } = p.version ?? {};
    const errors: string[] = [];
    // The data as it will be once recorded: its own problems, with the unrecorded change accepted.
    try {
      loadFrom(files, { preview: true });
    } catch (err) {
      errors.push(...messages(err));
    }
    if (versionNeeds(kind, reason).length > 0) errors.push(versionRefusal(p.file, changed.version, '', kind, reason));
    return errors.length > 0
      ? { ok: false, errors, warnings: [], records: true }
      : { ok: true, errors: [], warnings: [], records: true, pending: { dataset: changed.id, from: changed.version, kind, reason } };
  }
  const { errors, warnings } = checkEditions(files);
  return { ok: errors.length === 0, errors, warnings, ...(stamped ? { stamped } : {}) };
}

export async function checkInBrowser(p: Proposal): Promise<BrowserCheck> {
  return checkFiles(await builtContent(), p);
}
