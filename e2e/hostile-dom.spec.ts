/**
 * The charts survive a page that others have changed (issue 18, point 4). Readers' browsers
 * rewrite pages: extensions add attributes (`fdprocessedid`, `data-*`) and inline styles to
 * elements, page translators replace every text node with its translation wrapped in two
 * `<font>` elements (Google Translate), and Dark Reader restyles the whole page. Here all of that
 * happens to one page (the attributes before the page's scripts run, and again on every element
 * added later), while an untouched page beside it is the reference: scrolling the whole story down
 * and then up, after every step both pages' live charts hold the same marks (data-key, tag, and
 * every attribute the page itself writes) and their graphics the same state, and the changed page
 * logs no error.
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectGraphicAt, scrollToStep, steps } from './helpers.ts';

const DARK_READER = join(import.meta.dirname, '..', 'node_modules', 'darkreader', 'darkreader.js');
/** Attributes the hostile page adds (ours, an autofill extension's, Dark Reader's): not compared. */
const FOREIGN = '^(data-ext-|fdprocessedid$|style$|data-darkreader-)';

/** What other software does to the page, from before its scripts run and to everything added later. */
function vandalise(): void {
  const fonts = new WeakSet<Node>();
  const mark = (el: Element) => {
    if (!(el instanceof SVGElement)) return;
    el.setAttribute('data-ext-x', '1');
    el.setAttribute('fdprocessedid', `id${Math.random().toString(36).slice(2, 8)}`);
    el.style.setProperty('--ext-x', '1');
    el.style.setProperty('text-rendering', 'auto');
  };
  const translate = (t: Text) => {
    const parent = t.parentNode;
    if (!parent || fonts.has(parent) || !t.data.trim() || t.parentElement?.closest('script, style, noscript, template')) return;
    // <font>, as Google Translate writes it (an HTML element, also inside SVG text).
    const font = () => {
      const el = document.createElementNS('http://www.w3.org/1999/xhtml', 'font');
      el.setAttribute('style', 'vertical-align: inherit;');
      return el;
    };
    const outer = font();
    const inner = font();
    inner.textContent = `» ${t.data.toUpperCase()}`;
    fonts.add(inner);
    outer.append(inner);
    parent.replaceChild(outer, t);
  };
  const walk = (root: Node) => {
    if (root instanceof Element) for (const el of [root, ...root.querySelectorAll('*')]) if (el.closest('svg')) mark(el);
    const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const found: Text[] = [];
    for (let n = texts.nextNode(); n; n = texts.nextNode()) if (n instanceof Text) found.push(n);
    found.forEach(translate);
  };
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    walk(document.body);
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) {
          if (n instanceof Text) translate(n);
          else walk(n);
        }
    }).observe(document.body, { childList: true, subtree: true });
  });
}

/** Every live chart's marks (tag, data-key, the page's own attributes; not text) and every graphic's state. */
function snapshot(page: Page): Promise<string[]> {
  return page.evaluate((foreign) => {
    const own = (a: Attr) => !new RegExp(foreign).test(a.name);
    const graphics = [...document.querySelectorAll('.scrolly__graphic')].map((g) => `graphic ${g.getAttribute('data-state') ?? ''}`);
    const svgs = [...document.querySelectorAll('.live-figure svg[data-size]')].flatMap((svg, i) =>
      [...svg.querySelectorAll(':scope > [data-key]')].map(
        (m) =>
          `svg ${i} <${m.tagName} ${[...m.attributes]
            .filter(own)
            .map((a) => `${a.name}="${a.value}"`)
            .sort()
            .join(' ')}>`,
      ),
    );
    return [...graphics, ...svgs];
  }, FOREIGN);
}

/** '' when the lists agree, else the first difference. */
function difference(got: string[], want: string[]): string {
  const i = Math.max(
    got.findIndex((g, j) => g !== want[j]),
    got.length === want.length ? -1 : Math.min(got.length, want.length),
  );
  return i < 0 ? '' : `line ${i}: ${got[i] ?? '(none)'} != ${want[i] ?? '(none)'}`;
}

test('extensions, a page translator and Dark Reader leave every chart in the states of an untouched page', async ({ browser }) => {
  test.setTimeout(180_000);
  const viewport = { width: 1280, height: 800 };
  // The reference: no motion, so each step's marks are final as soon as its graphic shows it.
  const plainContext = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  // The changed page animates (the tweens read and write the changed marks); its scripts are injected, past the CSP.
  const hostileContext = await browser.newContext({ viewport, bypassCSP: true });
  const plain = await plainContext.newPage();
  const hostile = await hostileContext.newPage();
  const errors: string[] = [];
  hostile.on('pageerror', (e) => errors.push(e.message));
  hostile.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await hostile.addInitScript(vandalise);
  await Promise.all([plain.goto('/'), hostile.goto('/')]);
  await hostile.addScriptTag({ path: DARK_READER });
  await hostile.evaluate(() => {
    const dark = Reflect.get(window, 'DarkReader') as { enable: (theme: object) => void; setFetchMethod: (f: typeof fetch) => void };
    dark.setFetchMethod((url) => window.fetch(url));
    dark.enable({ brightness: 100, contrast: 90, sepia: 10 });
  });
  await expect(hostile.locator('html')).toHaveAttribute('data-darkreader-scheme', 'dark');
  await expect(hostile.locator('.live-figure svg font').first()).toBeAttached();

  const all = await steps(plain);
  expect(all.length).toBeGreaterThan(10);
  for (const step of [...all, ...all.toReversed()]) {
    for (const [name, page] of [
      ['untouched', plain],
      ['changed', hostile],
    ] as const) {
      await test.step(`${name} page at ${step.id}`, async () => {
        await scrollToStep(page, step.id);
        // A script error usually stops the graphic from following: name the errors, not only that.
        await expectGraphicAt(page, step).catch((e: unknown) => {
          throw new Error(`${String(e)}\npage errors: ${errors.slice(0, 3).join(' | ')} (${errors.length} in all)`);
        });
      });
    }
    const want = await snapshot(plain);
    await expect.poll(async () => difference(await snapshot(hostile), want), { message: `at ${step.id}` }).toBe('');
  }
  expect(errors).toEqual([]);
  await Promise.all([plainContext.close(), hostileContext.close()]);
});
