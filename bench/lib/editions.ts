/**
 * The editions of the built site (English at /, the others at /<locale>/, src/i18n/locales.ts)
 * and what the benchmark reads of each straight from dist/: the article's HTML (raw and as served,
 * Brotli), the scripts it loads (so that every edition can be seen to run the same bundles: no
 * i18n runtime or per-edition JavaScript in the browser) and the embed page measured for it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../../src/i18n/locales.ts';

/** The article's path of an edition: "/" for English, "/es/" for Spanish. */
export function editionPath(locale: Locale): string {
  return locale === SOURCE_LOCALE ? '/' : `/${locale}/`;
}

/** The edition a measured URL belongs to (its first path segment when that is a locale, else English). */
export function editionOfUrl(url: string): Locale {
  const first = new URL(url).pathname.split('/')[1] ?? '';
  return LOCALES.find((l) => l === first && l !== SOURCE_LOCALE) ?? SOURCE_LOCALE;
}

/** The editions whose article is in `dist`, in the order of LOCALES, limited to `only` when given. */
export function builtEditions(dist: string, only?: readonly string[]): Locale[] {
  return LOCALES.filter((l) => existsSync(join(dist, editionPath(l), 'index.html')) && (!only || only.includes(l)));
}

/** The charts that have an embed page in an edition. */
export function embedCharts(dist: string, locale: Locale): string[] {
  const dir = join(dist, editionPath(locale), 'embed');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((c) => existsSync(join(dir, c, 'index.html')))
        .sort()
    : [];
}

export interface EditionPage {
  locale: Locale;
  path: string;
  htmlBytes: number;
  /** Brotli (quality 11, as the bench's server sends it). */
  htmlBrotliBytes: number;
  /** src of the external scripts the article loads, in order. */
  scripts: string[];
  /** Bytes of inline executable scripts (JSON data blocks excluded). */
  inlineScriptBytes: number;
  /** Preloaded fonts (hashes dropped). */
  preloadedFonts: string[];
}

export function readEditionPage(dist: string, locale: Locale): EditionPage {
  const path = editionPath(locale);
  const html = readFileSync(join(dist, path, 'index.html'));
  const text = html.toString('utf8');
  const scripts: string[] = [];
  let inlineScriptBytes = 0;
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? '';
    if (!['', 'module', 'text/javascript'].includes(type.toLowerCase())) continue;
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    if (src) scripts.push(src);
    else inlineScriptBytes += Buffer.byteLength(m[2] ?? '');
  }
  const preloadedFonts = [...text.matchAll(/<link\b[^>]*\bas="font"[^>]*>/gi)].map((m) =>
    (/\bhref="([^"]+)"/.exec(m[0])?.[1] ?? '').replace(/^.*\//, '').replace(/\.[\w-]{8}(\.woff2?)$/, '$1'),
  );
  const htmlBrotliBytes = brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { locale, path, htmlBytes: html.length, htmlBrotliBytes, scripts, inlineScriptBytes, preloadedFonts };
}

/** True when an edition loads exactly the English article's script files (same hashed bundles). */
export function sameScriptsAsEnglish(pages: readonly EditionPage[], page: EditionPage): boolean | undefined {
  const en = pages.find((p) => p.locale === SOURCE_LOCALE);
  return en ? en.scripts.join('\n') === page.scripts.join('\n') : undefined;
}
