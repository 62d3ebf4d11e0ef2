/**
 * The article carries each chart once: a live figure per chart and size, drawn at build time in
 * its first state, and compact state data for the rest. What a reader (or a screen reader, or a
 * reader view) meets in the DOM is only what is shown.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectGraphicAt, expectLiveMatchesState, openStepTools, scrollToStep, steps } from './helpers.ts';

/** The text of the build-time image of a chart state at a size, in paint order. */
async function imageTexts(page: Page, chart: string, state: string, size: string): Promise<string[]> {
  const svg = await (await page.request.get(`/images/${chart}/${state}${size === 'wide' ? '' : `.${size}`}.svg`)).text();
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"'),
  );
}

test('at load: under 2,500 elements, and no text of a state that is not shown', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThanOrEqual(2500);
  // Chart text lives only in the live figures; the steps have no SVG and no image.
  expect(await page.locator('svg text').count()).toBe(await page.locator('.live-figure svg text, .hero svg text').count());
  await expect(page.locator('.step-figure img, .step-figure svg')).toHaveCount(0);
  // Each live SVG holds the text of its first state, exactly.
  const live = await page.locator('.live-figure svg[data-size]').evaluateAll((svgs) =>
    svgs.map((svg) => {
      const chart = svg.closest<HTMLElement>('.live-figure')?.dataset['chart'] ?? '';
      const first = svg.closest('.scrolly')?.querySelector<HTMLElement>(`.step[data-chart="${chart}"]`)?.dataset['state'] ?? '';
      return {
        chart,
        state: first,
        size: svg.getAttribute('data-size') ?? '',
        texts: [...svg.querySelectorAll('text')].map((t) => t.textContent),
      };
    }),
  );
  expect(live.length).toBeGreaterThanOrEqual(10);
  for (const l of live) expect(l.texts, `${l.chart}/${l.state} at ${l.size}`).toEqual(await imageTexts(page, l.chart, l.state, l.size));
});

test('with JavaScript no step image is fetched, and the live charts hold one state each', async ({ page }) => {
  // Every step, one after another: minutes on a busy machine.
  test.setTimeout(120_000);
  const images: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/images/')) images.push(r.url());
  });
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  for (const step of await steps(page)) {
    await scrollToStep(page, step.id);
    await expectGraphicAt(page, step);
    await expectLiveMatchesState(page, step);
    // Hidden sizes and hidden charts hold their own state's text, never another's.
    const texts = await page.locator('svg text').count();
    expect(texts).toBe(await page.locator('.live-figure svg text, .hero svg text').count());
  }
  expect(images).toEqual([]);
});

test('"Show the data" opens the table with JavaScript too', async ({ page }) => {
  await page.goto('/');
  const step = (await steps(page))[3]!;
  const table = page.locator(`#${step.id} .data-table`);
  await expect(table.locator('table')).toHaveCount(0);
  await openStepTools(page, step.id);
  await expect(table.locator('table caption')).toBeVisible();
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
});

test('where scrollend never fires, the graphic still settles on the step in view', async ({ page }) => {
  await page.addInitScript(() => {
    // A browser without the event: no handler property, and no event.
    delete (Window.prototype as { onscrollend?: unknown }).onscrollend;
    delete (window as { onscrollend?: unknown }).onscrollend;
    window.addEventListener(
      'scrollend',
      (e) => {
        e.stopImmediatePropagation();
      },
      true,
    );
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  expect(await page.evaluate(() => 'onscrollend' in window)).toBe(false);
  const all = await steps(page);
  for (const i of [2, 12, 5, all.length - 1, 7]) await scrollToStep(page, all[i]!.id);
  const last = all[7]!;
  await expectGraphicAt(page, last);
  await expectLiveMatchesState(page, last);
});
