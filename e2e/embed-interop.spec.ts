/**
 * Embeds with the real clients: a host page on another origin running the real pym.js Parent
 * (from npm), our own snippet with /embed.js, and an AMP-style host listening as amp-iframe does;
 * and a real oEmbed consumer (@extractus/oembed-extractor) discovering our oEmbed documents.
 */
import { extract } from '@extractus/oembed-extractor';
import { expect, test, type Page } from '@playwright/test';
import { expectFitted, note, PYM_VERSION, useHost } from './interop-hosts.ts';
import { messagesHandled, openEveryStepTools } from './helpers.ts';

const STATE = '/embed/piracy-surge/versus-sales/';
const WIDTHS = [375, 1280];
const host = useHost();

async function open(page: Page, width: number, body: string): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  host.body(body);
  await page.goto(`${host.origin}/story.html`);
}

/** Messages the host received from our origin (recorded by the host page). */
async function received(page: Page, origin: string): Promise<string[]> {
  const all = await page.evaluate(() => (window as unknown as { received: { origin: string; data: string }[] }).received);
  return all.filter((m) => m.origin === origin).map((m) => m.data);
}

/** What the article's "Embed this chart" control gives for STATE. */
async function articleSnippet(page: Page): Promise<string> {
  await page.goto('/');
  await openEveryStepTools(page);
  const codes = await page.locator('.embed-control__code').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
  const snippet = codes.find((c) => c.includes(`${STATE}?childId=`));
  expect(snippet).toBeDefined();
  return snippet!;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe(`pym.js ${PYM_VERSION} hosts`, () => {
  for (const width of WIDTHS) {
    test(`new pym.Parent(...) sizes the embed to its content at ${width}px`, async ({ page, baseURL }) => {
      await open(
        page,
        width,
        `<div id="chart-pym"></div><script src="/pym.v1.min.js"></script>` +
          `<script>window.pymParent = new pym.Parent('chart-pym', '${baseURL!}${STATE}', { title: 'Piracy chart' });</script>`,
      );
      const iframe = page.locator('#chart-pym iframe');
      // pym.js tells the child its id in the URL; the child must answer with that id.
      await expect(iframe).toHaveAttribute('src', /[?&]childId=chart-pym&/);
      note(`pym.js Parent, ${width}px`, await expectFitted(iframe));
      const strings = (await received(page, baseURL!)).filter((m) => !m.startsWith('{'));
      expect(strings.length).toBeGreaterThan(0);
      for (const m of strings) expect(m).toMatch(/^pymxPYMxchart-pymxPYMxheightxPYMx\d+$/);
    });
  }

  test('sizes itself when pym.js is given the URL copied from our snippet (which has its own childId)', async ({ page, baseURL }) => {
    const copied = /src="([^"]+)"/.exec(await articleSnippet(page))![1]!.replace(/https?:\/\/[^/]+/, baseURL!);
    expect(copied).toContain('?childId=');
    await open(
      page,
      375,
      `<div id="chart-pym"></div><script src="/pym.v1.min.js"></script><script>new pym.Parent('chart-pym', '${copied}', {});</script>`,
    );
    note('pym.js Parent, snippet URL, 375px', await expectFitted(page.locator('#chart-pym iframe')));
  });

  test("answers the Parent's width messages, and re-sizes when the page narrows", async ({ page, baseURL }) => {
    await open(
      page,
      1280,
      `<div id="chart-pym"></div><script src="/pym.v1.min.js"></script>` +
        `<script>window.pymParent = new pym.Parent('chart-pym', '${baseURL!}${STATE}', {});</script>`,
    );
    const iframe = page.locator('#chart-pym iframe');
    const wide = await expectFitted(iframe);
    // A width message with nothing changed: a pym.js Child answers it with its height.
    await page.evaluate(() => {
      (window as unknown as { received: unknown[] }).received.length = 0;
      (window as unknown as { pymParent: { sendWidth: () => void } }).pymParent.sendWidth();
    });
    await expect.poll(() => received(page, baseURL!)).toEqual([`pymxPYMxchart-pymxPYMxheightxPYMx${Math.ceil(wide.content)}`]);
    await page.setViewportSize({ width: 375, height: 800 });
    const narrow = await expectFitted(iframe);
    expect(narrow.content).not.toBe(wide.content);
    note('pym.js Parent, 1280px then narrowed to 375px', narrow);
  });

  test('an embed pasted as <div data-pym-src> (pym.js auto-init, xdomain set to our origin) sizes itself and ignores forged messages', async ({
    page,
    baseURL,
  }) => {
    const body =
      `<div data-pym-src="${baseURL!}${STATE}" data-pym-title="Piracy chart" data-pym-xdomain="^${escapeRegExp(baseURL!)}"></div>` +
      `<script src="/pym.v1.min.js"></script>`;
    for (const width of WIDTHS) {
      await open(page, width, body);
      const iframe = page.locator('[data-pym-src] iframe');
      note(`pym.js auto-init, ${width}px`, await expectFitted(iframe));
    }
    // xdomain makes pym.js itself drop height messages from any other origin, such as the host page's.
    const iframe = page.locator('[data-pym-src] iframe');
    const before = await iframe.getAttribute('height');
    const id = await page.locator('[data-pym-src]').getAttribute('id');
    await page.evaluate((childId) => {
      window.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx2222`, '*');
    }, id);
    await messagesHandled(page);
    expect(await iframe.getAttribute('height')).toBe(before);
  });
});

test.describe('our snippet with /embed.js', () => {
  for (const width of WIDTHS) {
    test(`sizes the embed to its content at ${width}px`, async ({ page, baseURL }) => {
      const snippet = (await articleSnippet(page)).replaceAll(/https?:\/\/[^/"]+/g, baseURL!);
      await open(page, width, snippet);
      const iframe = page.locator('iframe[data-interview-embed]');
      await expect(iframe).toHaveAttribute('data-sized', /\d+/);
      note(`snippet + /embed.js, ${width}px`, await expectFitted(iframe));
    });
  }

  test('sizes an iframe that loaded before /embed.js did', async ({ page, baseURL }) => {
    const snippet = (await articleSnippet(page)).replaceAll(/https?:\/\/[^/"]+/g, baseURL!);
    // Hold /embed.js back until the embed has loaded and sent its height to no one.
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/embed.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.setViewportSize({ width: 1280, height: 900 });
    // The host page notes the embed's first height message, which no one is there to read yet.
    await page.addInitScript(() => {
      if (window !== window.top) return;
      (window as Window & { heightSent?: Promise<void> }).heightSent = new Promise<void>((done) => {
        addEventListener('message', (e) => {
          if (typeof e.data === 'string' && e.data.includes('xPYMxheightxPYMx')) done();
        });
      });
    });
    host.body(snippet.replace(' loading="lazy"', ''));
    // The page's load event waits for the held script: wait only for the document.
    await page.goto(`${host.origin}/story.html`, { waitUntil: 'domcontentloaded' });
    const iframe = page.locator('iframe[data-interview-embed]');
    await expect(iframe.contentFrame().locator('svg.chart').filter({ visible: true })).toHaveCount(1);
    await page.evaluate(() => (window as Window & { heightSent?: Promise<void> }).heightSent);
    release();
    await expect(iframe).toHaveAttribute('data-sized', /\d+/);
    note('snippet + /embed.js loaded late, 1280px', await expectFitted(iframe));
  });

  test("ignores our own origin's messages from any window but that iframe's, and anything malformed", async ({ page, baseURL }) => {
    const snippet = (await articleSnippet(page)).replaceAll(/https?:\/\/[^/"]+/g, baseURL!);
    const other = `<iframe id="other" src="${baseURL!}/embed/money/" title="Another chart" style="width:100%;height:200px;border:0"></iframe>`;
    const second = `<iframe src="${baseURL!}/embed/money/?childId=interview-second" data-interview-embed="interview-second" title="Second" style="width:100%;border:0"></iframe>`;
    await open(page, 1280, snippet + other + second);
    const iframe = page.locator(`iframe[src*="${STATE}"]`);
    await expectFitted(iframe);
    const before = await iframe.getAttribute('data-sized');
    const id = (await iframe.getAttribute('data-interview-embed'))!;
    // Right format and range, right origin, wrong window: an unmarked frame and another embed.
    for (const selector of ['#other', 'iframe[data-interview-embed="interview-second"]']) {
      await page
        .locator(selector)
        .contentFrame()
        .locator('html')
        .evaluate((_el, childId) => {
          parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx2222`, '*');
          parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 2222 }, '*');
        }, id);
    }
    // Right window, wrong shape or out of range, including the shape the child used to send.
    await iframe
      .contentFrame()
      .locator('html')
      .evaluate((_el, childId) => {
        for (const h of [119, 4001, 999999]) parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${h}`, '*');
        parent.postMessage(`${childId}xPYMxheightxPYMx2222`, '*');
        parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx2222px`, '*');
        parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 50 }, '*');
        parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 2222, src: 'https://evil.example/' }, '*');
      }, id);
    for (const selector of ['#other', 'iframe[data-interview-embed="interview-second"]', `iframe[src*="${STATE}"]`])
      await messagesHandled(page, page.locator(selector).contentFrame().locator('html'));
    await expect(iframe).toHaveAttribute('data-sized', before!);
    expect((await iframe.boundingBox())?.height).not.toBe(2222);
  });
});

test.describe('AMP-style host (embed-size, as amp-iframe reads it)', () => {
  const body = (baseURL: string) =>
    `<script src="/amp-style.js"></script><iframe data-amp-style src="${baseURL}${STATE}#amp=1" title="Piracy chart" ` +
    `sandbox="allow-scripts allow-same-origin" frameborder="0" scrolling="no" style="display:block;width:100%;height:300px;border:0"></iframe>`;

  for (const width of WIDTHS) {
    test(`sizes the embed to its content at ${width}px`, async ({ page, baseURL }) => {
      await open(page, width, body(baseURL!));
      note(`AMP-style embed-size, ${width}px`, await expectFitted(page.locator('iframe[data-amp-style]')));
    });
  }

  test('ignores embed-size from other windows and below 100 px', async ({ page, baseURL }) => {
    await open(page, 1280, body(baseURL!));
    const iframe = page.locator('iframe[data-amp-style]');
    const { iframe: before } = await expectFitted(iframe);
    await page.evaluate(() => {
      window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 2222 }, '*');
    });
    await iframe
      .contentFrame()
      .locator('html')
      .evaluate(() => {
        parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 50 }, '*');
        parent.postMessage({ sentinel: 'other', type: 'embed-size', height: 2222 }, '*');
        parent.postMessage('amp-{not json', '*');
      });
    await messagesHandled(page);
    await messagesHandled(page, iframe.contentFrame().locator('html'));
    expect((await iframe.boundingBox())?.height).toBe(before);
  });
});

test('a real oEmbed consumer discovers our oEmbed document and gets a snippet that sizes itself', async ({ page, baseURL }) => {
  // The pages name the site's public address (SITE_URL at build time); the consumer's fetches go
  // to this test server instead, as DNS would send them to the host.
  const page0 = await (await fetch(`${baseURL!}${STATE}`)).text();
  const published = /<link[^>]+type="application\/json\+oembed"[^>]+href="([^"]+)"/.exec(page0)?.[1];
  expect(published).toBeDefined();
  const site = new URL(published!).origin;
  const asked: string[] = [];
  const data = await extract(`${site}${STATE}`, {}, (url) => {
    asked.push(url);
    return fetch(url.replace(site, baseURL!));
  });
  expect(asked[0]).toBe(`${site}${STATE}`);
  expect(asked[1]).toMatch(new RegExp(`^${escapeRegExp(`${site}/oembed/piracy-surge/versus-sales.json`)}\\??$`));
  expect(data).toMatchObject({ method: 'auto-discovery', version: '1.0', type: 'rich', url: `${site}${STATE}` });
  expect(Number.isInteger(data['width']) && Number(data['width']) > 0).toBe(true);
  expect(Number.isInteger(data['height']) && Number(data['height']) > 0).toBe(true);
  expect(data.title).toBeTruthy();
  expect(data.provider_name).toBeTruthy();
  const snippet = await articleSnippet(page);
  expect(data['html']).toBe(snippet);

  await open(page, 375, String(data['html']).replaceAll(site, baseURL!));
  note('oEmbed html pasted, 375px', await expectFitted(page.locator('iframe[data-interview-embed]')));
});
