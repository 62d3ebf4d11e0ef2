/**
 * Screenshot baselines: the first screen and every step of the article at 375 and 1280 px, in
 * the light and the dark scheme, compared with the committed images in e2e/__screenshots__/.
 * A change anyone can see (a label moved, a colour changed, a card over a mark) fails here
 * until a person has looked at the new images and accepted them:
 *
 *   npm run build && npx playwright test e2e/visual.spec.ts --update-snapshots
 *
 * then look at every changed PNG (git diff --stat e2e/__screenshots__) before committing.
 * Baselines are made with Debian's Chromium and the fonts from npm, the same as CI's.
 * Reduced motion makes every state change instant, so each screenshot is of a settled state.
 * The fonts use `font-display: optional`: a first visit on a slow machine may render in the
 * fallback for good, so each test loads the fonts, then reloads the page from the cache, as a
 * returning reader sees it.
 */
import { expect, test } from '@playwright/test';
import { scrollToActivation, steps } from './helpers.ts';

const VIEWPORTS = [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
] as const;

for (const viewport of VIEWPORTS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${viewport.width} px, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme, reducedMotion: 'reduce' });

      test('first screen and every step look as reviewed', async ({ page }) => {
        test.slow();
        await page.goto('/');
        await page.evaluate(async () => {
          await Promise.all([...document.fonts].map((f) => f.load()));
        });
        await page.reload();
        await page.evaluate(() => document.fonts.ready);
        expect(await page.evaluate(() => document.fonts.check('19px "Source Serif 4 Variable"'))).toBe(true);
        const name = (what: string) => `${viewport.width}-${colorScheme}-${what}.png`;
        await expect(page).toHaveScreenshot(name('top'), { animations: 'disabled', maxDiffPixels: 50 });
        for (const step of await steps(page)) {
          // As the step becomes active: on phones its card has just arrived below the chart.
          expect(await scrollToActivation(page, step.id)).toBe(true);
          // A section's first step becomes active as its graphic slides in: read on until it is stuck.
          await page.evaluate((id) => {
            const graphic = document.querySelector(`.scrolly:has(#${id}) .scrolly__graphic`);
            const below = graphic ? graphic.getBoundingClientRect().top - (parseFloat(getComputedStyle(graphic).top) || 0) : 0;
            if (below > 0) window.scrollBy({ top: below, behavior: 'instant' });
          }, step.id);
          await expect(page.locator(`.scrolly:has(#${step.id}) .scrolly__graphic`)).toHaveAttribute('data-step', step.id);
          await expect(page).toHaveScreenshot(name(step.id), { animations: 'disabled', maxDiffPixels: 50 });
        }
      });
    });
  }
}

/**
 * The translated editions, where their words are longest or their script differs: the first
 * screen, and the densest step (release-first-day, the release-hours chart with every moment
 * labelled), at 375 and 1280 px in the light scheme. Named <locale>-<width>-light-<what>.png.
 */
const EDITION_BODY_FONT = { es: 'Source Serif 4 Variable es', de: 'Source Serif 4 Variable de', ko: 'Pretendard Variable' } as const;

for (const locale of ['es', 'de', 'ko'] as const) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${locale}, ${viewport.width} px, light`, () => {
      test.use({ viewport, colorScheme: 'light', reducedMotion: 'reduce' });

      test('first screen and the densest step look as reviewed', async ({ page }) => {
        await page.goto(`/${locale}/`);
        // (Settled, not all loaded: a Korean page declares faces it never uses, such as the local() fallback.)
        await page.evaluate(async () => {
          await Promise.allSettled([...document.fonts].map((f) => f.load()));
        });
        await page.reload();
        await page.evaluate(() => document.fonts.ready);
        expect(await page.evaluate((family) => document.fonts.check(`19px "${family}"`), EDITION_BODY_FONT[locale])).toBe(true);
        const name = (what: string) => `${locale}-${viewport.width}-light-${what}.png`;
        await expect(page).toHaveScreenshot(name('top'), { animations: 'disabled', maxDiffPixels: 50 });
        const id = 'release-first-day';
        expect(await scrollToActivation(page, id)).toBe(true);
        await expect(page.locator(`.scrolly:has(#${id}) .scrolly__graphic`)).toHaveAttribute('data-step', id);
        await expect(page).toHaveScreenshot(name(id), { animations: 'disabled', maxDiffPixels: 50 });
      });
    });
  }
}
