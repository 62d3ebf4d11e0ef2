/**
 * The prose keys the charts and cites its sources quietly, as a reader meets it at 375 and 1280 px
 * in both colour schemes: keyed words are set in their series' colour (or in ink where that colour
 * is too light) with a swatch of the mark's shape before them, readable at 4.5:1 on the ground they
 * sit on; each sentence with figures carries one citation marker, which opens a list of its sources
 * by click, keyboard and touch, and closes with Escape or its Close button.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const WIDTHS = [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
] as const;

/** Every keyed word: its colour, its swatch and the ground behind it, as computed by the browser. */
async function keyedWords(page: Page) {
  return page.$$eval('.chapter .key', (els) => {
    const rgba = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
    /** The colour behind an element: its own and its ancestors' backgrounds, blended down to an opaque one. */
    const ground = (el: Element): number[] => {
      const layers: number[][] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const [r = 0, g = 0, b = 0, a = 1] = rgba(getComputedStyle(e).backgroundColor);
        if (getComputedStyle(e).backgroundColor === 'rgba(0, 0, 0, 0)') continue;
        layers.push([r, g, b, a]);
        if (a >= 1) break;
      }
      let out = [255, 255, 255];
      for (const [r = 0, g = 0, b = 0, a = 1] of layers.reverse())
        out = [r * a + (out[0] ?? 0) * (1 - a), g * a + (out[1] ?? 0) * (1 - a), b * a + (out[2] ?? 0) * (1 - a)];
      return out;
    };
    return els.map((el) => {
      // The swatch is drawn before the first word, which it stays on the same line with.
      const lead = el.querySelector('.key__lead');
      const before = getComputedStyle(lead ?? el, '::before');
      const paragraph = el.closest('p');
      return {
        key: (el as HTMLElement).dataset['key'] ?? '',
        text: (el as HTMLElement).dataset['text'],
        words: el.textContent,
        color: getComputedStyle(el).color,
        ink: paragraph ? getComputedStyle(paragraph).color : '',
        swatch: before.backgroundColor,
        swatchSize: [parseFloat(before.width), parseFloat(before.height)],
        swatchContent: before.content,
        ground: ground(el),
      };
    });
  });
}

function contrast(fg: string, bg: number[]): number {
  const lum = (c: number[]) => {
    const [r = 0, g = 0, b = 0] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [lum((fg.match(/[\d.]+/g) ?? []).map(Number).slice(0, 3)), lum(bg)].sort((x, y) => y - x) as [number, number];
  return (a + 0.05) / (b + 0.05);
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const vp of WIDTHS) {
    test.describe(`${colorScheme}, ${vp.width}px`, () => {
      test.use({ colorScheme, viewport: vp });

      test('keyed words take their series colour, with a swatch, at 4.5:1', async ({ page }) => {
        await page.goto('/');
        const keys = await keyedWords(page);
        expect(keys.length).toBeGreaterThanOrEqual(15);
        expect(new Set(keys.map((k) => k.key)).size).toBeGreaterThanOrEqual(12);
        for (const k of keys) {
          const what = `${k.key} "${k.words}"`;
          // The second cue: a visible swatch of the mark's colour before the words.
          expect(k.swatchContent, what).toBe('""');
          expect(k.swatchSize[0], what).toBeGreaterThan(6);
          expect(k.swatchSize[1], what).toBeGreaterThan(6);
          expect(k.swatch, what).not.toBe('rgba(0, 0, 0, 0)');
          if (k.text === undefined) expect(k.color, `${what} stays in ink`).toBe(k.ink);
          else expect(k.color, `${what} is coloured`).not.toBe(k.ink);
          expect(contrast(k.color, k.ground), `${what}: ${k.color} on rgb(${k.ground.join(', ')})`).toBeGreaterThanOrEqual(4.5);
        }
        // The trackers' words are set in the colour their swatches (and marks) are filled with.
        for (const id of ['torrentfreak', 'counters', 'excipio']) {
          const k = keys.find((x) => x.key === id);
          expect(k?.color, id).toBe(k?.swatch);
        }
        const tf = keys.find((x) => x.key === 'torrentfreak');
        const series = await page.$eval('.live-figure text.series-label.tracker-torrentfreak', (t) => getComputedStyle(t).fill);
        expect(tf?.color, 'TorrentFreak in the text and on the chart').toBe(series);
      });

      test('one citation marker per sentence with figures, at the sentence end', async ({ page }) => {
        await page.goto('/');
        const counts = await page.evaluate(() => ({
          figures: document.querySelectorAll('.chapter .fig').length,
          superscripts: document.querySelectorAll('.chapter sup').length,
          markers: [...document.querySelectorAll('.chapter .cite-mark')].map((m) => m.previousSibling?.textContent ?? ''),
        }));
        expect(counts.superscripts).toBe(0);
        expect(counts.figures).toBe(61);
        expect(counts.markers.length).toBe(34);
        for (const before of counts.markers) expect(before, 'text before a marker').toMatch(/[.!?”)]$/);
      });

      test('a marker opens its sources by click and closes with its Close button', async ({ page }) => {
        await page.goto('/#piracy-torrentfreak');
        const marker = page.locator('#piracy-torrentfreak .cite-mark').first();
        const id = await marker.getAttribute('popovertarget');
        const note = page.locator(`#${id ?? ''}`);
        await expect(note).toBeHidden();
        // A closed note's sources are not elements yet (src/scrolly/deferred.ts); opening builds them.
        await expect(note.locator('a')).toHaveCount(0);
        await marker.click();
        await expect(note).toBeVisible();
        const box = await note.boundingBox();
        expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= vp.width && box.y + box.height <= vp.height).toBe(true);
        const links = note.locator('a[href^="http"]');
        expect(await links.count()).toBeGreaterThan(2);
        await expect(links.first()).toBeVisible();
        await expect(note.locator('a[href^="#source-"]').first()).toBeVisible();
        expect(await marker.getAttribute('aria-label')).toMatch(/^Note \d+, sources: \S/);
        await note.getByRole('button', { name: 'Close' }).click();
        await expect(note).toBeHidden();
      });

      test('keyboard: Enter opens, Tab enters the list, Escape closes and returns focus', async ({ page }) => {
        await page.goto('/#money-cost');
        const marker = page.locator('#money-cost .cite-mark').first();
        const note = page.locator(`#${(await marker.getAttribute('popovertarget')) ?? ''}`);
        await marker.focus();
        await page.keyboard.press('Enter');
        await expect(note).toBeVisible();
        await page.keyboard.press('Tab');
        expect(await note.evaluate((n) => n.contains(document.activeElement) && document.activeElement?.tagName)).toBe('A');
        await page.keyboard.press('Escape');
        await expect(note).toBeHidden();
        await expect(marker).toBeFocused();
      });

      test('axe finds no violations, with a source list open', async ({ page }) => {
        test.setTimeout(120_000);
        await page.goto('/#piracy-excipio');
        await page.locator('#piracy-excipio .cite-mark').first().click();
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    });
  }
}

test.describe('touch', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
  test('tapping a marker shows its sources; tapping Close hides them', async ({ page }) => {
    await page.goto('/#release-first-day');
    const marker = page.locator('#release-first-day .cite-mark').first();
    const note = page.locator(`#${(await marker.getAttribute('popovertarget')) ?? ''}`);
    await marker.scrollIntoViewIfNeeded();
    await marker.tap();
    await expect(note).toBeVisible();
    await expect(note.locator('a[href^="http"]').first()).toBeVisible();
    const close = note.getByRole('button', { name: 'Close' });
    const size = await close.boundingBox();
    expect(Math.min(size?.width ?? 0, size?.height ?? 0)).toBeGreaterThanOrEqual(44);
    await close.tap();
    await expect(note).toBeHidden();
  });
});

test('the hero figure cites its sources with one marker too', async ({ page }) => {
  await page.goto('/');
  const marker = page.locator('.hero .cite-mark');
  await expect(marker).toHaveCount(1);
  await marker.click();
  await expect(page.locator('#cite-hero')).toBeVisible();
  await expect(page.locator('#cite-hero a[href^="http"]').first()).toBeVisible();
});

test('on paper each marker prints the numbers of its sources in the list', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  const printed = await page.$eval('#piracy-torrentfreak .cite-mark', (m) => ({
    after: getComputedStyle(m, '::after').content,
    sources: (m as HTMLElement).dataset['sources'],
  }));
  expect(printed.sources).toMatch(/^\d+(, \d+)*$/);
  expect(printed.after).toBe(`"[${printed.sources ?? ''}]"`);
  const numbered = await page.$$eval('ol.sources > li', (lis) => lis.length);
  expect(numbered).toBeGreaterThanOrEqual(Math.max(...(printed.sources ?? '0').split(', ').map(Number)));
});
