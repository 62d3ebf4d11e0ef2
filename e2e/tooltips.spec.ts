/**
 * Details on demand (src/scrolly/tooltip.ts): every data point of a live chart opens a tooltip by
 * hover, tap or keyboard focus, with its row's value, time and sources, beside the point and
 * inside the viewport; Escape and a tap elsewhere close it; targets are at least 44 px; axe stays
 * clean with the layer and a tooltip open, in both colour schemes. Expected text is read from
 * the dataset rows (content/), never typed here.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { loadContent } from '../src/content/load.ts';
import { scrollToActivation, scrollToStep, steps, type StepInfo } from './helpers.ts';

const model = loadContent(join(import.meta.dirname, '..'));

/** The row a datum names, as loaded from content/datasets. */
function row(datum: string): Record<string, unknown> & { sources: string[] } {
  const [id = '', rowId] = datum.split('/');
  const ds = Object.values(model.datasets).find((d) => d.id === id);
  const found = (ds?.rows as (Record<string, unknown> & { id: string; sources: string[] })[] | undefined)?.find((r) => r.id === rowId);
  if (!found) throw new Error(`no row for ${datum}`);
  return found;
}
const outlets = (r: { sources: string[] }): string[] => r.sources.map((id) => model.sources.find((s) => s.id === id)?.outlet ?? id);

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const rectOf = (page: Page, selector: string): Promise<Rect> =>
  page.locator(selector).evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
  });
const overlaps = (a: Rect, b: Rect): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The first step of each chart, reached as a reader scrolls, with its section's targets settled. */
async function firstStepOf(page: Page, chart: string): Promise<StepInfo> {
  const step = (await steps(page)).find((s) => s.chart === chart);
  if (!step) throw new Error(`no step shows ${chart}`);
  await scrollToStep(page, step.id);
  const graphic = page.locator(`.scrolly:has(#${step.id}) .scrolly__graphic`);
  await expect(graphic).toHaveAttribute('data-state', `${step.chart}/${step.state}`);
  await expect(graphic.locator('.tips__target').first()).toBeAttached();
  return step;
}

/** Datums of the points the live chart draws now (marks with a tip), and of the targets over them. */
async function datums(page: Page, step: StepInfo): Promise<{ marks: string[]; targets: string[] }> {
  return page.evaluate((id) => {
    const graphic = document.querySelector(`.scrolly:has(#${id}) .scrolly__graphic`);
    const svg = [...(graphic?.querySelectorAll('.live-figure:not([hidden]) svg[data-size]') ?? [])].find(
      (s) => s.getBoundingClientRect().width > 0,
    );
    const marks = [...new Set([...(svg?.querySelectorAll('[data-datum]') ?? [])].map((m) => m.getAttribute('data-datum') ?? ''))];
    const targets = [...(graphic?.querySelectorAll('.tips__target') ?? [])].map((b) => b.getAttribute('data-datum') ?? '');
    return { marks: marks.sort(), targets: targets.sort() };
  }, step.id);
}

/** The open tooltip is the point's, beside it (not over it) and wholly inside the viewport. */
async function expectTipFor(page: Page, step: StepInfo, datum: string): Promise<void> {
  const tip = page.locator(`.scrolly:has(#${step.id}) [role="tooltip"]`);
  await expect(tip).toBeVisible();
  const text = (await tip.textContent()) ?? '';
  for (const outlet of outlets(row(datum))) expect(text).toContain(outlet);
  const point = await rectOf(page, `.scrolly:has(#${step.id}) .live-figure:not([hidden]) svg[data-size]:visible [data-datum="${datum}"]`);
  const box = await rectOf(page, `.scrolly:has(#${step.id}) [role="tooltip"]`);
  expect(overlaps(point, box), `tooltip ${JSON.stringify(box)} covers point ${JSON.stringify(point)}`).toBe(false);
  const vp = page.viewportSize() ?? { width: 0, height: 0 };
  expect(box.x0).toBeGreaterThanOrEqual(0);
  expect(box.y0).toBeGreaterThanOrEqual(0);
  expect(box.x1).toBeLessThanOrEqual(vp.width);
  expect(box.y1).toBeLessThanOrEqual(vp.height);
  const button = page.locator(`.scrolly:has(#${step.id}) .tips__target[data-datum="${datum}"]`);
  await expect(button).toHaveAttribute('aria-describedby', (await tip.getAttribute('id')) ?? '');
}

const CHARTS = ['timeline', 'release-hours', 'lockout-map', 'piracy-surge', 'money'];

test.describe('tooltips on a desktop (hover, keyboard)', () => {
  test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });

  test('hovering a piracy point shows its tracker, count, hours and outlets', async ({ page }) => {
    await page.goto('/');
    const step = await firstStepOf(page, 'piracy-surge');
    const targets = page.locator(`.scrolly:has(#${step.id}) .tips__target[data-datum^="piracy-estimates/"]`);
    expect(await targets.count()).toBeGreaterThan(0);
    for (const target of await targets.all()) {
      const datum = (await target.getAttribute('data-datum')) ?? '';
      const r = row(datum);
      await target.hover();
      await expectTipFor(page, step, datum);
      const text = ((await page.locator(`.scrolly:has(#${step.id}) [role="tooltip"]`).textContent()) ?? '').replace(/,/g, '');
      expect(text).toContain(String(r['tracker']));
      expect(text).toContain(String(r['count']));
      expect(text).toContain(`${String(r['hours'])} hours`);
    }
    await page.keyboard.press('Escape');
    await expect(page.locator(`.scrolly:has(#${step.id}) [role="tooltip"]`)).toBeHidden();
  });

  for (const chart of CHARTS) {
    test(`${chart}: one target per data point, 44 px, each opening its row's tooltip by hover`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto('/');
      const step = await firstStepOf(page, chart);
      const { marks, targets } = await datums(page, step);
      expect(targets.length).toBeGreaterThan(0);
      expect(targets).toEqual(marks);
      for (const datum of targets) {
        const target = page.locator(`.scrolly:has(#${step.id}) .tips__target[data-datum="${datum}"]`);
        const box = await target.boundingBox();
        expect(box?.width).toBeGreaterThanOrEqual(44);
        expect(box?.height).toBeGreaterThanOrEqual(44);
        await target.hover({ force: true });
        await expectTipFor(page, step, datum);
      }
    });
  }

  test('the keyboard reaches the points with Tab, moves with the arrows, closes with Escape', async ({ page }) => {
    await page.goto('/');
    const step = await firstStepOf(page, 'money');
    // The layer follows the state a frame after it changes: Tab once it shows the step's points.
    await expect.poll(async () => ((d) => d.marks.length > 0 && d.targets.join() === d.marks.join())(await datums(page, step))).toBe(true);
    // Tab from the chapter's heading (the layer is next in tab order), without scrolling to it:
    // scrolled up to its heading, the story would be at an earlier step, and the points' focus
    // would scroll the page again. Each scroll moves the graphic to another state a moment later
    // and rebuilds the layer, which hides the tip of the focused point (src/scrolly/tooltip.ts,
    // rebuild); on a loaded machine that came after the tip had opened, and it never came back.
    await page.locator(`section:has(#${step.id}) h2`).evaluate((h) => {
      h.setAttribute('tabindex', '-1');
      (h as HTMLElement).focus({ preventScroll: true });
    });
    const scrolled = await page.evaluate(() => window.scrollY);
    const onTarget = () => page.evaluate(() => document.activeElement?.classList.contains('tips__target') ?? false);
    for (let i = 0; i < 20 && !(await onTarget()); i++) await page.keyboard.press('Tab');
    expect(await onTarget()).toBe(true);
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-datum') ?? '');
    await expectTipFor(page, step, first);
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-datum') ?? '');
    expect(second).not.toBe(first);
    await expectTipFor(page, step, second);
    await page.keyboard.press('Escape');
    await expect(page.locator(`.scrolly:has(#${step.id}) [role="tooltip"]`)).toBeHidden();
    // The graphic is stuck in view, so reaching its points moved nothing.
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    // One Tab stop per chart: the next Tab leaves the points.
    await page.keyboard.press('Tab');
    expect(await onTarget()).toBe(false);
  });

  test('the targets follow the state as the reader scrolls', async ({ page }) => {
    await page.goto('/');
    for (const step of (await steps(page)).filter((s) => s.chart === 'timeline' || s.chart === 'piracy-surge')) {
      await scrollToStep(page, step.id);
      await expect(page.locator(`.scrolly:has(#${step.id}) .scrolly__graphic`)).toHaveAttribute(
        'data-state',
        `${step.chart}/${step.state}`,
      );
      await expect.poll(async () => JSON.stringify(await datums(page, step))).toMatch(/./);
      await expect.poll(async () => ((d) => d.targets.join() === d.marks.join())(await datums(page, step))).toBe(true);
    }
  });
});

test.describe('tooltips on a phone (tap)', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });

  // Also in the fallback fonts (a reader whose fonts arrive late, with `font-display: optional`):
  // the chapters have other heights, and those above the step are laid out as the reader nears them.
  for (const chart of CHARTS)
    for (const fonts of ['', ', in the fallback fonts'])
      test(`${chart}: tapping an uncovered point opens its tooltip; a tap elsewhere closes it${fonts}`, async ({ page }) => {
        if (fonts) await page.route('**/*.woff2', (route) => route.abort());
        await page.goto('/');
        const step = await firstStepOf(page, chart);
        // As the step becomes active its card sits below the chart (reading on, it slides over it).
        expect(await scrollToActivation(page, step.id)).toBe(true);
        // The targets follow the state a frame after it changes.
        await expect
          .poll(async () => ((d) => d.marks.length > 0 && d.targets.join() === d.marks.join())(await datums(page, step)))
          .toBe(true);
        // Points under a step card are the card's to tap; find one that is not, once the graphic
        // and the cards have settled (on a loaded machine the last frames of the scroll lag).
        const uncovered = () =>
          page.evaluate((id) => {
            for (const b of document.querySelectorAll(`.scrolly:has(#${id}) .tips__target`)) {
              const r = b.getBoundingClientRect();
              if (r.top < 0 || r.bottom > window.innerHeight) continue;
              if (document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === b) return b.getAttribute('data-datum');
            }
            return null;
          }, step.id);
        await expect.poll(uncovered, { message: 'some point of the chart can be tapped' }).not.toBeNull();
        const datum = await uncovered();
        const target = page.locator(`.scrolly:has(#${step.id}) .tips__target[data-datum="${datum ?? ''}"]`);
        const box = await target.boundingBox();
        expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(44);
        // Tapped where the reader sees the point (locator.tap would scroll first, moving the story on).
        await page.touchscreen.tap((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
        await expectTipFor(page, step, datum ?? '');
        await page.locator(`#${step.id} .step__card`).tap();
        await expect(page.locator(`.scrolly:has(#${step.id}) [role="tooltip"]`)).toBeHidden();
      });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the targets and an open tooltip (${colorScheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const step = await firstStepOf(page, 'piracy-surge');
    await page.locator(`.scrolly:has(#${step.id}) .tips__target`).first().focus();
    await expect(page.locator(`.scrolly:has(#${step.id}) [role="tooltip"]`)).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
