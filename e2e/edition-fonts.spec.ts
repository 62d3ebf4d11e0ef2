/**
 * Each edition loads only its own fonts (src/layouts/fonts.ts): English the Latin fonts it always
 * had, Spanish and German theirs, Korean one Pretendard file, and the page's CSP lets the
 * edition's font CSS apply. Every character a Korean page shows that Pretendard can draw is in the
 * cut file. Editions whose pages are not built yet are skipped.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fontCodePoints } from '../src/cli/fonts.ts';

const require = createRequire(import.meta.url);
/** The font files (name before the hash) each edition's article may fetch. */
const OWN: Record<string, RegExp> = {
  '/': /^(inter-latin-wght-normal|source-serif-4-latin-wght-(normal|italic))\./,
  '/es/': /^(inter-latin-wght-normal|source-serif-4-latin-wght-(normal|italic))-es\./,
  '/de/': /^(inter-latin-wght-normal|source-serif-4-latin-wght-(normal|italic))-de\./,
  '/ko/': /^pretendard-ko-wght-normal\./,
};
/** The switcher's "한국어", which every page but the Korean ones draws from its own small cut. */
const EDITION_NAME = /^pretendard-edition-name\./;

for (const [path, own] of Object.entries(OWN)) {
  test(`${path} fetches only its edition's fonts, under its CSP`, async ({ page }) => {
    test.skip(!existsSync(join('dist', path, 'index.html')), `${path} is not built yet`);
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.woff2')) fonts.push(r.url().slice(r.url().lastIndexOf('/') + 1));
    });
    // Chromium reports a style or font the CSP refused as a console error.
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(violations, 'CSP violations').toEqual([]);
    expect(fonts.length, 'fonts fetched').toBeGreaterThan(0);
    expect(
      fonts.filter((f) => !own.test(f) && !(path !== '/ko/' && EDITION_NAME.test(f))),
      'fonts of another edition',
    ).toEqual([]);
    // The Korean edition's name in the switcher is drawn in Pretendard on every page, never in tofu.
    const nameFont = await page.evaluate(
      () => getComputedStyle(document.querySelector('.editions__link[lang|="ko"]') ?? document.body).fontFamily,
    );
    expect(nameFont).toMatch(path === '/ko/' ? /Pretendard/ : /^"?Edition Names/);
    // The edition's font CSS is allowed by the page's CSP (its hash is listed), wherever it sits.
    const { styles, csp } = await page.evaluate(() => ({
      styles: [...document.head.querySelectorAll('style')].map((el) => el.textContent),
      csp: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '',
    }));
    for (const css of styles.filter((t) => t.includes('@font-face'))) {
      expect(csp).toContain(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    }
    const family = await page.evaluate(() => getComputedStyle(document.querySelector('h1') ?? document.body).fontFamily);
    if (path === '/ko/') expect(family).toMatch(/^"?Pretendard Variable/);
  });
}

test('every character of /ko/ that Pretendard can draw is in the cut file', async ({ page }) => {
  test.skip(!existsSync('dist/ko/index.html'), '/ko/ is not built yet');
  await page.goto('/ko/');
  const text = await page.evaluate(() => `${document.title}${document.body.textContent}`);
  const used = new Set(Array.from(text, (c) => c.codePointAt(0) ?? 0));
  const file = readdirSync('dist/_astro').find((f) => f.startsWith('pretendard-ko-wght-normal.'));
  expect(file).toBeDefined();
  // One font at a time: the WOFF2 decoder is not safe to run twice at once.
  const full = await fontCodePoints(readFileSync(require.resolve('pretendard/dist/web/variable/woff2/PretendardVariable.woff2')));
  const cut = await fontCodePoints(readFileSync(join('dist/_astro', file ?? '')));
  expect(cut.size).toBeLessThan(full.size / 10);
  const missing = [...used].filter((c) => full.has(c) && !cut.has(c)).map((c) => String.fromCodePoint(c));
  expect(missing, 'characters drawn in a fallback font').toEqual([]);
});
