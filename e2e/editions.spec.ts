/**
 * The editions (English at /, Spanish, German and Korean under /es/, /de/, /ko/), from the built
 * site: every edition has the article and every embed, oEmbed document and image English has;
 * each page says its language and links the same page in every edition (reciprocally, with
 * x-default English); the language switcher, in the masthead and the footer, names each edition
 * in its own language, marks the current one, works from the keyboard and keeps the reader's place.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGUAGE_TAG, LOCALES, TARGET_LOCALES, localePrefix, type Locale } from '../src/i18n/locales.ts';
import { noHorizontalScroll, scrollToStep, steps } from './helpers.ts';

const DIST = 'dist';

/** Every file of the English site under `dir` (a folder of dist/), as site paths. */
function englishFiles(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [`/${relative(DIST, join(d, n))}`]));
  return walk(join(DIST, dir));
}

const ENGLISH = ['embed', 'oembed', 'images'].flatMap(englishFiles);

/** The head's alternates of the page at `path`: hreflang → absolute path. */
async function alternatesOf(page: Page, path: string): Promise<Record<string, string>> {
  await page.goto(path);
  const links = await page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((els) =>
      els.map((e): [string, string] => [e.getAttribute('hreflang') ?? '', new URL((e as HTMLLinkElement).href).pathname]),
    );
  return Object.fromEntries(links);
}

const expected = (path: string): Record<string, string> => ({
  ...Object.fromEntries(LOCALES.map((l) => [LANGUAGE_TAG[l], `${localePrefix(l)}${path}`])),
  'x-default': path,
});

test('every edition has every embed, oEmbed document and image of English, in dist/', () => {
  expect(ENGLISH.length).toBeGreaterThan(100);
  for (const locale of TARGET_LOCALES) {
    const own = new Set(['embed', 'oembed', 'images'].flatMap((d) => englishFiles(join(locale, d))));
    const missing = ENGLISH.map((p) => `/${locale}${p}`).filter((p) => !own.has(p));
    expect(missing, locale).toEqual([]);
    expect(own.size, locale).toBe(ENGLISH.length);
  }
});

test('a sample of each edition’s routes is served: article, embeds (latest and pinned), oEmbed, images', async ({ request }) => {
  const sample = [
    '/',
    '/embed/timeline/',
    '/embed/piracy-surge/versus-sales/',
    ...ENGLISH.filter((p) => /\/as-of-[^/]+\/index\.html$/.test(p))
      .slice(0, 2)
      .map((p) => p.replace(/index\.html$/, '')),
    '/oembed/money/cost.json',
    '/images/lockout-map/world.png',
    '/images/lockout-map/world.compact.svg',
  ];
  for (const locale of LOCALES) {
    for (const path of sample) {
      const url = `${localePrefix(locale)}${path}`;
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      const type = res.headers()['content-type'] ?? '';
      if (path.endsWith('.png')) expect(type, url).toContain('image/png');
      else if (path.endsWith('.svg')) expect(type, url).toContain('image/svg+xml');
      else if (path.endsWith('.json')) {
        const doc = (await res.json()) as { url: string; html: string; thumbnail_url: string };
        const prefix = localePrefix(locale);
        expect(new URL(doc.url).pathname, url).toBe(`${prefix}/embed/money/cost/`);
        expect(doc.html, url).toContain(`${prefix}/embed/money/cost/?childId=`);
        expect(new URL(doc.thumbnail_url).pathname, url).toBe(`${prefix}/images/money/cost.svg`);
      } else expect(type, url).toContain('text/html');
    }
  }
});

for (const path of ['/', '/embed/timeline/release/', '/embed/money/']) {
  test(`${path} in every edition: its lang, canonical, og:locale, and reciprocal alternates with x-default`, async ({ page }) => {
    for (const locale of LOCALES) {
      const own = `${localePrefix(locale)}${path}`;
      const alts = await alternatesOf(page, own);
      // Every edition's page names the same set, itself included: each alternate links back.
      expect(alts, own).toEqual(expected(path));
      await expect(page.locator('html')).toHaveAttribute('lang', LANGUAGE_TAG[locale]);
      expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').pathname).toBe(own);
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', LANGUAGE_TAG[locale].replace('-', '_'));
      await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveCount(LOCALES.length - 1);
    }
  });
}

test('the embed snippets, images and links of each edition point at that edition', async ({ page, request }) => {
  for (const locale of TARGET_LOCALES) {
    // The snippets are deferred markup (text inside <noscript> until their panel opens): read the HTML.
    const html = await (await request.get(`/${locale}/`)).text();
    const snippets = [...html.matchAll(/https?:\/\/[^/"&\s]+(\/[^"&\s]*)\/embed\/[^"&\s]+\?childId=([^"&\s]+)/g)];
    expect(snippets.length, locale).toBeGreaterThan(10);
    for (const [, prefix, id] of snippets) {
      expect(prefix, locale).toBe(`/${locale}`);
      expect(id, locale).toMatch(new RegExp(`^interview-${locale}-`));
    }
    expect(html).not.toMatch(/src="\/images\//);
    expect(html).toContain(`src="/${locale}/images/`);
    await page.goto(`/${locale}/embed/timeline/release/`);
    // (By address, not by name: the names are in the edition's words.)
    const story = await page.locator('.credit a[href*="/#"]').getAttribute('href');
    expect(new URL(story ?? '').pathname).toBe(`/${locale}/`);
    await expect(page.locator('.credit a[download]').first()).toHaveAttribute('href', `/${locale}/images/timeline/release.png`);
  }
});

async function switcher(page: Page, place: 'top' | 'end', current: Locale): Promise<void> {
  const nav = page.locator(`nav.editions--${place}`);
  await expect(nav).toHaveCount(1);
  const links = nav.getByRole('link');
  await expect(links).toHaveCount(LOCALES.length);
  for (const [i, l] of LOCALES.entries()) {
    const link = links.nth(i);
    await expect(link).toHaveAttribute('hreflang', LANGUAGE_TAG[l]);
    await expect(link).toHaveAttribute('lang', LANGUAGE_TAG[l]);
    await expect(link).toHaveAttribute('href', `${localePrefix(l)}/`);
    if (l === current) await expect(link).toHaveAttribute('aria-current', 'page');
    else await expect(link).not.toHaveAttribute('aria-current');
  }
}

test('the switcher, in the masthead and the footer, names every edition and marks the current one', async ({ page }) => {
  for (const locale of LOCALES) {
    await page.goto(`${localePrefix(locale)}/`);
    await switcher(page, 'top', locale);
    await switcher(page, 'end', locale);
  }
});

test('the switcher is reached from the keyboard right after the skip link, and Enter follows it', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  for (const l of LOCALES) {
    await page.keyboard.press('Tab');
    await expect(page.locator(`nav.editions--top a[data-edition="${l}"]`)).toBeFocused();
  }
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('nav.editions--top a[data-edition="de"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL('**/de/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the switcher at 375 px, ${scheme}: on one screen, not over the masthead, large enough to tap, legible`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/ko/');
    const nav = page.locator('nav.editions--top');
    await expect(nav).toBeInViewport();
    const box = await nav.boundingBox();
    const kicker = await page.locator('.masthead .kicker').boundingBox();
    expect(box && kicker && box.y + box.height <= kicker.y).toBe(true);
    for (const link of await nav.getByRole('link').all()) {
      const b = await link.boundingBox();
      expect(b && b.height >= 24 && b.width >= 24).toBe(true);
      expect(b && b.x >= 0 && b.x + b.width <= 375).toBe(true);
    }
    await noHorizontalScroll(page);
    const axe = await new AxeBuilder({ page }).include('nav.editions').withRules(['color-contrast', 'link-name', 'valid-lang']).analyze();
    expect(axe.violations).toEqual([]);
  });
}

test('switching keeps the reader’s place: the same step, or the same section at the end, in the other edition', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const step = (await steps(page))[5];
  if (!step) throw new Error('the story has fewer than six steps');
  await scrollToStep(page, step.id);
  // Activated by a script or an assistive technology without scrolling (a click from the keyboard brings the link into view first).
  await page.locator('nav.editions--top a[data-edition="es"]').evaluate((a) => {
    (a as HTMLAnchorElement).click();
  });
  await page.waitForURL(`**/es/#${step.id}`);
  await expect(page.locator(`#${step.id}`)).toBeInViewport();

  await page.locator('nav.editions--end').scrollIntoViewIfNeeded();
  await page.locator('nav.editions--end a[data-edition="ko"]').click();
  await page.waitForURL('**/ko/#sources');
  await page.goto('/de/');
  // At the top there is no place to keep: the edition's top.
  await page.locator('nav.editions--top a[data-edition="en"]').click();
  await page.waitForURL((u) => u.pathname === '/' && u.hash === '');
});

test('a translated quotation gives its original English, marked lang="en", in every translated edition', async ({ page }) => {
  for (const locale of TARGET_LOCALES) {
    await page.goto(`${localePrefix(locale)}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', LANGUAGE_TAG[locale]);
    for (const original of ['made a mistake', 'for the time being this is limited to the U.S.A. only'])
      await expect(page.locator('.step .prose span[lang="en"]').filter({ hasText: original }), `${locale}: ${original}`).toHaveCount(1);
  }
});
