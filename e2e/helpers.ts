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
 * The visible live chart shows exactly the step's state: the same marks, in the same (paint)
 * order, with the same attributes (none more, none fewer) and text as the build-time SVG of that
 * state (/images/<chart>/<state>[.compact].svg, written by the build from the same layout, not by
 * the page's renderer; its stylesheet is dropped, which the page's CSP would report). Polls, so
 * animations may finish first; marks still fading out fail it.
 */
export async function expectLiveMatchesState(page: Page, step: StepInfo, timeout = 3000): Promise<void> {
  const sources = new Map<string, string>();
  await expect
    .poll(
      async () => {
        const size = await page.evaluate((s) => {
          const live = document.querySelector(`.scrolly:has(#${s.id}) .live-figure[data-chart="${s.chart}"]`);
          const svg = [...(live?.querySelectorAll('svg[data-size]') ?? [])].find((e) => e.getBoundingClientRect().width > 0);
          return svg?.getAttribute('data-size') ?? null;
        }, step);
        if (!size) return 'no visible live chart';
        const url = `/images/${step.chart}/${step.state}${size === 'wide' ? '' : `.${size}`}.svg`;
        if (!sources.has(url)) sources.set(url, (await (await page.request.get(url)).text()).replace(/<style>[\s\S]*?<\/style>/, ''));
        return page.evaluate(
          ({ s, size, source }) => {
            const describe = (e: Element) =>
              `<${e.tagName} ${[...e.attributes].map((a) => `${a.name}="${a.value}"`).join(' ')}>${e.tagName === 'text' ? e.textContent : ''}`;
            const image = new DOMParser().parseFromString(source, 'image/svg+xml');
            const want = [...image.documentElement.querySelectorAll(':scope > [data-key]')].map(describe);
            const live = document.querySelector(`.scrolly:has(#${s.id}) .live-figure[data-chart="${s.chart}"] svg[data-size="${size}"]`);
            const got = [...(live?.children ?? [])].map(describe);
            if (got.length !== want.length) return `${got.length} marks, expected ${want.length}`;
            const i = got.findIndex((g, j) => g !== want[j]);
            return i < 0 ? 'ok' : `mark ${i}: ${got[i]} != ${want[i]}`;
          },
          { s: step, size, source: sources.get(url) ?? '' },
        );
      },
      { timeout },
    )
    .toBe('ok');
}

export async function noHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
