/**
 * Immersive phones and chart switches, measured from rendered boxes: the graphic's share of a
 * phone's screen, step cards that scroll over it without hiding the marks a step highlights,
 * the desktop's side-by-side layout, and the crossfade between two charts of one chapter.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectGraphicAt, scrollToActivation, scrollToStep, steps, type StepInfo } from './helpers.ts';

const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

/** Boxes of the step's card, of its chapter's visible live figure, and of that chart's highlighted marks. */
function boxes(page: Page, id: string) {
  return page.evaluate((stepId) => {
    const box = (e: Element): Box => {
      const { left, top, right, bottom } = e.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const graphic = document.querySelector(`.scrolly:has(#${stepId}) .scrolly__graphic`);
    const figure = [...(graphic?.querySelectorAll('.live-figure:not([hidden])') ?? [])][0];
    const svg = [...(figure?.querySelectorAll('svg[data-size]') ?? [])].find((s) => s.getBoundingClientRect().width > 0);
    const marks = [...(svg?.querySelectorAll('.is-highlight') ?? [])].filter(
      (m) => m.getBoundingClientRect().width > 0 && m.getAttribute('opacity') !== '0',
    );
    const cards = [...document.querySelectorAll(`.scrolly:has(#${stepId}) .step__card`)];
    return {
      active: graphic?.getAttribute('data-step'),
      figure: figure ? box(figure) : undefined,
      marks: marks.map((m) => ({ ...box(m), what: `${m.tagName} ${m.textContent.slice(0, 30)}` })),
      card: box(document.querySelector(`#${stepId} .step__card`) ?? document.body),
      cards: cards.map(box),
    };
  }, id);
}

test.describe('immersive phones', () => {
  test.use({ viewport: PHONE, reducedMotion: 'reduce' });

  test('the graphic takes at least 65% of a 375x740 screen', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => document.fonts.ready);
    const shares: string[] = [];
    const seen = new Set<string>();
    for (const step of await steps(page)) {
      if (seen.has(step.chart)) continue;
      seen.add(step.chart);
      await scrollToStep(page, step.id);
      await expectGraphicAt(page, step);
      const { figure } = await boxes(page, step.id);
      // The live figure's box (title and chart) as far as it is on screen, over the screen's area.
      const w = Math.max(0, Math.min(figure?.right ?? 0, PHONE.width) - Math.max(figure?.left ?? 0, 0));
      const h = Math.max(0, Math.min(figure?.bottom ?? 0, PHONE.height) - Math.max(figure?.top ?? 0, 0));
      const share = (w * h) / (PHONE.width * PHONE.height);
      shares.push(`${step.chart} ${(share * 100).toFixed(1)}%`);
      expect.soft(share, step.chart).toBeGreaterThanOrEqual(0.65);
    }
    test.info().annotations.push({ type: 'graphic share at 375x740', description: shares.join(', ') });
  });

  // With `font-display: optional` a reader whose fonts arrive late reads the whole page in the
  // fallback fonts: titles wrap differently, chapters have other heights, and the trigger line
  // is measured from other chart feet.
  for (const fonts of ['the shipped fonts', 'the fallback fonts'] as const)
    test(`cards scroll over the graphic, and no card hides the marks a step highlights as it becomes active, in ${fonts}`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      if (fonts === 'the fallback fonts') await page.route('**/*.woff2', (route) => route.abort());
      await page.goto('/');
      await page.evaluate(() => document.fonts.ready);
      const used = await page.evaluate(() => document.fonts.check('16px "Inter Variable"'));
      expect(used, fonts).toBe(fonts === 'the shipped fonts');
      for (const step of await steps(page)) {
        // From below the screen, scroll up in small moves until the step's state is on the graphic.
        const reached = await scrollToActivation(page, step.id);
        expect(reached, `${step.id} becomes active while its card is on screen`).toBe(true);
        const at = await boxes(page, step.id);
        for (const mark of at.marks)
          for (const card of at.cards) expect.soft(overlaps(card, mark), `${step.id}: a card covers "${mark.what}"`).toBe(false);
        // Reading on, the card slides over the chart.
        await scrollToStep(page, step.id);
        await expectGraphicAt(page, step);
        const read = await boxes(page, step.id);
        expect(read.figure && overlaps(read.card, read.figure), `${step.id}: the card lies over the graphic`).toBe(true);
        expect(read.card.top).toBeGreaterThanOrEqual(0);
      }
    });

  test('cards are opaque, in both schemes', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      const card = page.locator('.step__card').nth(2);
      const [bg, opacity] = await card.evaluate((e) => [getComputedStyle(e).backgroundColor, getComputedStyle(e).opacity]);
      expect(bg, colorScheme).toBe(colorScheme === 'dark' ? 'rgb(28, 29, 34)' : 'rgb(255, 255, 255)');
      expect(opacity).toBe('1');
    }
  });
});

test('the desktop keeps the graphic beside the cards', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto('/');
  for (const step of (await steps(page)).filter((_, i) => i % 3 === 0)) {
    await scrollToStep(page, step.id);
    await expectGraphicAt(page, step);
    const { card, figure } = await boxes(page, step.id);
    expect(figure && overlaps(card, figure), step.id).toBe(false);
    expect(card.right).toBeLessThanOrEqual(figure?.left ?? 0);
  }
});

/** The first step that switches its chapter's graphic to another chart, and the step before it. */
async function chartSwitch(page: Page): Promise<[StepInfo, StepInfo]> {
  const all = await steps(page);
  const chapter = (id: string) => page.locator(`#${id}`).evaluate((e) => e.closest('.scrolly')?.getAttribute('data-chapter'));
  for (const [i, step] of all.entries()) {
    const before = all[i - 1];
    if (before && before.chart !== step.chart && (await chapter(before.id)) === (await chapter(step.id))) return [before, step];
  }
  throw new Error('no chapter switches charts');
}

for (const vp of [PHONE, DESKTOP]) {
  test(`switching charts crossfades at ${vp.width}px, and is instant with reduced motion`, async ({ page }) => {
    await page.setViewportSize(vp);
    await page.goto('/');
    const [before, after] = await chartSwitch(page);
    await scrollToStep(page, before.id);
    await expectGraphicAt(page, before);
    await expect(page.locator(`.scrolly:has(#${before.id}) .live-figure:not([hidden])`)).toHaveCount(1);
    // Every frame for a second: the opacity of each live figure that is shown.
    const frames = page.evaluate(async (id) => {
      const graphic = document.querySelector(`.scrolly:has(#${id}) .scrolly__graphic`);
      const seen: { chart: string; opacity: number }[][] = [];
      const start = performance.now();
      while (performance.now() - start < 1000) {
        await new Promise((r) => requestAnimationFrame(r));
        seen.push(
          [...(graphic?.querySelectorAll<HTMLElement>('.live-figure:not([hidden])') ?? [])].map((f) => ({
            chart: f.dataset['chart'] ?? '',
            opacity: Number(getComputedStyle(f).opacity),
          })),
        );
      }
      return seen;
    }, after.id);
    await scrollToStep(page, after.id);
    const seen = await frames;
    const mid = seen.filter((f) => f.length === 2 && f.every((x) => x.opacity > 0.05 && x.opacity < 0.95));
    expect(mid.length, 'frames with both charts partly visible').toBeGreaterThan(2);
    // And once it is over, the incoming chart alone, fully opaque.
    await expect
      .poll(() =>
        page
          .locator(`.scrolly:has(#${after.id}) .live-figure:not([hidden])`)
          .evaluateAll((fs) => fs.map((f) => `${(f as HTMLElement).dataset['chart'] ?? ''} ${getComputedStyle(f).opacity}`)),
      )
      .toEqual([`${after.chart} 1`]);

    // Reduced motion: the moment the graphic has the step, one chart and only one is shown, fully.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await scrollToStep(page, before.id);
    await expectGraphicAt(page, before);
    await scrollToStep(page, after.id);
    await expectGraphicAt(page, after);
    const shown = await page
      .locator(`.scrolly:has(#${after.id}) .live-figure:not([hidden])`)
      .evaluateAll((fs) => fs.map((f) => `${(f as HTMLElement).dataset['chart'] ?? ''} ${getComputedStyle(f).opacity}`));
    expect(shown).toEqual([`${after.chart} 1`]);
  });
}
