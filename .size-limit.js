// JavaScript budgets for size-limit (@size-limit/file, gzip -9 of each file, summed), computed from
// the built site in dist/ (run `npm run build` first; `npm run bench` does). File names are
// hashed, so the checks are read from each page's HTML: external scripts, the modules they import
// statically, and inline scripts (copied to bench/reports/tmp/size-limit/ so size-limit can measure
// them). Every embed page counts /embed.js too: the host page loads it beside the iframe.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { URL } from 'node:url';

const root = import.meta.dirname;
const dist = join(root, 'dist');
const inlineDir = join(root, 'bench/reports/tmp/size-limit');

if (!existsSync(join(dist, 'index.html'))) throw new Error('size-limit: dist/index.html not found; run `npm run build` first');

/** A same-site script URL as a file in dist/ (undefined for other origins). */
function toFile(base, ref) {
  const u = new URL(ref, `http://site.invalid${base}`);
  return u.origin === 'http://site.invalid' ? join(dist, decodeURIComponent(u.pathname)) : undefined;
}

/** Files of the JavaScript a page runs on load: external scripts, their static imports, inline scripts. */
function pageScripts(path, slug) {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const files = new Set();
  const addModule = (file, url) => {
    if (!file || files.has(file) || !existsSync(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?|\bexport\s*[\w*{}\s,$]+\s*from\s*)["'`]([^"'`]+)["'`]/g))
      addModule(toFile(url, m[1]), new URL(m[1], `http://site.invalid${url}`).pathname);
  };
  let inline = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(m[1])?.[1] ?? '';
    if (!['', 'module', 'text/javascript'].includes(type.toLowerCase())) continue;
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(m[1])?.[1];
    if (src) addModule(toFile(path, src), new URL(src, `http://site.invalid${path}`).pathname);
    else if (m[2].trim()) {
      const file = join(inlineDir, slug, `inline-${++inline}.js`);
      mkdirSync(join(inlineDir, slug), { recursive: true });
      writeFileSync(file, m[2]);
      files.add(file);
    }
  }
  return [...files];
}

rmSync(inlineDir, { recursive: true, force: true });
// Every edition: English at /, the others at /<locale>/ (src/i18n/locales.ts: two-letter folders
// holding an article), each with its embeds.
const editions = [
  '',
  ...readdirSync(dist)
    .filter((l) => /^[a-z]{2}$/.test(l) && existsSync(join(dist, l, 'index.html')))
    .sort(),
];
const chartsOf = (prefix) =>
  existsSync(join(dist, prefix, 'embed'))
    ? readdirSync(join(dist, prefix, 'embed'))
        .filter((c) => existsSync(join(dist, prefix, 'embed', c, 'index.html')))
        .sort()
    : [];
const at = (prefix) => (prefix ? `/${prefix}/` : '/');
const tag = (prefix) => (prefix ? `${prefix}-` : '');

// KB = 1,024 bytes, as in the rest of the benchmark: 25 KB = 25,600 B; "under 1 KB" = at most 1,023 B.
export default editions.flatMap((e) => [
  { name: `article: JavaScript loaded by ${at(e)}`, path: pageScripts(at(e), `${tag(e)}article`), gzip: true, limit: '25600 B' },
  ...chartsOf(e).map((c) => ({
    name: `embed ${at(e)}embed/${c}/: page JavaScript + /embed.js`,
    path: [...pageScripts(`${at(e)}embed/${c}/`, `${tag(e)}embed-${c}`), join(dist, 'embed.js')],
    gzip: true,
    limit: '1023 B',
  })),
]);
