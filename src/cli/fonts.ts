/**
 * The page's fonts, cut down to the characters the story can show. The @fontsource-variable
 * files hold the whole Latin range (about 220 characters, 48–51 KB each); the story uses about
 * a hundred, and a phone on a slow connection waits for the fonts before the headline, the
 * page's largest paint, shows in them.
 *
 * Which characters: printable ASCII, every other character written anywhere in content/ or src/
 * (every text the page shows comes from one or the other: the story, the data, the charts'
 * formatters, the components), and the few that libraries write (d3-format's minus sign, the
 * spaces number formats use). A character missing from a font is drawn in the next font of the
 * stack, as any character outside the fonts' range is today.
 *
 * Runs when Astro loads its config (astro.config.mjs), for dev, build and check alike, into a
 * cache folder that CSS and the preload links reach by the `@story-fonts` alias; Vite then names
 * each file by its content's hash, so a new character in the story gives new font URLs.
 * Subsetting runs again only when the characters or the fonts change.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import subsetFont from 'subset-font';

const FONTS = [
  '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
];
/** Folders whose text files hold every string the pages show. */
const SOURCES = ['content', 'src'];
const TEXT = new Set(['.md', '.csv', '.yaml', '.yml', '.json', '.ts', '.astro', '.css', '.mjs', '.js', '.html', '.svg']);
/** Printable ASCII, and what libraries write: minus sign (d3-format), no-break and thin spaces, ellipsis. */
const ALWAYS = `${String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 32 + i))}\u2212\u00a0\u202f\u2009\u2026`;

function walk(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (TEXT.has(extname(name))) out.push(path);
  }
}

/** Every character the story can show, sorted (so the same text gives the same fonts). */
export function storyCharacters(root: string): string {
  const files: string[] = [];
  for (const dir of SOURCES) walk(join(root, dir), files);
  const chars = new Set(ALWAYS);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const ch of text) if ((ch.codePointAt(0) ?? 0) > 126) chars.add(ch);
    // Characters written as escapes in code (`'\u2019'`) count too.
    for (const m of text.matchAll(/\\u\{?([0-9a-fA-F]{4,5})\}?/g)) chars.add(String.fromCodePoint(parseInt(m[1] ?? '0', 16)));
  }
  return [...chars].sort().join('');
}

/** Writes the cut fonts into the cache folder (if anything changed) and returns the folder. */
export async function subsetFonts(root: string): Promise<string> {
  const dir = join(root, 'node_modules', '.cache', 'story-fonts');
  const require = createRequire(join(root, 'package.json'));
  const chars = storyCharacters(root);
  const sources = FONTS.map((f) => ({ name: f.slice(f.lastIndexOf('/') + 1), path: require.resolve(f) }));
  const key = createHash('sha256')
    .update(chars)
    .update(sources.map((s) => `${s.path}:${String(statSync(s.path).size)}`).join('\n'))
    .digest('hex');
  const stamp = join(dir, 'key.txt');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key && sources.every((s) => existsSync(join(dir, s.name)))) return dir;
  mkdirSync(dir, { recursive: true });
  for (const s of sources) {
    const cut = await subsetFont(readFileSync(s.path), chars, { targetFormat: 'woff2' });
    writeFileSync(join(dir, s.name), cut);
  }
  writeFileSync(stamp, key);
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
