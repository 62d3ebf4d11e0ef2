/** `npm run data:version -- <dataset> "what changed and why"`: see src/content/version.ts. */
import { ContentError } from '../content/errors.ts';
import { recordVersion } from '../content/version.ts';

const [id, ...words] = process.argv.slice(2);
if (!id || words.length === 0) {
  console.error('usage: npm run data:version -- <dataset> "what changed and why"');
  process.exit(2);
}
try {
  const today = new Date().toISOString().slice(0, 10);
  const r = recordVersion(process.cwd(), id, words.join(' '), today);
  console.log(
    r.from === r.to
      ? `Registered ${r.id} at version ${r.to}; kept as content/datasets/archive/${r.id}/v${r.to}.csv.`
      : `Recorded ${r.id} version ${r.to} (was ${r.from}). Every version stays in content/datasets/archive/${r.id}/.`,
  );
} catch (err) {
  console.error(err instanceof ContentError ? err.message : `data:version: ${(err as Error).message}`);
  process.exit(1);
}
