/**
 * Embeds as another site sees them: a host page on a different origin pastes the published
 * snippet; the iframe must size itself, ignore hostile messages and stand alone.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { messagesHandled, openEveryStepTools } from './helpers.ts';

/**
 * The host article is served by a real server on another port: another origin, but on loopback,
 * because Chromium blocks pages from outside the local network from framing local addresses.
 */
let host: Server;
let HOST = '';
let hostBody = '';
test.beforeAll(async () => {
  host = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(
      `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"><title>Host</title></head><body style="margin:0;font-family:sans-serif"><h1>A partner's article</h1><p>Text above the chart.</p>${hostBody}<p>Text below the chart.</p></body></html>`,
    );
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  HOST = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => {
  host.close();
});

/** The snippet from the article's "Embed this chart" control, pointed at the test server. */
async function snippetFor(page: Page, baseURL: string, stepIndex = 0): Promise<string> {
  await page.goto('/');
  await openEveryStepTools(page);
  const code = await page.locator('.embed-control__code').nth(stepIndex).inputValue();
  return code.replace(/https?:\/\/[^/"]+/g, baseURL);
}

async function hostPage(page: Page, body: string): Promise<void> {
  hostBody = body;
  await page.goto(`${HOST}/story.html`);
}

async function expectSized(page: Page): Promise<void> {
  const frame = page.locator('iframe[data-interview-embed]');
  await expect(frame).toHaveAttribute('data-sized', /\d+/);
  await expect
    .poll(async () => {
      const outer = (await frame.boundingBox())?.height ?? 0;
      const inner = await frame
        .contentFrame()
        .locator('html')
        .evaluate((el) => el.getBoundingClientRect().height);
      return Math.abs(outer - inner);
    })
    .toBeLessThanOrEqual(2);
}

test.describe('embeds', () => {
  test('an embedded chart sizes itself on load and when the host resizes', async ({ page, baseURL }) => {
    // Four embeds, each loaded and resized on a host page: slow on a busy 2-core machine.
    test.setTimeout(90_000);
    await page.goto('/');
    await openEveryStepTools(page);
    const codes = await page.locator('.embed-control__code').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(codes.length).toBeGreaterThan(10);
    for (const i of [0, 5, 9, codes.length - 1]) {
      const snippet = codes[i]!.replace(/https?:\/\/[^/"]+/g, baseURL!);
      await page.setViewportSize({ width: 1280, height: 900 });
      await hostPage(page, snippet);
      await expectSized(page);
      const wide = Number(await page.locator('iframe').getAttribute('data-sized'));
      await page.setViewportSize({ width: 375, height: 800 });
      await expect.poll(async () => Number(await page.locator('iframe').getAttribute('data-sized'))).not.toBe(wide);
      await expectSized(page);
    }
  });

  test('messages from other origins, other frames or of the wrong shape are ignored', async ({ page, baseURL }) => {
    await hostPage(page, await snippetFor(page, baseURL!));
    await expectSized(page);
    const frame = page.locator('iframe[data-interview-embed]');
    const before = await frame.getAttribute('data-sized');
    const id = await frame.getAttribute('data-interview-embed');
    // From the host page itself (foreign origin), in both protocols.
    await page.evaluate((childId) => {
      window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 2222 }, '*');
      window.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx2222`, '*');
    }, id);
    // From inside our frame, but malformed or out of range.
    await frame
      .contentFrame()
      .locator('html')
      .evaluate((_el, childId) => {
        parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 2222, navigate: 'https://evil.example/' }, '*');
        parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: '2222' }, '*');
        parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx999999`, '*');
        parent.postMessage(`pymxPYMxsomeone-elsexPYMxheightxPYMx2222`, '*');
        parent.postMessage('<img src=x onerror=alert(1)>', '*');
      }, id);
    await messagesHandled(page);
    await messagesHandled(page, frame.contentFrame().locator('html'));
    await expect(frame).toHaveAttribute('data-sized', before!);
    expect((await frame.boundingBox())?.height).not.toBe(2222);
    expect(page.url()).toBe(`${HOST}/story.html`);
  });

  test('without the loader the iframe still shows the chart at a sensible height', async ({ page, baseURL }) => {
    const snippet = (await snippetFor(page, baseURL!)).replace(/<script[^>]*><\/script>/, '');
    await hostPage(page, snippet);
    const box = await page.locator('iframe').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(400);
    await expect(page.locator('iframe').contentFrame().locator('svg.chart').filter({ visible: true })).toHaveCount(1);
  });

  test('embed pages have no site chrome, are not indexed, and advertise valid oEmbed', async ({ page, request, baseURL }) => {
    await page.goto('/');
    await openEveryStepTools(page);
    const paths = await page
      .locator('.embed-control a.button--quiet')
      .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
    for (const path of paths) {
      await page.goto(path!);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator('.masthead, nav, footer, .site-footer, .skip-link')).toHaveCount(0);
      await expect(page.locator('svg.chart').filter({ visible: true })).toHaveCount(1);
      await expect(page.getByRole('link', { name: 'Read the full story' })).toHaveAttribute('href', /\/#[a-z0-9-]+$/);
      const href = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
      const res = await request.get(href!.replace(/https?:\/\/[^/]+/, baseURL!));
      expect(res.ok()).toBe(true);
      const doc = (await res.json()) as Record<string, unknown>;
      expect(doc).toMatchObject({ version: '1.0', type: 'rich' });
      expect(String(doc['url'])).toMatch(new RegExp(`${path!.replace(/\//g, '\\/')}$`));
      expect(String(doc['html'])).toContain(`${path}?childId=`);
      expect(doc['width']).toBeGreaterThan(0);
      expect(doc['height']).toBeGreaterThan(0);
    }
  });

  test('images exist for every chart state', async ({ page, request }) => {
    await page.goto('/');
    await openEveryStepTools(page);
    const paths = await page
      .locator('.embed-control a.button--quiet')
      .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
    for (const path of paths) {
      const [, chart, state] = /^\/embed\/([^/]+)\/([^/]+)\/$/.exec(path!) ?? [];
      const svg = await request.get(`/images/${chart}/${state}.svg`);
      expect(svg.ok()).toBe(true);
      expect(await svg.text()).toContain('<svg');
      const png = await request.get(`/images/${chart}/${state}.png`);
      expect(png.headers()['content-type']).toBe('image/png');
      expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
    }
  });
});

test.describe('embeds without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the embed page shows its chart', async ({ page }) => {
    await page.goto('/embed/piracy-surge/');
    const svg = page.locator('svg.chart').filter({ visible: true });
    await expect(svg).toHaveCount(1);
    expect((await svg.boundingBox())?.height ?? 0).toBeGreaterThan(200);
  });
});

test.describe('embed pages are accessible', () => {
  const PAGES = [
    '/embed/timeline/',
    '/embed/release-hours/',
    '/embed/lockout-map/',
    '/embed/piracy-surge/',
    '/embed/money/',
    '/embed/money/online-sales/',
  ];
  for (const width of [375, 1280]) {
    test(`axe finds no violations at ${width}px, with and without JavaScript`, async ({ browser }) => {
      test.setTimeout(120_000);
      for (const javaScriptEnabled of [true, false]) {
        // axe runs with JavaScript; the no-JS page is the same page minus its scripts.
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        if (!javaScriptEnabled) {
          await page.route(/\/embed\/.*\/$/, async (route) => {
            const res = await route.fetch();
            await route.fulfill({ response: res, body: (await res.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '') });
          });
        }
        for (const path of PAGES) {
          await page.goto(path);
          const results = await new AxeBuilder({ page }).analyze();
          expect(results.violations.map((v) => `${path} (JS ${javaScriptEnabled ? 'on' : 'off'}) ${v.id}`)).toEqual([]);
        }
        await context.close();
      }
    });
  }
});
