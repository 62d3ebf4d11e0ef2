import { expect, type Page } from '@playwright/test';

export interface StepInfo {
  id: string;
  chart: string;
  state: string;
}

export async function steps(page: Page): Promise<StepInfo[]> {
  return page.$$eval('.step[data-chart]', (els) =>
    els.map((e) => ({ id: e.id, chart: (e as HTMLElement).dataset['chart'] ?? '', state: (e as HTMLElement).dataset['state'] ?? '' })),
  );
}

/** Scrolls so the step's top sits just above the trigger line, as a reader reaching it would. */
export async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.evaluate((stepId) => {
    const el = document.getElementById(stepId);
    if (!el) throw new Error(`no step ${stepId}`);
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * 0.45, behavior: 'instant' });
  }, id);
}

/** The graphic of the step's section shows the step's chart and state. */
export async function expectGraphicAt(page: Page, step: StepInfo): Promise<void> {
  const graphic = page.locator(`.scrolly:has(#${step.id}) .scrolly__graphic`);
  await expect(graphic).toHaveAttribute('data-step', step.id);
  await expect(graphic).toHaveAttribute('data-state', `${step.chart}/${step.state}`);
  await expect(graphic.locator(`.live-figure[data-chart="${step.chart}"]`)).toBeVisible();
}

/**
 * Every keyed mark of the visible live chart has reached the geometry of the step's own figure
 * (the build's SVG for that state). Polls, so animations may finish first.
 */
export async function expectLiveMatchesFigure(page: Page, step: StepInfo, timeout = 3000): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate((s) => {
          const live = document.querySelector(`.scrolly:has(#${s.id}) .live-figure[data-chart="${s.chart}"]`);
          const variant = [...(live?.querySelectorAll('svg[data-size]') ?? [])].find((svg) => svg.getBoundingClientRect().width > 0);
          if (!variant) return 'no visible live chart';
          const size = variant.getAttribute('data-size');
          const target = document.querySelector(`#figure-${s.id} svg[data-size="${size}"]`);
          if (!target) return 'no figure for step';
          const attrs = ['x', 'y', 'width', 'height', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'd', 'opacity'];
          for (const t of target.querySelectorAll('[data-key]')) {
            const key = t.getAttribute('data-key');
            const l = [...variant.querySelectorAll('[data-key]')].find((e) => e.getAttribute('data-key') === key);
            if (!l) return `missing mark ${key}`;
            for (const a of attrs) {
              const tv = t.getAttribute(a) ?? (a === 'opacity' ? '1' : null);
              if (tv === null) continue;
              const lv = l.getAttribute(a) ?? (a === 'opacity' ? '1' : null);
              const same = lv === tv || (lv !== null && !Number.isNaN(Number(tv)) && Math.abs(Number(lv) - Number(tv)) < 0.05);
              if (!same) return `${key} ${a}: ${lv} != ${tv}`;
            }
            if (t.tagName === 'text' && t.textContent !== l.textContent) return `${key} text: ${l.textContent} != ${t.textContent}`;
          }
          return 'ok';
        }, step),
      { timeout },
    )
    .toBe('ok');
}

export async function noHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
