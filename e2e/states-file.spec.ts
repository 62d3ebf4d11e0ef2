/**
 * The charts' states travel in one file per edition (src/lib/page-states.ts), not in the HTML the
 * first paint waits for: the page fetches its own edition's file once, the file is cached for
 * good, a step drawn from it matches the build's image of that state, and a page whose file
 * cannot be had reads as it does without JavaScript (every step with its own image).
 */
import { expect, test } from '@playwright/test';
import { expectGraphicAt, expectLiveMatchesState, scrollToActivation, steps } from './helpers.ts';

for (const edition of ['/', '/ko/']) {
  test(`${edition}: the article fetches its edition's state file once, cached for good, and draws steps from it`, async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/states/')) fetched.push(new URL(r.url()).pathname);
    });
    const response = await page.goto(edition);
    const html = (await response?.text()) ?? '';
    expect(html, 'no state data in the HTML').not.toContain('data-states>');
    const name = edition === '/' ? 'en' : 'ko';
    const path = await page.locator('main').getAttribute('data-states');
    expect(path).toMatch(new RegExp(`^/states/${name}\\.[0-9a-f]{10}\\.json$`));
    const file = await page.request.get(path ?? '');
    expect(file.headers()['cache-control']).toContain('immutable');
    const all = await steps(page);
    const second = all[1];
    if (!second) throw new Error('fewer than two steps');
    expect(await scrollToActivation(page, second.id)).toBe(true);
    await expectGraphicAt(page, second);
    await expectLiveMatchesState(page, second);
    expect(fetched).toEqual([path]);
  });
}

test('without its state file the article shows each step’s image, and no error breaks the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/states/*', (route) => route.abort());
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/static-figures/);
  const first = page.locator('.step-figure img').first();
  await first.scrollIntoViewIfNeeded();
  await expect(first).toBeVisible();
  await expect.poll(() => first.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page.locator('.scrolly__graphic').first()).toBeHidden();
  expect(await page.locator('.step-figure img').count()).toBe((await steps(page)).length);
  expect(errors).toEqual([]);
});
