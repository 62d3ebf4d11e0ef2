/**
 * `npm run build`: checks content first (clear errors, nothing built), then builds the site into a
 * temporary folder and swaps it into dist/ only when the whole build succeeded. A failed build
 * leaves the last good dist/ exactly as it was.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'astro';
import { build as bundle } from 'esbuild';
import { ContentError } from '../content/errors.ts';
import { loadContent } from '../content/load.ts';
import { localePrefix, TARGET_LOCALES } from '../i18n/locales.ts';
import { withEditionRules } from '../lib/static-server/edition-headers.ts';
import { writePngs } from './images.ts';

const root = process.cwd();
const dist = join(root, 'dist');
const tmp = join(root, `.dist-tmp-${process.pid}`);
const old = join(root, `.dist-old-${process.pid}`);

try {
  loadContent(root);
} catch (err) {
  if (err instanceof ContentError) {
    console.error(err.message);
    console.error(existsSync(dist) ? '\nThe previous build in dist/ was left untouched.' : '');
    process.exit(1);
  }
  throw err;
}

const started = performance.now();
try {
  await build({ root, outDir: tmp, logLevel: 'warn' });
  // The embed loader lives at a stable, unhashed URL because other sites' snippets point at it.
  await bundle({
    entryPoints: [join(root, 'src/embed/loader.ts')],
    outfile: join(tmp, 'embed.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    // Inside its own function scope the loader needs no "use strict" prologue: bytes count here (< 1 KB).
    tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
    logLevel: 'warning',
  });
  await writePngs(tmp);
  // The editions' pages get the headers of the English ones (the article is never framed).
  const headers = join(tmp, '_headers');
  const prefixes = TARGET_LOCALES.map(localePrefix);
  writeFileSync(
    headers,
    withEditionRules(readFileSync(headers, 'utf8'), prefixes, (p) => existsSync(join(tmp, p))),
  );
} catch (err) {
  rmSync(tmp, { recursive: true, force: true });
  console.error(err instanceof Error ? err.message : err);
  console.error(existsSync(dist) ? '\nBuild failed; the previous build in dist/ was left untouched.' : '\nBuild failed.');
  process.exit(1);
}
if (existsSync(dist)) renameSync(dist, old);
renameSync(tmp, dist);
rmSync(old, { recursive: true, force: true });
console.log(`Built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
