/** `npm run data:version -- <dataset> --kind correction|update|internal "what changed and why"`: see src/content/version.ts. */
import { ContentError } from '../content/errors.ts';
import { isChangeKind, KIND_HELP } from '../content/version-kinds.ts';
import { recordVersion } from '../content/version.ts';

const args = process.argv.slice(2);
const k = args.findIndex((a) => a === '--kind' || a.startsWith('--kind='));
const kind = k < 0 ? undefined : args[k]?.startsWith('--kind=') ? args[k].slice('--kind='.length) : args[k + 1];
const rest = args.filter((_, i) => i !== k && !(i === k + 1 && args[k] === '--kind'));
const [id, ...words] = rest;
const usage = 'usage: npm run data:version -- <dataset> --kind correction|update|internal "what changed and why"';
if (!id || words.length === 0) {
  console.error(usage);
  process.exit(2);
}
if (!isChangeKind(kind)) {
  console.error(`data:version: ${KIND_HELP}${kind === undefined ? '' : `; found ${JSON.stringify(kind)}`}\n${usage}`);
  process.exit(2);
}
try {
  const today = new Date().toISOString().slice(0, 10);
  const r = recordVersion(process.cwd(), id, words.join(' '), today, kind);
  console.log(
    r.from === r.to
      ? `Registered ${r.id} at version ${r.to}; kept as content/datasets/archive/${r.id}/v${r.to}.csv.`
      : `Recorded ${r.id} version ${r.to} (was ${r.from}) as ${kind === 'internal' ? 'an internal change, not listed for readers' : `${kind === 'update' ? 'an update' : 'a correction'}, listed for readers`}. Every version stays in content/datasets/archive/${r.id}/. Undo it before it is published with: npm run data:undo -- ${r.id}`,
  );
} catch (err) {
  console.error(err instanceof ContentError ? err.message : `data:version: ${(err as Error).message}`);
  process.exit(1);
}
