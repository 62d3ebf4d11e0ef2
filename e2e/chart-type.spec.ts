/**
 * What a reader sees of the charts' type, measured in the browser at every step: the smallest
 * chart text as rendered (its font size times the SVG's scale on screen) and how many labels a
 * state shows (the lines of one label count once; axis tick labels count).
 */
import { expect, test, type Page } from '@playwright/test';
import { scrollToStep, steps } from './helpers.ts';

interface StepType {
  id: string;
  smallest: number;
  labels: number;
}

/** The visible live chart's smallest rendered text (px) and its number of labels. */
async function measure(page: Page, id: string): Promise<StepType> {
  return page.evaluate((stepId) => {
    const figure = document.querySelector(`.scrolly:has(#${stepId}) .scrolly__graphic`);
    const svg = [...(figure?.querySelectorAll('.live-figure:not([hidden]) svg[data-size]') ?? [])].find(
      (e) => e.getBoundingClientRect().width > 0,
    ) as SVGSVGElement | undefined;
    if (!svg) return { id: stepId, smallest: 0, labels: 0 };
    const scale = svg.getScreenCTM()?.a ?? 1;
    const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim() !== '');
    const sizes = texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    // "event:hack:label:0" and "event:hack:label:1" are two lines of one label.
    const blocks = new Set(texts.map((t) => (t.getAttribute('data-key') ?? '').replace(/:\d+$/, '')));
    return { id: stepId, smallest: Math.min(...sizes), labels: blocks.size };
  }, id);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

for (const [width, height, minPx] of [
  [375, 740, 12],
  [1280, 800, 14],
] as const) {
  test(`at ${width} px every chart label is at least ${minPx} px and states stay uncrowded`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    const measured: StepType[] = [];
    for (const step of await steps(page)) {
      await scrollToStep(page, step.id);
      await expect(page.locator(`.scrolly:has(#${step.id}) .scrolly__graphic`)).toHaveAttribute('data-step', step.id);
      measured.push(await measure(page, step.id));
    }
    const counts = measured.map((m) => m.labels);
    test.info().annotations.push({
      type: 'measured',
      description: `${width}px: smallest ${Math.min(...measured.map((m) => m.smallest)).toFixed(1)} px, median smallest ${median(measured.map((m) => m.smallest)).toFixed(1)} px, labels median ${median(counts)} max ${Math.max(...counts)}`,
    });
    for (const m of measured) expect(m.smallest, `smallest chart text at step ${m.id}`).toBeGreaterThanOrEqual(minPx);
    expect(median(counts), 'labels per state, median').toBeLessThanOrEqual(12);
    for (const m of measured) expect(m.labels, `labels at step ${m.id}`).toBeLessThanOrEqual(20);
  });
}

// The first screen's chart is one drawing at every width (src/components/Hero.astro), scaled by
// the stylesheet: its type must hold the same minimums as rendered.
for (const [width, height, minPx] of [
  [375, 740, 12],
  [1280, 800, 14],
] as const) {
  test(`at ${width} px the first screen's chart text is at least ${minPx} px, and the chart ends in the first screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    const { smallest, texts, bottom } = await page.evaluate(() => {
      const svg = document.querySelector('.hero__chart svg');
      const scale = (svg as SVGSVGElement | null)?.getScreenCTM()?.a ?? 0;
      const sizes = [...(svg?.querySelectorAll('text') ?? [])].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      return { smallest: Math.min(...sizes), texts: sizes.length, bottom: svg?.getBoundingClientRect().bottom ?? Infinity };
    });
    expect(texts).toBeGreaterThan(0);
    expect(smallest, 'smallest text of the first screen’s chart, px').toBeGreaterThanOrEqual(minPx);
    if (width > 960) expect(bottom, 'the chart’s foot, px from the top').toBeLessThanOrEqual(height);
  });
}
