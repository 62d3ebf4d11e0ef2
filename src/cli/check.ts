/**
 * `npm run check`: validates everything in content/ and prints every problem, with file, line or
 * field, what was found and what was expected. Exits 1 when there is any.
 */
import { ContentError } from '../content/errors.ts';
import { loadContent } from '../content/load.ts';

try {
  const model = loadContent(process.cwd());
  const steps = model.chapters.reduce((n, c) => n + c.steps.length, 0);
  const rows = Object.values(model.datasets).reduce((n, d) => n + d.rows.length, 0);
  console.log(
    `Content OK: ${model.chapters.length} sections, ${steps} scroll steps, ${model.charts.length} charts, ` +
      `${Object.keys(model.datasets).length} datasets (${rows} rows), ${model.sources.length} sources.`,
  );
} catch (err) {
  if (err instanceof ContentError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
