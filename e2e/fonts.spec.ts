/**
 * The fonts are cut down to the characters the story uses (src/cli/fonts.ts). Every character a
 * page holds (its text, the tooltips' and charts' data, the notes behind markers and panels) that
 * the full font can draw must still be in the cut font, or it would show in a fallback font.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fontCodePoints } from '../src/cli/fonts.ts';

const require = createRequire(import.meta.url);
const FONTS = [
  '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
];

/** Full font and the cut one the build shipped (dist/_astro/<name>.<hash>.woff2). */
async function pairs(): Promise<{ name: string; full: Set<number>; cut: Set<number> }[]> {
  const shipped = readdirSync('dist/_astro').filter((f) => f.endsWith('.woff2'));
  const out = [];
  // One font at a time: the WOFF2 decoder is not safe to run twice at once.
  for (const font of FONTS) {
    const name = font.slice(font.lastIndexOf('/') + 1).replace(/\.woff2$/, '');
    const file = shipped.find((f) => f.startsWith(`${name}.`));
    expect(file, `dist/_astro has ${name}`).toBeDefined();
    const full = await fontCodePoints(readFileSync(require.resolve(font)));
    const cut = await fontCodePoints(readFileSync(join('dist/_astro', file ?? '')));
    out.push({ name, full, cut });
  }
  return out;
}

for (const path of ['/', '/embed/money/online-sales/', '/embed/timeline/']) {
  test(`every character of ${path} that the fonts can draw is in the fonts shipped`, async ({ page }) => {
    await page.goto(path);
    const text = await page.evaluate(() => `${document.title}${document.body.textContent}`);
    // Code points, not graphemes: fonts map code points.
    const used = new Set(Array.from(text, (c) => c.codePointAt(0) ?? 0));
    expect(used.size).toBeGreaterThan(60);
    for (const { name, full, cut } of await pairs()) {
      // The cut font is smaller, and nothing the page uses went missing from it.
      expect(cut.size, name).toBeLessThan(full.size);
      const missing = [...used].filter((c) => full.has(c) && !cut.has(c)).map((c) => String.fromCodePoint(c));
      expect(missing, `${name}: characters drawn in a fallback font`).toEqual([]);
    }
  });
}
