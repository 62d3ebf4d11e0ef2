/**
 * Chart states as pixels, the way a reader's screen shows them: the scene written to SVG with the
 * charts' stylesheet (light scheme), rendered by resvg with the site's own Inter font.
 */
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import wawoff from 'wawoff2';
import type { Scene } from '../../src/charts/core/scene.ts';
import { sceneToSvg } from '../../src/charts/core/svg.ts';
import { inlineCssVariables } from '../../src/cli/images.ts';

const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'charts.css'), 'utf8');

let fontFile: string | undefined;
async function font(): Promise<string> {
  if (fontFile) return fontFile;
  const require = createRequire(import.meta.url);
  const woff2 = readFileSync(require.resolve('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'));
  const file = join(mkdtempSync(join(tmpdir(), 'inter-')), 'Inter.ttf');
  writeFileSync(file, await wawoff.decompress(woff2));
  fontFile = file;
  return file;
}

/** RGBA pixels of `scene` at one pixel per SVG unit, on white. */
export async function rasterise(scene: Scene): Promise<{ width: number; height: number; pixels: Uint8Array }> {
  const svg = sceneToSvg(scene, { idPrefix: 'r' }).replace(/(<desc [^>]*>.*?<\/desc>)/, `$1<style>${css}</style>`);
  const image = new Resvg(inlineCssVariables(svg), {
    background: '#ffffff',
    font: { fontFiles: [await font()], loadSystemFonts: false, defaultFontFamily: 'Inter' },
  }).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}

/** Share of pixels whose colour differs visibly (any channel by more than `tolerance` of 255). */
export function changedShare(a: Uint8Array, b: Uint8Array, tolerance = 16): number {
  if (a.length !== b.length) throw new Error(`images differ in size: ${a.length} and ${b.length} bytes`);
  let changed = 0;
  for (let i = 0; i < a.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs((a[i + c] ?? 0) - (b[i + c] ?? 0)) > tolerance) {
        changed++;
        break;
      }
    }
  }
  return changed / (a.length / 4);
}
