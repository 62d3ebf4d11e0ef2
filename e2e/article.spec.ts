import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectGraphicAt, expectLiveMatchesState, liveStateMismatch, noHorizontalScroll, scrollToStep, steps } from './helpers.ts';

const WIDTHS = [
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
];

test.describe('the article', () => {
  for (const vp of WIDTHS) {
    test(`every step puts the graphic in its state at ${vp.width}px`, async ({ page }) => {
      test.setTimeout(120_000);
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const all = await steps(page);
      expect(all.length).toBeGreaterThan(10);
      for (const step of all) {
        await scrollToStep(page, step.id);
        await expectGraphicAt(page, step);
        await expectLiveMatchesState(page, step);
      }
      // And back up, which is where scroll-driven graphics usually go wrong.
      for (const step of [...all].reverse().slice(0, 6)) {
        await scrollToStep(page, step.id);
        await expectGraphicAt(page, step);
      }
      await noHorizontalScroll(page);
      expect(errors).toEqual([]);
    });
  }

  test('reduced motion: states change at once, with no animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const all = await steps(page);
    for (const step of all.slice(0, 8)) {
      await scrollToStep(page, step.id);
      await expectGraphicAt(page, step);
      // No waiting for transitions: the moment the graphic has the step, the chart must match it.
      expect(await liveStateMismatch(page, step)).toBe('ok');
    }
  });

  test('a resize mid-story keeps the graphic on the step in view', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const all = await steps(page);
    const deep = all[Math.floor(all.length / 2)]!;
    await scrollToStep(page, deep.id);
    await expectGraphicAt(page, deep);
    await page.setViewportSize({ width: 375, height: 740 });
    await scrollToStep(page, deep.id);
    await expectGraphicAt(page, deep);
    await expectLiveMatchesState(page, deep);
    await page.setViewportSize({ width: 740, height: 375 }); // phone turned sideways
    await scrollToStep(page, deep.id);
    await expectGraphicAt(page, deep);
    await noHorizontalScroll(page);
  });

  test('reloading at a deep step shows that step, its text and its graphic state', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/');
    const all = await steps(page);
    const deep = all[all.length - 3]!;
    await page.goto(`/#${deep.id}`);
    await page.reload();
    await expect(page.locator(`#${deep.id}`)).toBeInViewport();
    await expectGraphicAt(page, deep);
    await expectLiveMatchesState(page, deep);
  });

  test('a reload returns to the step the reader had scrolled to, not to the link they opened', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/');
    const all = await steps(page);
    const [opened, read] = [all[2]!, all[all.length - 4]!];
    await page.goto(`/#${opened.id}`);
    await expectGraphicAt(page, opened);
    await scrollToStep(page, read.id);
    await expectGraphicAt(page, read);
    await page.reload();
    await expect(page.locator(`#${read.id}`)).toBeInViewport();
    await expectGraphicAt(page, read);
  });

  test('reads at 320px without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/');
    await noHorizontalScroll(page);
  });

  for (const vp of WIDTHS) {
    test(`axe finds no violations at ${vp.width}px`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await page.goto('/');
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const vp of WIDTHS) {
    test(`every step has its static figure at ${vp.width}px`, async ({ page }) => {
      // Nineteen images, each waited for: over 30 s on a busy machine.
      test.setTimeout(120_000);
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await page.goto('/');
      const all = await steps(page);
      for (const step of all) {
        // The build-time image of the step's state, at the size that fits, described by its alt text.
        const figure = page.locator(`#figure-${step.id}`);
        await figure.scrollIntoViewIfNeeded();
        await expect(figure).toBeVisible();
        await expect(figure.locator('figcaption')).toBeVisible();
        const img = figure.locator('img');
        await expect(img).toBeVisible();
        const description = await figure.locator('.step-figure__desc').textContent();
        expect(description?.length ?? 0).toBeGreaterThan(40);
        await expect(img).toHaveAttribute('alt', description ?? '');
        await expect.poll(() => img.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth > 0)).toBe(true);
        const src = await img.evaluate((e: HTMLImageElement) => new URL(e.currentSrc).pathname);
        expect(src).toBe(`/images/${step.chart}/${step.state}${vp.width < 560 ? '.compact' : ''}.png`);
        const box = await img.boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(250);
        expect(box?.height ?? 0).toBeGreaterThan(200);
      }
      // The data tables are there as they are, behind the step's tools.
      await page.locator('.step-tools__toggle').first().click();
      await expect(page.locator('.data-table').first().locator('table tbody tr').first()).toBeVisible();
      await expect(page.locator('.scrolly__graphic').first()).toBeHidden();
      await noHorizontalScroll(page);
    });
  }
});

test.describe('without JavaScript, checked by axe', () => {
  // axe itself needs JavaScript, so the reader's no-JS page is reproduced: the page's scripts
  // are removed and its (inline) CSS is rewritten as a browser without scripting applies it.
  // The CSP <meta> goes too, since the rewritten styles no longer match its hashes.
  test('axe finds no violations', async ({ page }) => {
    test.setTimeout(120_000);
    await page.route(/\/$/, async (route) => {
      const res = await route.fetch();
      const html = (await res.text())
        .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
        .replace(/<meta http-equiv="content-security-policy"[^>]*>/, '')
        // (scripting: enabled) never matches, (scripting: none) always does.
        .replace(/\(scripting:\s*enabled\)/g, '(min-width: 100000px)')
        .replace(/\(scripting:\s*none\)/g, '(min-width: 0px)');
      await route.fulfill({ response: res, body: html });
    });
    await page.goto('/');
    await expect(page.locator('.scrolly__graphic').first()).toBeHidden();
    await expect(page.locator('.step-figure').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test('controls are at least 44 px tall on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  const controls = page.locator('summary, button, .permalink, .button');
  const small = () =>
    controls.evaluateAll((els) =>
      els.map((e) => ({ text: e.textContent.trim().slice(0, 30), h: e.getBoundingClientRect().height })).filter((e) => e.h > 0 && e.h < 44),
    );
  expect(await small()).toEqual([]);
  // And those in a step's open tools.
  await page.locator('.step-tools__toggle').first().click();
  await expect(page.locator('.step-tools__menu').first()).toBeVisible();
  expect(await small()).toEqual([]);
});

test('a fast scroll through many steps still leaves the graphic on the step in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const all = await steps(page);
  // Flick down and back without waiting for any transition to finish.
  for (const i of [1, 6, 11, 15, 3, all.length - 2, 9]) await scrollToStep(page, all[i]!.id);
  const last = all[9]!;
  await expectGraphicAt(page, last);
  await expectLiveMatchesState(page, last);
});
