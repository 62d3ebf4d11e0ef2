/**
 * Every step shows a change: at 375 and 1280 px, the chapter's graphic as a reader sees it after
 * a step (a screenshot of .scrolly__graphic, with the step cards hidden so that only the graphic
 * is compared) differs from the graphic after the step before in at least 3% of its pixels.
 * Reduced motion makes every change instant, so the screenshot is the step's final state. The
 * PNGs are decoded by Chromium itself (no image library in the project).
 */
import { expect, test, type Page } from '@playwright/test';
import { expectGraphicAt, expectLiveMatchesState, scrollToStep, steps } from './helpers.ts';

/** A pixel has changed when one of its channels moved by more than this (of 255): antialiasing does not count. */
const CHANNEL = 32;
const MIN_CHANGE = 0.03;

/** Share of pixels that differ between two PNGs (pixels outside the smaller image count as changed). */
function changedShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ({ pngs, channel }) => {
      const decode = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d canvas');
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all(pngs.map(decode));
      if (!x || !y) throw new Error('two images expected');
      const width = Math.min(x.width, y.width);
      const height = Math.min(x.height, y.height);
      const all = Math.max(x.width, y.width) * Math.max(x.height, y.height);
      let changed = all - width * height;
      for (let row = 0; row < height; row++)
        for (let col = 0; col < width; col++) {
          const i = (row * x.width + col) * 4;
          const j = (row * y.width + col) * 4;
          for (let c = 0; c < 3; c++)
            if (Math.abs((x.data[i + c] ?? 0) - (y.data[j + c] ?? 0)) > channel) {
              changed++;
              break;
            }
        }
      return changed / all;
    },
    { pngs: [a.toString('base64'), b.toString('base64')], channel: CHANNEL },
  );
}

for (const vp of [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
]) {
  test(`every step changes at least 3% of the graphic at ${vp.width}px`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize(vp);
    await page.goto('/');
    await page.evaluate(() => document.fonts.ready);
    const chapterOf = (id: string) => page.locator(`#${id}`).evaluate((e) => e.closest('.scrolly')?.getAttribute('data-chapter') ?? '');
    const table: string[] = [];
    let previous: { chapter: string; png: Buffer } | undefined;
    for (const step of await steps(page)) {
      await scrollToStep(page, step.id);
      await expectGraphicAt(page, step);
      await expectLiveMatchesState(page, step);
      const chapter = await chapterOf(step.id);
      const png = await page
        .locator(`.scrolly:has(#${step.id}) .scrolly__graphic`)
        .screenshot({ animations: 'disabled', style: '.scrolly__steps { visibility: hidden !important; }' });
      if (previous?.chapter === chapter) {
        const share = await changedShare(page, previous.png, png);
        table.push(`${step.id} ${(share * 100).toFixed(1)}%`);
        expect.soft(share, `${step.id}: share of the graphic's pixels that changed`).toBeGreaterThanOrEqual(MIN_CHANGE);
      }
      previous = { chapter, png };
    }
    test.info().annotations.push({ type: `pixels changed per step at ${vp.width}px`, description: table.join(', ') });
  });
}
