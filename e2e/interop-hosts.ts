/**
 * Host pages for the interop tests: another origin (a second server on loopback), serving the
 * real pym.js from node_modules and whatever page body a test sets. Loopback, because Chromium
 * blocks pages from outside the local network from framing local addresses.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Locator } from '@playwright/test';

const PYM = readFileSync('node_modules/pym.js/dist/pym.v1.min.js');
export const PYM_VERSION = (JSON.parse(readFileSync('node_modules/pym.js/package.json', 'utf8')) as { version: string }).version;

/**
 * Listens as amp-iframe 0.1 does for `embed-size` (AMP's iframe-helper `listenFor` and
 * amp-iframe's `updateSize_`): only from the iframe's own window, `sentinel: 'amp'`, the message
 * as an object or an `amp-`-prefixed JSON string, heights under 100 px refused. No origin check:
 * amp-iframe has none either. (amp-iframe also reads pym.js messages; the pym.js host covers those.)
 */
const AMP_STYLE = `(function () {
  // Listening before the iframe exists, as amp-iframe does (it listens, then adds the iframe).
  window.addEventListener('message', function (event) {
    var iframe = document.querySelector('iframe[data-amp-style]');
    if (!iframe || event.source !== iframe.contentWindow) return;
    var data = event.data;
    if (typeof data === 'string' && data.indexOf('amp-') === 0) {
      try { data = JSON.parse(data.slice(4)); } catch (e) { return; }
    }
    if (!data || typeof data !== 'object' || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    var height = parseInt(data.height, 10);
    if (!(height >= 100)) return;
    iframe.style.height = height + 'px';
  });
})();`;

/** Every message the host window receives, for tests that check what the child sent. */
const RECORDER = `window.received = [];
window.addEventListener('message', function (e) {
  window.received.push({ origin: e.origin, data: typeof e.data === 'string' ? e.data : JSON.stringify(e.data) });
});`;

export interface Host {
  origin: string;
  /** Sets the next page's body (HTML). */
  body: (html: string) => void;
}

/** Starts the host server for this file's tests (beforeAll/afterAll). */
export function useHost(): Host {
  let server: Server;
  let body = '';
  const host: Host = {
    origin: '',
    body: (html) => {
      body = html;
    },
  };
  test.beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/pym.v1.min.js') {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(PYM);
        return;
      }
      if (req.url === '/amp-style.js' || req.url === '/recorder.js') {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(req.url === '/recorder.js' ? RECORDER : AMP_STYLE);
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"><title>Partner article</title>` +
          `<script src="/recorder.js"></script></head><body style="margin:0 8px;font-family:sans-serif">` +
          `<h1>A partner's article</h1><p>Text above the chart.</p>${body}<p>Text below the chart.</p></body></html>`,
      );
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    host.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => {
    server.close();
  });
  return host;
}

export interface Fit {
  iframe: number;
  content: number;
}

/** Waits until the iframe's box is its content's height (within 2 px), and returns both. */
export async function expectFitted(iframe: Locator): Promise<Fit> {
  const fit: Fit = { iframe: 0, content: 0 };
  await expect
    .poll(
      async () => {
        fit.iframe = (await iframe.boundingBox())?.height ?? 0;
        fit.content = await iframe
          .contentFrame()
          .locator('html')
          .evaluate((el) => el.getBoundingClientRect().height);
        return Math.abs(fit.iframe - fit.content);
      },
      { timeout: 10_000 },
    )
    .toBeLessThanOrEqual(2);
  // A chart with its title and credits is far taller than an unsized iframe (150 px).
  expect(fit.content).toBeGreaterThan(400);
  return fit;
}

/** Records a measured figure in the test report (reporter annotations). */
export function note(what: string, fit: Fit): void {
  test
    .info()
    .annotations.push({ type: 'fit', description: `${what}: iframe ${fit.iframe.toFixed(1)} px, content ${fit.content.toFixed(1)} px` });
}
