/**
 * PNG twins of the chart images: every dist/images/<chart>/<state>.svg gets a .png beside it,
 * used as the social-card image of the article and of each embed page, and for print and
 * newsletters. Rendered with resvg and the site's own Inter font, so the result does not depend
 * on the fonts of the machine that builds.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import wawoff from 'wawoff2';
import { TARGET_LOCALES, localePrefix } from '../i18n/locales.ts';

/** Width of the PNGs in pixels (2x the wide layout, sharp on high-density screens). */
export const PNG_WIDTH = 1280;

/**
 * resvg understands class selectors but not CSS custom properties: resolve them first. The images
 * are light (a figure on white, like print), so `light-dark(light, dark)` resolves to its first colour.
 */
export function inlineCssVariables(svg: string): string {
  const light = (v: string): string => v.replace(/^light-dark\(\s*([^,\s]+)\s*,.*\)$/, '$1');
  const vars = new Map([...svg.matchAll(/(--[a-z0-9-]+):\s*([^;}]+)[;}]/g)].map((m) => [m[1] ?? '', light((m[2] ?? '').trim())]));
  return svg.replace(/var\((--[a-z0-9-]+)\)/g, (_m, v: string) => vars.get(v) ?? 'currentColor');
}

export async function writePngs(dist: string): Promise<number> {
  const require = createRequire(import.meta.url);
  const woff2 = readFileSync(require.resolve('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'));
  // resvg reads fonts from files; the woff2 the site ships is unpacked to a temporary TTF.
  const fontDir = mkdtempSync(join(tmpdir(), 'inter-'));
  const ttf = join(fontDir, 'Inter.ttf');
  writeFileSync(ttf, await wawoff.decompress(woff2));
  let n = 0;
  // English images at /images/, each edition's at /<locale>/images/ (their labels in its words).
  for (const dir of [join(dist, 'images'), ...TARGET_LOCALES.map((l) => join(dist, localePrefix(l), 'images'))]) {
    if (!existsSync(dir)) continue;
    for (const chart of readdirSync(dir)) {
      for (const file of readdirSync(join(dir, chart)).filter((f) => f.endsWith('.svg'))) {
        const svg = inlineCssVariables(readFileSync(join(dir, chart, file), 'utf8'));
        const png = new Resvg(svg, {
          fitTo: { mode: 'width', value: PNG_WIDTH },
          background: '#ffffff',
          font: { fontFiles: [ttf], loadSystemFonts: false, defaultFontFamily: 'Inter' },
        })
          .render()
          .asPng();
        writeFileSync(join(dir, chart, file.replace(/\.svg$/, '.png')), png);
        n++;
      }
    }
  }
  rmSync(fontDir, { recursive: true, force: true });
  return n;
}
