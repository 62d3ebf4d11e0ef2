/**
 * The reader's first screen and tools: the hero, the share control, the copy controls, the dark
 * scheme (article, charts and embeds) and the map's frame.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectLiveMatchesState, openStepTools, scrollToStep, steps } from './helpers.ts';

const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test.describe('the share control', () => {
  test('uses the Web Share API where the browser has it', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      Object.assign(window, { shareCalls: calls });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: (d: ShareData) => (calls.push(d), Promise.resolve()),
      });
      Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => true });
    });
    await page.setViewportSize(PHONE);
    await page.goto('/');
    const top = page.locator('.share--top').getByRole('button', { name: 'Share this story' });
    await expect(top).toBeVisible();
    await top.click();
    const calls = await page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.title).toBe(await page.locator('h1').textContent());
    expect(calls[0]?.url).toBe(new URL('/', page.url()).href);
    expect(calls[0]?.text?.length).toBeGreaterThan(20);
    await expect(page.locator('.share--top [role="status"]')).toHaveText('Shared.');
    // The second control closes the article, and is reachable from the keyboard.
    const end = page.locator('.share--end').getByRole('button', { name: 'Share this story' });
    await end.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls.length)).toBe(2);
  });

  test('copies the link where there is no Web Share, and its label comes back', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      Reflect.deleteProperty(Navigator.prototype, 'share');
      Reflect.deleteProperty(Navigator.prototype, 'canShare');
    });
    await page.setViewportSize(DESKTOP);
    await page.goto('/#piracy');
    const button = page.locator('.share--end button');
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('/', page.url()).href);
    await expect(button).toHaveText('Link copied');
    await expect(page.locator('.share--end [role="status"]')).toHaveText('Link to the story copied.');
    const box = await button.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await expect(button).toHaveText('Share this story');
  });

  test('without JavaScript it is not shown', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('.share').first()).toBeHidden();
    await context.close();
  });
});

test.describe('copy controls', () => {
  test('where the clipboard is missing nothing throws: the link is selected in a visible field', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      Reflect.deleteProperty(Navigator.prototype, 'share');
      Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
    });
    await page.setViewportSize(PHONE);
    await page.goto('/');
    await page.locator('.share--top button').click();
    const field = page.locator('.share--top .copy-field');
    await expect(field).toBeVisible();
    await expect(field).toHaveValue(new URL('/', page.url()).href);
    await expect(field).toBeFocused();
    expect(await field.evaluate((f: HTMLInputElement) => (f.selectionEnd ?? 0) - (f.selectionStart ?? 0))).toBe(
      new URL('/', page.url()).href.length,
    );
    await expect(page.locator('.share--top [role="status"]')).toContainText('copy it with Ctrl+C');
    const step = (await steps(page))[3]!;
    await openStepTools(page, step.id);
    const link = page.locator(`#${step.id} a[data-copy-link]`);
    await link.click();
    await expect(page.locator(`#${step.id} .copy-field`)).toHaveValue(new RegExp(`/#${step.id}$`));
    await expect(page.locator('#copy-status')).toContainText('copy it with Ctrl+C');
    expect(errors).toEqual([]);
  });

  test('a second click within two seconds still gives the label back', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize(DESKTOP);
    await page.goto('/');
    const step = (await steps(page))[5]!;
    await openStepTools(page, step.id);
    const link = page.locator(`#${step.id} a[data-copy-link]`);
    // The label's timer runs on a fake clock, stopped and moved on by hand: no test waits for it.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await link.click();
    await expect(link).toHaveText('Link copied');
    await page.clock.runFor(600);
    // The label is set aside first, so the wait below sees this click's feedback (the copy is
    // asynchronous, and slow on a busy machine), not the first click's still showing.
    await link.evaluate((el) => {
      el.textContent = 'pending';
    });
    await link.click();
    await expect(link).toHaveText('Link copied');
    // 2 s after the second click, not the label it showed in between.
    await page.clock.runFor(1999);
    await expect(link).toHaveText('Link copied');
    await page.clock.runFor(1);
    await expect(link).toHaveText('Copy link to this step');
    // The first click's timer was cleared, so nothing changes the label afterwards.
    await page.clock.runFor(2200);
    await expect(link).toHaveText('Copy link to this step');
  });
});

/** Lowest contrast of the visible chart text in `scope` against the page's background. */
function lowestChartTextContrast(page: Page, scope: string): Promise<{ ratio: number; text: string }> {
  return page.evaluate((sel) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r = 0, g = 0, b = 0] = rgb(c)
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const bg = lum(getComputedStyle(document.body).backgroundColor);
    let worst = { ratio: Infinity, text: 'no visible chart text' };
    for (const t of document.querySelectorAll<SVGTextElement>(`${sel} svg.chart text`)) {
      const r = t.getBoundingClientRect();
      if (r.width === 0 || getComputedStyle(t).visibility === 'hidden' || Number(t.getAttribute('opacity') ?? 1) === 0) continue;
      const l = lum(getComputedStyle(t).fill);
      const ratio = (Math.max(l, bg) + 0.05) / (Math.min(l, bg) + 0.05);
      if (ratio < worst.ratio) worst = { ratio, text: t.textContent };
    }
    return worst;
  }, scope);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const vp of [PHONE, DESKTOP]) {
      test(`axe is clean and chart text keeps 4.5:1 at ${vp.width}px`, async ({ page }) => {
        test.setTimeout(180_000);
        await page.setViewportSize(vp);
        await page.goto('/');
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(bg).toBe(colorScheme === 'dark' ? 'rgb(18, 19, 23)' : 'rgb(251, 250, 247)');
        expect(await axeViolations(page)).toEqual([]);
        const worst = [await lowestChartTextContrast(page, '.hero')];
        const seen = new Set<string>();
        for (const step of await steps(page)) {
          if (seen.has(step.chart)) continue;
          seen.add(step.chart);
          await scrollToStep(page, step.id);
          // Measured once the graphic shows the step and its transition has ended.
          await expect(page.locator(`.scrolly:has(#${step.id}) .scrolly__graphic`)).toHaveAttribute(
            'data-state',
            `${step.chart}/${step.state}`,
          );
          await expectLiveMatchesState(page, step);
          worst.push(await lowestChartTextContrast(page, `.scrolly:has(#${step.id}) .scrolly__graphic`));
        }
        test.info().annotations.push({
          type: 'lowest chart text contrast',
          description: worst.map((w) => `${w.ratio.toFixed(2)} (${w.text})`).join('; '),
        });
        for (const w of worst) expect(w.ratio, w.text).toBeGreaterThanOrEqual(4.5);
      });
    }
  });
}

test('embeds follow ?theme= over the reader’s scheme, and stay axe-clean in the dark', async ({ browser }) => {
  test.setTimeout(120_000);
  for (const [scheme, theme, expected] of [
    ['light', 'dark', 'rgb(28, 29, 34)'],
    ['dark', 'light', 'rgb(255, 255, 255)'],
    ['dark', '', 'rgb(28, 29, 34)'],
  ] as const) {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`/embed/piracy-surge/versus-sales/${theme ? `?theme=${theme}` : ''}`);
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(expected);
    if (expected !== 'rgb(255, 255, 255)') expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }
});

test('the map has no island floating outside the frame of its land masses', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  // Path data is "M x,y l dx,dy … z" per island (src/charts/lockout-map/geography.ts).
  const strays = await page.locator('svg.chart--lockout-map').evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const islands = [...svg.querySelectorAll('path.geo')].flatMap((p) =>
        (p.getAttribute('d') ?? '')
          .split('M')
          .filter(Boolean)
          .map((sub) => {
            const nums = (sub.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
            let [x = 0, y = 0] = nums;
            const xs = [x];
            const ys = [y];
            for (let i = 2; i + 1 < nums.length; i += 2) {
              x += nums[i] ?? 0;
              y += nums[i + 1] ?? 0;
              xs.push(x);
              ys.push(y);
            }
            return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
          }),
      );
      const big = islands.filter((b) => (b.x1 - b.x0) * (b.y1 - b.y0) > 150);
      const f = {
        x0: Math.min(...big.map((b) => b.x0)),
        x1: Math.max(...big.map((b) => b.x1)),
        y0: Math.min(...big.map((b) => b.y0)),
        y1: Math.max(...big.map((b) => b.y1)),
      };
      // A stray lies wholly outside that frame by more than 2.5% of the canvas (Hawaii was 5.6%).
      const gap = 0.025 * Number(svg.getAttribute('width'));
      return islands.filter((b) => b.x1 < f.x0 - gap || b.x0 > f.x1 + gap || b.y1 < f.y0 - gap || b.y0 > f.y1 + gap);
    }),
  );
  expect(strays).toEqual([]);
  await context.close();
});

test('the hero starts in the first screen on a phone, and its figure is the dataset’s', async ({ page, request }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/');
  const figure = page.locator('.hero__figure');
  const [dataset, rest = ''] = ((await figure.getAttribute('data-figure')) ?? '').split(':');
  const [rowId, column = ''] = rest.split('.');
  const data = (await (await request.get(`/data/${dataset}.json`)).json()) as { rows: Record<string, unknown>[] };
  const row = data.rows.find((r) => r['id'] === rowId);
  expect(row, `row ${rowId}`).toBeDefined();
  await expect(page.locator('.hero__number')).toHaveText(Number(row?.[column]).toLocaleString('en-US'));
  const number = await page.locator('.hero__number').boundingBox();
  const chart = await page.locator('.hero svg.chart').filter({ visible: true }).boundingBox();
  test.info().annotations.push({
    type: 'hero at 375x740',
    description: `figure ${number?.y}-${(number?.y ?? 0) + (number?.height ?? 0)} px, chart from ${chart?.y} px`,
  });
  expect((number?.y ?? 999) + (number?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
  expect(chart?.y).toBeLessThan(PHONE.height - 200);
});

test('the hero neither overlaps the headline nor overflows, from 320 to 1280 px', async ({ page }) => {
  for (const width of [320, 375, 600, 768, 960, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    await page.evaluate(() => document.fonts.ready);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
    const boxes = await page.evaluate(() =>
      ['h1', '.masthead > .dek:not(.hero-dek)', '.hero-dek', '.hero__lede', '.hero svg.chart', '.masthead .byline', '.share--top'].flatMap(
        (sel) =>
          [...document.querySelectorAll(sel)]
            .filter((e) => e.getBoundingClientRect().width > 0)
            .map((e) => ({ sel, r: e.getBoundingClientRect().toJSON() as DOMRect })),
      ),
    );
    for (const [i, a] of boxes.entries()) {
      expect(a.r.right, `${a.sel} at ${width}px`).toBeLessThanOrEqual(width);
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.r.left < b.r.right - 1 && b.r.left < a.r.right - 1 && a.r.top < b.r.bottom - 1 && b.r.top < a.r.bottom - 1;
        expect(overlap, `${a.sel} overlaps ${b.sel} at ${width}px`).toBe(false);
      }
    }
  }
  // And on a desktop the whole graphic is in the first screen.
  await page.setViewportSize(DESKTOP);
  await page.goto('/');
  const chart = await page.locator('.hero svg.chart').filter({ visible: true }).boundingBox();
  expect((chart?.y ?? 999) + (chart?.height ?? 0)).toBeLessThanOrEqual(DESKTOP.height);
});
