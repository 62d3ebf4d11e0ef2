/**
 * Which pages are benchmarked, and what each one's HTML pulls in, read straight from dist/:
 * scripts (external, their static imports, inline), stylesheets, with raw and gzip -9 sizes.
 * The local server does not compress, so these gzip figures are what a compressing host sends.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSize } from './util.ts';

export interface PageSpec {
  /** URL path, e.g. / or /embed/timeline/ */
  path: string;
  kind: 'article' | 'embed';
  /** For embeds: chart id, and state id when the page pins one. */
  chart?: string;
  state?: string;
}

export interface AssetFile {
  /** URL path of the file, or "inline #n" for inline scripts. */
  url: string;
  raw: number;
  gzip: number;
}

export interface PageAssets {
  path: string;
  html: AssetFile;
  /** JavaScript that runs on load: external module/classic scripts, their static imports, inline scripts. */
  js: AssetFile[];
  /** Code only fetched by dynamic import() (not counted as loaded before interaction). */
  lazyJs: AssetFile[];
  css: AssetFile[];
  jsRaw: number;
  jsGzip: number;
  /** Counts of SVG elements and DOM-ish size indicators in the HTML. */
  svgCount: number;
}

function dirs(p: string): string[] {
  return existsSync(p)
    ? readdirSync(p)
        .filter((d) => statSync(join(p, d)).isDirectory())
        .sort()
    : [];
}

/** Every chart's default embed page and one state page per chart (a state other than the default one). */
export function discoverPages(dist: string, embeds: 'all' | 'few'): PageSpec[] {
  const pages: PageSpec[] = [{ path: '/', kind: 'article' }];
  const charts = dirs(join(dist, 'embed')).filter((c) => existsSync(join(dist, 'embed', c, 'index.html')));
  for (const chart of embeds === 'few' ? charts.slice(0, 1) : charts) {
    pages.push({ path: `/embed/${chart}/`, kind: 'embed', chart });
    const html = readFileSync(join(dist, 'embed', chart, 'index.html'), 'utf8');
    const defaultState = /data-state="([^"]+)"/.exec(html)?.[1];
    const states = dirs(join(dist, 'embed', chart)).filter(
      (s) => !s.startsWith('as-of-') && existsSync(join(dist, 'embed', chart, s, 'index.html')),
    );
    const pick = states.find((s) => s !== defaultState) ?? states[0];
    if (pick) pages.push({ path: `/embed/${chart}/${pick}/`, kind: 'embed', chart, state: pick });
  }
  return pages;
}

export function pageFile(dist: string, path: string): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Resolves a same-site URL to a file in dist/, or undefined for other origins. */
function toFile(dist: string, base: string, ref: string): { url: string; file: string } | undefined {
  const u = new URL(ref, `http://site.invalid${base}`);
  if (u.origin !== 'http://site.invalid') return undefined;
  return { url: u.pathname, file: join(dist, decodeURIComponent(u.pathname)) };
}

/** Static imports of an ES module chunk (import ... from "x", import "x", export ... from "x"). */
function staticImports(code: string): string[] {
  const out: string[] = [];
  const re = /(?:\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?|\bexport\s*[\w*{}\s,$]+\s*from\s*)["'`]([^"'`]+)["'`]/g;
  for (const m of code.matchAll(re)) if (m[1]) out.push(m[1]);
  return out;
}

function dynamicImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) if (m[1]) out.push(m[1]);
  return out;
}

export function readPageAssets(dist: string, path: string): PageAssets {
  const htmlText = readFileSync(pageFile(dist, path), 'utf8');
  const js: AssetFile[] = [];
  const lazyJs: AssetFile[] = [];
  const css: AssetFile[] = [];
  const seen = new Set<string>();
  const lazyQueue: { url: string; file: string }[] = [];

  const addModule = (url: string, file: string): void => {
    if (seen.has(url) || !existsSync(file)) return;
    seen.add(url);
    const code = readFileSync(file);
    js.push({ url, raw: code.length, gzip: gzipSize(code) });
    const text = code.toString('utf8');
    for (const ref of staticImports(text)) {
      const r = toFile(dist, url, ref);
      if (r) addModule(r.url, r.file);
    }
    for (const ref of dynamicImports(text)) {
      const r = toFile(dist, url, ref);
      if (r) lazyQueue.push(r);
    }
  };

  let inline = 0;
  for (const m of htmlText.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    const body = m[2] ?? '';
    const type = (attr(attrs, 'type') ?? '').toLowerCase();
    if (!JS_TYPES.has(type)) continue;
    const src = attr(attrs, 'src');
    if (src) {
      const r = toFile(dist, path, src);
      if (r) addModule(r.url, r.file);
    } else if (body.trim()) {
      inline++;
      js.push({ url: `inline #${inline}`, raw: Buffer.byteLength(body), gzip: gzipSize(body) });
      for (const ref of staticImports(body)) {
        const r = toFile(dist, path, ref);
        if (r) addModule(r.url, r.file);
      }
    }
  }
  for (const m of htmlText.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = m[1] ?? '';
    const rel = (attr(attrs, 'rel') ?? '').toLowerCase();
    const href = attr(attrs, 'href');
    if (!href) continue;
    const r = toFile(dist, path, href);
    if (!r || !existsSync(r.file)) continue;
    if (rel === 'modulepreload') addModule(r.url, r.file);
    else if (rel === 'stylesheet') {
      const b = readFileSync(r.file);
      css.push({ url: r.url, raw: b.length, gzip: gzipSize(b) });
    }
  }
  for (const r of lazyQueue) {
    if (seen.has(r.url) || !existsSync(r.file)) continue;
    seen.add(r.url);
    const b = readFileSync(r.file);
    lazyJs.push({ url: r.url, raw: b.length, gzip: gzipSize(b) });
  }
  return {
    path,
    html: { url: path, raw: Buffer.byteLength(htmlText), gzip: gzipSize(htmlText) },
    js,
    lazyJs,
    css,
    jsRaw: js.reduce((a, f) => a + f.raw, 0),
    jsGzip: js.reduce((a, f) => a + f.gzip, 0),
    svgCount: (htmlText.match(/<svg\b/g) ?? []).length,
  };
}

/** Sizes of one file in dist/ (e.g. /embed.js). */
export function fileAsset(dist: string, url: string): AssetFile | undefined {
  const file = join(dist, posix.normalize(url));
  if (!existsSync(file)) return undefined;
  const b = readFileSync(file);
  return { url, raw: b.length, gzip: gzipSize(b) };
}
