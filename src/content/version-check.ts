/** Whether a dataset's data is the version its meta file and the lock record (part of validation). */
import { describeDiff, diffDataset } from './diff.ts';
import type { IssueList } from './errors.ts';
import type { ContentFiles } from './files.ts';
import { archivePath, LOCK_FILE, type Lock } from './lock.ts';
import type { Dataset } from './model.ts';
import { recordCommand } from './preview.ts';

export function checkVersion(ds: Dataset, lock: Lock | undefined, files: ContentFiles, issues: IssueList, preview: boolean): void {
  const metaFile = `content/datasets/${ds.id}.meta.yaml`;
  const fix = `run: ${recordCommand(ds.id)}`;
  // A missing or damaged lock has been reported once already.
  if (!lock) return;
  const entry = lock[ds.id];
  if (!entry) {
    issues.add({ file: LOCK_FILE, field: ds.id, message: `no recorded version for dataset ${ds.id}; ${fix}` });
    return;
  }
  if (entry.version === ds.meta.version && entry.sha256 !== ds.sha256) {
    // The dev preview shows unrecorded data (with a banner, src/content/preview.ts); nothing else does.
    if (preview) return;
    const d = diffDataset(files.root, ds.id);
    const lines = d ? describeDiff(d) : [];
    const listed = lines.length === 0 ? '' : `; changed: ${lines.slice(0, 5).join('; ')}${lines.length > 5 ? `; and ${lines.length - 5} more (npm run data:diff -- ${ds.id} lists them all)` : ''}`;
    issues.add({
      file: ds.file,
      message: `dataset ${ds.id} changed but its version is still ${ds.meta.version}${listed}; expected a new version with a changelog entry saying what changed: ${fix}`,
    });
  } else if (entry.version !== ds.meta.version) {
    issues.add({
      file: metaFile,
      field: 'version',
      message: `version is ${ds.meta.version} but ${LOCK_FILE} records ${entry.version}; expected versions to be recorded with npm run data:version, not edited by hand`,
    });
  }
  if (!ds.meta.changelog.some((c) => c.version === ds.meta.version)) {
    issues.add({ file: metaFile, field: 'changelog', message: `no changelog entry for the current version ${ds.meta.version}; expected one saying what changed` });
  }
  for (const c of ds.meta.changelog) {
    if (!files.exists(archivePath(ds.id, c.version))) {
      issues.add({ file: metaFile, field: 'changelog', message: `version ${c.version} is not kept: expected ${archivePath(ds.id, c.version)}` });
    }
  }
}
