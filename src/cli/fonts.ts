/**
 * The page's fonts, cut down to the characters each edition can show (src/cli/font-chars.ts). The
 * @fontsource-variable files hold the whole Latin range (about 220 characters, 48–51 KB each); the
 * story uses about a hundred, and a phone on a slow connection waits for the fonts before the
 * headline, the page's largest paint, shows in them. Pretendard (Korean) holds 11,172 Hangul
 * syllables in 2 MB; the Korean edition uses a few hundred.
 *
 * Each edition gets its own files: English keeps the names and bytes it always had; Spanish and
 * German get the Latin fonts cut to English plus their own characters (one file for both would
 * cost each of them the other's letters); Korean gets one Pretendard file (Hangul and the Latin
 * letters, figures and punctuation it shows, in Pretendard's Inter-based Latin), with the weight
 * axis cut to the weights the stylesheets use and only the layout features a browser applies by
 * default or the styles ask for. src/layouts/fonts.ts says which edition loads which.
 *
 * Runs when Astro loads its config (astro.config.mjs), for dev, build and check alike, into a
 * cache folder that CSS and the preload links reach by the `@story-fonts` alias; Vite then names
 * each file by its content's hash, so a new character in the story gives new font URLs.
 * A file is cut again only when its characters or its source font change.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont, { type SubsetOptions } from 'subset-font';
import { LOCALE_NAME, TARGET_LOCALES, type Locale } from '../i18n/locales.ts';
import { editionCharacters } from './font-chars.ts';

export { editionCharacters } from './font-chars.ts';

const LATIN = [
  '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
];
export const KOREAN = 'pretendard/dist/web/variable/woff2/PretendardVariable.woff2';
/** The weights the stylesheets set (400 to 750; test/cli/fonts.test.ts reads them): the Korean font keeps only that range of its axis. */
export const KOREAN_WEIGHTS = { min: 400, max: 750 } as const;
/**
 * Layout features kept in the Korean font: those browsers apply by default and the numerals the
 * styles ask for (`font-variant-numeric`). Pretendard's Inter-based Latin has many more (stylistic
 * sets, case forms, fractions); they would cost 17 KB of the Latin part alone.
 */
export const KOREAN_FEATURES = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig', 'rclt', 'tnum', 'lnum', 'pnum'];

/** One cut font: its file name in the cache folder, the font it is cut from, and how. */
export interface FontCut {
  edition: Locale;
  name: string;
  source: string;
  options: SubsetOptions;
  /** The characters to keep, when not the edition's (the switcher's Korean name). */
  text?: string;
}

/** The file name of a Latin font for an edition: English keeps the package's name. */
export function latinName(font: string, edition: Locale): string {
  const name = font.slice(font.lastIndexOf('/') + 1);
  return edition === 'en' ? name : name.replace(/\.woff2$/, `-${edition}.woff2`);
}

/** Every cut font of every edition. */
export function fontCuts(): FontCut[] {
  const cuts: FontCut[] = [];
  for (const edition of ['en', ...TARGET_LOCALES.filter((l) => l !== 'ko')] as Locale[]) {
    for (const font of LATIN) cuts.push({ edition, name: latinName(font, edition), source: font, options: {} });
  }
  cuts.push({
    edition: 'ko',
    name: 'pretendard-ko-wght-normal.woff2',
    source: KOREAN,
    options: { keepFeatures: KOREAN_FEATURES, variationAxes: { wght: KOREAN_WEIGHTS } },
  });
  // The language switcher names the Korean edition in Hangul on every page: the three syllables,
  // in one weight, for the pages that load no Korean font (src/styles/fonts.css, about 1 KB).
  cuts.push({
    edition: 'en',
    name: 'pretendard-edition-name.woff2',
    source: KOREAN,
    options: { variationAxes: { wght: 400 } },
    text: LOCALE_NAME.ko,
  });
  return cuts;
}

/** Writes the cut fonts into the cache folder (those whose text or font changed) and returns the folder. */
export async function subsetFonts(root: string): Promise<string> {
  const dir = join(root, 'node_modules', '.cache', 'story-fonts');
  const require = createRequire(join(root, 'package.json'));
  mkdirSync(dir, { recursive: true });
  const chars = new Map<Locale, string>();
  for (const cut of fontCuts()) {
    const text = cut.text ?? chars.get(cut.edition) ?? editionCharacters(root, cut.edition);
    if (!cut.text) chars.set(cut.edition, text);
    const path = require.resolve(cut.source);
    const key = createHash('sha256')
      .update(text)
      .update(`${path}:${String(statSync(path).size)}:${JSON.stringify(cut.options)}`)
      .digest('hex');
    const stamp = join(dir, `${cut.name}.key`);
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key && existsSync(join(dir, cut.name))) continue;
    writeFileSync(join(dir, cut.name), await subsetFont(readFileSync(path), text, { targetFormat: 'woff2', ...cut.options }));
    writeFileSync(stamp, key);
  }
  return dir;
}

/** The code points a font maps to glyphs (its cmap: formats 4 and 12), from a WOFF2 file. */
export async function fontCodePoints(woff2: Uint8Array): Promise<Set<number>> {
  const { default: wawoff2 } = await import('wawoff2');
  // (A copy: the result may be a view into the decoder's memory, which its next call reuses.
  // Call it for one font at a time.)
  const sfnt = (await wawoff2.decompress(woff2)).slice();
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const rec = 12 + i * 16;
    if (String.fromCharCode(...sfnt.subarray(rec, rec + 4)) === 'cmap') cmap = view.getUint32(rec + 8);
  }
  if (cmap < 0) throw new Error('font has no cmap table');
  const points = new Set<number>();
  const subtables = view.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const at = cmap + view.getUint32(cmap + 4 + i * 8 + 4);
    const format = view.getUint16(at);
    if (format === 4) {
      const segs = view.getUint16(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + segs * 2 + 2;
      const deltas = starts + segs * 2;
      const ranges = deltas + segs * 2;
      for (let s = 0; s < segs; s++) {
        const end = view.getUint16(ends + s * 2);
        const start = view.getUint16(starts + s * 2);
        const delta = view.getInt16(deltas + s * 2);
        const range = view.getUint16(ranges + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph = range === 0 ? (c + delta) & 0xffff : view.getUint16(ranges + s * 2 + range + (c - start) * 2);
          if (glyph !== 0) points.add(c);
        }
      }
    } else if (format === 12) {
      const groups = view.getUint32(at + 12);
      for (let g = 0; g < groups; g++) {
        const start = view.getUint32(at + 16 + g * 12);
        const end = view.getUint32(at + 20 + g * 12);
        for (let c = start; c <= end; c++) points.add(c);
      }
    }
  }
  return points;
}
