/**
 * `npm run check`: validates everything in content/ (the English and every edition's translations)
 * and prints every problem, with file, line or field, what was found and what was expected. Exits
 * 1 when there is any. Translations that are stale, missing or not stamped are listed too, as
 * warnings: the page shows those passages in English with a note, so they do not stop a publish.
 */
import { describeStatus } from '../content/edition-status.ts';
import { ContentError } from '../content/errors.ts';
import { loadContent } from '../content/load.ts';
import { TARGET_LOCALES } from '../i18n/locales.ts';

const root = process.cwd();
/** Warnings printed per edition. */
const SHOWN = 12;
let failed = false;
try {
  const model = loadContent(root);
  const steps = model.chapters.reduce((n, c) => n + c.steps.length, 0);
  const rows = Object.values(model.datasets).reduce((n, d) => n + d.rows.length, 0);
  console.log(
    `Content OK: ${model.chapters.length} sections, ${steps} scroll steps, ${model.charts.length} charts, ` +
      `${Object.keys(model.datasets).length} datasets (${rows} rows), ${model.sources.length} sources.`,
  );
} catch (err) {
  if (!(err instanceof ContentError)) throw err;
  console.error(err.message);
  failed = true;
}
// An English mistake is reported once, above; the editions are checked when the English is sound.
if (!failed) {
  for (const locale of TARGET_LOCALES) {
    try {
      const { edition } = loadContent(root, { locale });
      const behind = edition.status.filter((s) => s.state !== 'current');
      console.log(
        `Edition ${locale} OK: ${edition.status.length - behind.length} of ${edition.status.length} passages translated and current.`,
      );
      // The first few in full; the whole list is npm run i18n:status's.
      for (const s of behind.slice(0, SHOWN)) console.warn(`  warning: ${describeStatus(s)}`);
      if (behind.length > SHOWN) console.warn(`  … and ${behind.length - SHOWN} more: npm run i18n:status -- ${locale} lists them all`);
    } catch (err) {
      if (!(err instanceof ContentError)) throw err;
      console.error(`Edition ${locale}: ${err.message.replace(/^The content has/, 'its translations have')}`);
      failed = true;
    }
  }
}
if (failed) process.exit(1);
