/** `npm run data:undo -- <dataset> [--restore]`: undoes the last recorded version while it is unpublished. */
import { undoVersion } from '../content/version.ts';

const args = process.argv.slice(2);
const restore = args.includes('--restore');
const [id] = args.filter((a) => a !== '--restore');
if (!id) {
  console.error('usage: npm run data:undo -- <dataset> [--restore]');
  process.exit(2);
}
try {
  const r = undoVersion(process.cwd(), id, { restore });
  console.log(
    `Undid ${r.id} version ${r.undone}; it is at version ${r.version} again. ` +
      (restore
        ? `content/datasets/${r.id}.csv is back as it was in version ${r.version}.`
        : `content/datasets/${r.id}.csv keeps your edits: see them with npm run data:diff -- ${r.id}, record them again with npm run data:version, or add --restore to put the data back too.`),
  );
} catch (err) {
  console.error(`data:undo: ${(err as Error).message}`);
  process.exit(1);
}
