/** `npm run data:diff -- <dataset>`: the cells changed since the dataset's last recorded version. */
import { describeDiff, diffDataset } from '../content/diff.ts';
import { datasetIds, isDatasetId } from '../schemas/datasets.ts';

const [id] = process.argv.slice(2);
if (!id || !isDatasetId(id)) {
  console.error(
    `usage: npm run data:diff -- <dataset>, where <dataset> is one of ${datasetIds.join(', ')}${id ? `; found ${JSON.stringify(id)}` : ''}`,
  );
  process.exit(2);
}
const d = diffDataset(process.cwd(), id);
if (!d) {
  console.error(
    `data:diff: no recorded version of ${id} to compare with (content/datasets/versions.lock.json or its archive copy is missing); restore them from git`,
  );
  process.exit(1);
}
const lines = describeDiff(d);
if (lines.length === 0) {
  console.log(`${id}: no changes since version ${d.version}.`);
} else {
  console.log(
    `${id}: ${lines.length} change${lines.length === 1 ? '' : 's'} since version ${d.version} (content/datasets/archive/${id}/v${d.version}.csv):`,
  );
  for (const l of lines) console.log(`  ${l}`);
  console.log(`Record them with: npm run data:version -- ${id} --kind correction|update|internal "what changed and why"`);
}
