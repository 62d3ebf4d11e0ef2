import { expect, test, type Page } from '@playwright/test';

/**
 * Each chart ships a compact and a wide layout; the page shows the compact one below 520 px of
 * chart width and the wide one from there. Media queries make that choice (container queries
 * cost a layout pass per chart frame while the page loaded), so they must match the frames'
 * real widths: checked here at the breakpoints and between them, in the article and in an embed.
 */
const RULE = 520;

async function shown(page: Page, frames: string): Promise<{ width: number; variants: string[] }[]> {
  return page.$$eval(frames, (els) =>
    els
      .filter((f) => f.getBoundingClientRect().width > 0)
      .map((f) => ({
        width: f.getBoundingClientRect().width,
        variants: [...f.querySelectorAll<HTMLElement>('.chart-variant')]
          .filter((v) => getComputedStyle(v).display !== 'none')
          .map((v) => (v.classList.contains('chart-variant--wide') ? 'wide' : 'compact')),
      })),
  );
}

test('the article shows the layout that fits each live chart, at every width', async ({ page }) => {
  await page.goto('/');
  for (const width of [320, 375, 551, 552, 700, 959, 960, 1000, 1055, 1056, 1280, 1600]) {
    await page.setViewportSize({ width, height: 800 });
    const frames = await shown(page, '.scrolly__graphic .live-figure:not([hidden]) .chart-frame');
    expect(frames.length, `live charts on screen at ${String(width)} px`).toBeGreaterThan(0);
    for (const f of frames)
      expect(f.variants, `at ${String(width)} px, a ${String(Math.round(f.width))} px chart`).toEqual([
        f.width >= RULE ? 'wide' : 'compact',
      ]);
  }
});

test('an embed shows the layout that fits its frame, at every width', async ({ page }) => {
  await page.goto('/embed/piracy-surge/');
  for (const width of [280, 375, 543, 544, 640, 900]) {
    await page.setViewportSize({ width, height: 700 });
    const frames = await shown(page, '.chart-frame');
    expect(frames.length).toBe(1);
    for (const f of frames)
      expect(f.variants, `at ${String(width)} px, a ${String(Math.round(f.width))} px chart`).toEqual([
        f.width >= RULE ? 'wide' : 'compact',
      ]);
  }
});
