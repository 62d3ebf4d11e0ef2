/**
 * Which fonts each edition loads (cut by src/cli/fonts.ts to the characters of that edition).
 *
 * English: the Latin fonts as always, declared in src/styles/fonts.css; nothing here adds bytes
 * to the English pages. Spanish and German: the same fonts cut to their own characters, declared
 * under their own family names and made the page's stacks for that edition only. Korean: one
 * Pretendard file for body, headings and charts (src/styles/fonts-ko.css); the Latin fonts are
 * declared but unused there, so the browser never fetches them.
 *
 * `fontsFor(locale, use)` gives the page head what it needs: the files to preload for the first
 * screen, the CSS to put in a `<style>` (empty for English) and that CSS's hash for the CSP.
 */
import { createHash } from 'node:crypto';
import type { Locale } from '../i18n/locales.ts';
import koStacks from '../styles/fonts-ko.css?raw';
import interEn from '@story-fonts/inter-latin-wght-normal.woff2?url';
import serifEn from '@story-fonts/source-serif-4-latin-wght-normal.woff2?url';
import interEs from '@story-fonts/inter-latin-wght-normal-es.woff2?url';
import serifEs from '@story-fonts/source-serif-4-latin-wght-normal-es.woff2?url';
import italicEs from '@story-fonts/source-serif-4-latin-wght-italic-es.woff2?url';
import interDe from '@story-fonts/inter-latin-wght-normal-de.woff2?url';
import serifDe from '@story-fonts/source-serif-4-latin-wght-normal-de.woff2?url';
import italicDe from '@story-fonts/source-serif-4-latin-wght-italic-de.woff2?url';
import pretendardKo from '@story-fonts/pretendard-ko-wght-normal.woff2?url';

/** The two roles a page's first screen uses: the layouts preload those they name. */
export type FontRole = 'sans' | 'serif';

export interface EditionFonts {
  /** URLs of the files to preload, in the order of `use`, each once. */
  preload: string[];
  /** CSS for the page head (empty for English, whose fonts are in src/styles/fonts.css). */
  css: string;
  /** The CSP source of `css`, or undefined when there is none. */
  hash?: `sha256-${string}`;
}

/** The same unicode-range as src/styles/fonts.css (the @fontsource Latin range). */
const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const SANS_FALLBACK = "system-ui,-apple-system,'Segoe UI',Roboto,sans-serif";
const SERIF_FALLBACK = "Georgia,'Times New Roman',serif";

interface LatinFiles {
  inter: string;
  serif: string;
  italic: string;
}
const LATIN: Record<'es' | 'de', LatinFiles> = {
  es: { inter: interEs, serif: serifEs, italic: italicEs },
  de: { inter: interDe, serif: serifDe, italic: italicDe },
};

function face(family: string, style: string, weight: string, url: string, range?: string): string {
  return (
    `@font-face{font-family:'${family}';font-style:${style};font-display:optional;font-weight:${weight};` +
    `src:url(${url}) format('woff2-variations')${range ? `;unicode-range:${range}` : ''}}`
  );
}

/** Spanish and German: the Latin fonts cut for the edition, under their own names, as its stacks. */
export function latinEditionCss(locale: 'es' | 'de', files: LatinFiles): string {
  const sans = `Inter Variable ${locale}`;
  const serif = `Source Serif 4 Variable ${locale}`;
  return [
    face(sans, 'normal', '100 900', files.inter, LATIN_RANGE),
    face(serif, 'normal', '200 900', files.serif, LATIN_RANGE),
    face(serif, 'italic', '200 900', files.italic, LATIN_RANGE),
    `:root:lang(${locale}){--sans:'${sans}',${SANS_FALLBACK};--serif:'${serif}',${SERIF_FALLBACK}}`,
    `:lang(${locale}) .chart text{font-family:'${sans}',Inter,${SANS_FALLBACK}}`,
  ].join('\n');
}

/** Korean: Pretendard for everything (src/styles/fonts-ko.css has the stacks and fallbacks). */
export function koreanCss(url: string): string {
  return `${face('Pretendard Variable', 'normal', '400 750', url)}\n${koStacks.trim()}`;
}

/** Korean embeds: the Korean stacks with Inter first and no Pretendard (see fontsFor). */
export function koreanEmbedCss(): string {
  return koStacks.trim().replace("--sans: 'Pretendard Variable',", "--sans: 'Inter Variable',");
}

function cspHash(css: string): `sha256-${string}` | undefined {
  return css ? `sha256-${createHash('sha256').update(css).digest('base64')}` : undefined;
}

/** The fonts of `locale`'s pages: what to preload for the `use` roles, and the CSS to add. */
export function fontsFor(locale: Locale, use: readonly FontRole[] = ['serif', 'sans']): EditionFonts {
  let css = '';
  let urls: Record<FontRole, string>;
  if (locale === 'en') urls = { sans: interEn, serif: serifEn };
  else if (locale === 'ko' && !use.includes('serif')) {
    // A Korean embed (sans only) sits in another site's article, where its 60 KB budget cannot
    // carry Pretendard (76 KB): its Latin letters and figures come from Inter, as in English, and
    // its Hangul from the reader's own Korean font, the stack after Pretendard's.
    css = koreanEmbedCss();
    urls = { sans: interEn, serif: interEn };
  } else if (locale === 'ko') {
    css = koreanCss(pretendardKo);
    urls = { sans: pretendardKo, serif: pretendardKo };
  } else {
    const files = LATIN[locale];
    css = latinEditionCss(locale, files);
    urls = { sans: files.inter, serif: files.serif };
  }
  const hash = cspHash(css);
  return { preload: [...new Set(use.map((role) => urls[role]))], css, ...(hash ? { hash } : {}) };
}
