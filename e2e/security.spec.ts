/** Safe to host anywhere: no third-party requests, strict CSP, the right headers, keyboard use, hostile URLs. */
import { expect, test } from '@playwright/test';
import { scrollToActivation, steps } from './helpers.ts';

const PAGES = ['/', '/embed/timeline/', '/embed/release-hours/', '/embed/lockout-map/', '/embed/piracy-surge/', '/embed/money/'];

test('no page requests anything from another origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.origin !== origin) foreign.push(r.url());
  });
  for (const path of PAGES) {
    await page.goto(path);
    await page.evaluate(() => {
      window.scrollTo(0, document.body.scrollHeight);
    });
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
});

test('every page carries a strict Content-Security-Policy', async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, path).toMatch(/default-src 'self'/);
    const scriptSrc = /script-src ([^;]+)/.exec(csp ?? '')?.[1] ?? '';
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    expect(await page.locator('[onclick], [onload], [onerror]').count(), path).toBe(0);
  }
});

test('the article refuses to be framed; embeds allow it; hashed assets are cached for good', async ({ request, page }) => {
  const home = await request.get('/');
  expect(home.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(home.headers()['x-frame-options']).toBe('SAMEORIGIN');
  expect(home.headers()['x-content-type-options']).toBe('nosniff');
  expect(home.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(home.headers()['permissions-policy']).toContain('camera=()');
  const embed = await request.get('/embed/money/');
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  // Every edition the same way.
  for (const prefix of ['/es', '/de', '/ko']) {
    const article = await request.get(`${prefix}/`);
    expect(article.headers()['content-security-policy'], prefix).toContain("frame-ancestors 'self'");
    expect(article.headers()['x-frame-options'], prefix).toBe('SAMEORIGIN');
    const framed = await request.get(`${prefix}/embed/money/`);
    expect(framed.headers()['content-security-policy'], prefix).toContain('frame-ancestors *');
    expect(framed.headers()['x-frame-options'], prefix).toBeUndefined();
  }
  await page.goto('/');
  const asset = await page.locator('script[src^="/_astro/"]').first().getAttribute('src');
  expect((await request.get(asset!)).headers()['cache-control']).toContain('immutable');
});

test('the page can be read and used with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the story' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#story$/);
  // Walk forward: every focused control is visible, in view and shows a focus outline.
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Each element focused is marked, so the walk can tell it reached a new one every time.
      el.dataset['kbWalk'] ??= String(document.querySelectorAll('[data-kb-walk]').length);
      return {
        key: `${el.dataset['kbWalk']} ${el.tagName} "${el.textContent.trim().slice(0, 30)}"`,
        inView: r.bottom > 0 && r.top < window.innerHeight && r.width > 0,
        outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
      };
    });
    expect(info).not.toBeNull();
    expect(info!.inView, info!.key).toBe(true);
    expect(info!.outline, info!.key).toBe(true);
    seen.add(info!.key);
  }
  expect(seen.size).toBe(40);
  // A step's tools, and in them the data table and the embed code, open from the keyboard.
  const tools = page.locator('.step-tools__toggle').first();
  await tools.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.step-tools__menu').first()).toBeVisible();
  await expect(page.locator('.data-table table').first()).toBeVisible();
  const code = page.locator('.embed-control__code').first();
  await code.focus();
  await expect(code).toBeFocused();
  await expect(code).toBeInViewport();
});

test('the preview server answers hostile URLs and keeps serving, never reading outside dist/', async ({ request }) => {
  expect((await request.get('/%E0%A4%A')).status()).toBe(400);
  expect((await request.get('/')).status()).toBe(200);
  // package.json and src/ sit beside dist/ in the checkout.
  for (const path of [
    '/..%2fpackage.json',
    '/..%5cpackage.json',
    '/embed/..%2f..%2f..%2fpackage.json',
    '/..%2fsrc%2fcli%2fserve.ts',
    '/package.json%00',
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(await res.text(), path).not.toContain('"devDependencies"');
  }
  expect((await request.get('/embed/money/')).status()).toBe(200);
});

test('a malformed fragment in the URL breaks nothing: no script error, and the charts follow the steps', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/#%E0%A4%A');
  const step = (await steps(page))[2]!;
  expect(await scrollToActivation(page, step.id)).toBe(true);
  expect(errors).toEqual([]);
});
