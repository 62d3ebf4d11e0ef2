import { expect, type Locator, type Page } from '@playwright/test';

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

/**
 * Scrolls up from below in small moves until the step becomes active, as a reader arriving at it
 * would: its top has crossed the trigger line (the controller's, on the body as data-trigger) and
 * the graphic shows it; on phones its card then sits just below the chart. A section's first step
 * is on its graphic before it is reached, so the graphic alone would stop a screen too early.
 * False if it never becomes active.
 * Each move is measured from where the step is on screen, not from a page offset read once: a
 * chapter above that is laid out on approach changes its height, and scroll anchoring then
 * changes every offset below it (with the fallback fonts, by some 650 px).
 */
export async function scrollToActivation(page: Page, id: string): Promise<boolean> {
  return page.evaluate(async (stepId) => {
    const el = document.getElementById(stepId);
    const graphic = document.querySelector(`.scrolly:has(#${stepId}) .scrolly__graphic`);
    if (!el || !graphic) return false;
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let below = window.innerHeight; below > 0; below -= 8) {
      window.scrollBy({ top: el.getBoundingClientRect().top - below, behavior: 'instant' });
      await frame();
      const line = window.innerHeight * Number(document.body.dataset['trigger']);
      if (el.getBoundingClientRect().top <= line && graphic.getAttribute('data-step') === stepId) return true;
    }
    return false;
  }, id);
}

/** The graphic of the step's section shows the step's chart and state. */
export async function expectGraphicAt(page: Page, step: StepInfo): Promise<void> {
  const graphic = page.locator(`.scrolly:has(#${step.id}) .scrolly__graphic`);
  await expect(graphic).toHaveAttribute('data-step', step.id);
  await expect(graphic).toHaveAttribute('data-state', `${step.chart}/${step.state}`);
  await expect(graphic.locator(`.live-figure[data-chart="${step.chart}"]`)).toBeVisible();
}

/** Build-time SVGs by URL: each is fetched once per test file. */
const images = new Map<string, string>();

/** The build-time SVG of a chart state at a size, in the edition of the page, without its stylesheet. */
async function stateImage(page: Page, chart: string, state: string, size: string): Promise<string> {
  const edition = /^\/(es|de|ko)\//.exec(new URL(page.url()).pathname)?.[0] ?? '/';
  const url = `${edition}images/${chart}/${state}${size === 'wide' ? '' : `.${size}`}.svg`;
  if (!images.has(url)) images.set(url, (await (await page.request.get(url)).text()).replace(/<style>[\s\S]*?<\/style>/, ''));
  return images.get(url) ?? '';
}

/**
 * 'ok' when the visible live chart shows exactly the step's state, else the first difference:
 * the same marks, in the same (paint) order, with the same attributes (none more, none fewer)
 * and text as the build-time SVG of that state (/images/<chart>/<state>[.compact].svg, written
 * by the build from the same layout, not by the page's renderer; the edition's, under /es/ and
 * the others, for a page of that edition; its stylesheet is dropped,
 * which the page's CSP would report).
 */
export async function liveStateMismatch(page: Page, step: StepInfo): Promise<string> {
  // Fetched first, so that any time allowed is the page's alone.
  const sources = {
    wide: await stateImage(page, step.chart, step.state, 'wide'),
    compact: await stateImage(page, step.chart, step.state, 'compact'),
  };
  return page.evaluate(
    ({ s, sources }) => {
      const figure = document.querySelector(`.scrolly:has(#${s.id}) .live-figure[data-chart="${s.chart}"]`);
      const live = [...(figure?.querySelectorAll('svg[data-size]') ?? [])].find((e) => e.getBoundingClientRect().width > 0);
      const size = live?.getAttribute('data-size');
      if (!live || (size !== 'wide' && size !== 'compact')) return 'no visible live chart';
      const describe = (e: Element) =>
        // Attribute order is not something a reader sees (a tween may add them in another order).
        `<${e.tagName} ${[...e.attributes]
          .map((a) => `${a.name}="${a.value}"`)
          .sort()
          .join(' ')}>${e.tagName === 'text' ? e.textContent : ''}`;
      const image = new DOMParser().parseFromString(sources[size], 'image/svg+xml');
      const want = [...image.documentElement.querySelectorAll(':scope > [data-key]')].map(describe);
      const got = [...live.children].map(describe);
      if (got.length !== want.length) return `${got.length} marks, expected ${want.length}`;
      const i = got.findIndex((g, j) => g !== want[j]);
      return i < 0 ? 'ok' : `mark ${i}: ${got[i]} != ${want[i]}`;
    },
    { s: step, sources },
  );
}

/** As liveStateMismatch, polled, so animations may finish first; marks still fading out fail it. */
export async function expectLiveMatchesState(page: Page, step: StepInfo, timeout = 3000): Promise<void> {
  await expect.poll(() => liveStateMismatch(page, step), { timeout }).toBe('ok');
}

export async function noHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Opens a step's tools ("Data & share") as a reader would: scrolled into view, then clicked. */
export async function openStepTools(page: Page, stepId: string): Promise<void> {
  const toggle = page.locator(`#${stepId} button.step-tools__toggle`);
  await toggle.scrollIntoViewIfNeeded();
  await toggle.click();
  await expect(page.locator(`#${stepId} .step-tools__menu`)).toBeVisible();
}

/**
 * Opens and closes every step's tools in turn, so that what each panel builds when it opens
 * (its data table and embed code, src/scrolly/deferred.ts) is in the page, as a reader going
 * through all of them would find it.
 */
export async function openEveryStepTools(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const panel of document.querySelectorAll<HTMLElement>('.step-tools__menu')) {
      const opened = new Promise((done) => {
        panel.addEventListener('toggle', done, { once: true });
      });
      panel.showPopover();
      await opened;
      panel.hidePopover();
    }
  });
}

/**
 * Resolves once the page has handled every message `from` posted to it so far (`from` is the page
 * itself or the root of a frame in it): messages from one window arrive in order, so a marker it
 * sends last is handled after them. A test that a message changes nothing awaits this, not a delay.
 */
export async function messagesHandled(page: Page, from?: Locator): Promise<void> {
  type Marked = Window & { e2eMarker?: Promise<void> };
  const marker = `e2e-marker-${String(Math.random())}`;
  await page.evaluate((m) => {
    (window as Marked).e2eMarker = new Promise<void>((done) => {
      addEventListener('message', function on(e) {
        if (e.data !== m) return;
        removeEventListener('message', on);
        done();
      });
    });
  }, marker);
  // A frame's `parent` is the page; the page's own `parent` is itself.
  // (Each function runs in the browser: it names nothing from here.)
  if (from)
    await from.evaluate((_el, m) => {
      parent.postMessage(m, '*');
    }, marker);
  else
    await page.evaluate((m) => {
      parent.postMessage(m, '*');
    }, marker);
  await page.evaluate(() => (window as Marked).e2eMarker);
}
