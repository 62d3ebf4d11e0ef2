/**
 * Typographer's quotes everywhere a reader sees text, read from the built HTML (`npm test` builds
 * dist/ before the browser tests; without it this test fails, it does not skip). It needs no browser. Every text node outside script, style
 * and code, and the attributes read aloud or shown (alt, title, aria-label), of the article and
 * of every embed page; a straight ' or " in any of them fails, with the page and the text.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';
import { expect, test } from '@playwright/test';

const DIST = join(import.meta.dirname, '..', 'dist');
const SKIP = new Set(['SCRIPT', 'STYLE', 'CODE', 'PRE', 'TEMPLATE']);
const SHOWN_ATTRIBUTES = ['alt', 'title', 'aria-label'];

function pages(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) pages(p, out);
    else if (name === 'index.html') out.push(p);
  }
  return out;
}

/** Every piece of text a reader meets on the page, with where it is. */
function visibleTexts(html: string): string[] {
  const { window } = new JSDOM(html);
  const { document, Node } = window;
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) {
      const t = n.textContent?.trim();
      if (t) out.push(t);
      return;
    }
    if (!(n instanceof window.Element)) return;
    if (SKIP.has(n.tagName.toUpperCase())) return;
    // The embed snippet is code to copy (a read-only textarea): its quotes must stay straight.
    if (n.tagName === 'TEXTAREA' && n.hasAttribute('readonly')) return;
    // Text in <noscript> is what readers without JavaScript see; jsdom (no scripting) parses it as markup.
    for (const a of SHOWN_ATTRIBUTES) {
      const v = n.getAttribute(a)?.trim();
      if (v) out.push(`[${a}] ${v}`);
    }
    for (const c of n.childNodes) walk(c);
  };
  walk(document.documentElement);
  return out;
}

test.describe('the built pages', () => {
  test('are built (run npm run build first)', () => {
    expect(existsSync(join(DIST, 'index.html')), `${DIST}/index.html is missing: run npm run build before this test`).toBe(true);
  });

  test('the checker finds straight quotes in text and shown attributes, and not in code or other attributes', () => {
    const html = `<p>Excipio's "count"</p><code>a's</code><script>"x"</script><img alt="it's"><a href="'q'" class='c'>ok</a><svg><title>TorrentFreak's</title></svg><textarea readonly>&lt;a href="x"&gt;</textarea>`;
    expect(visibleTexts(html).filter((t) => /['"]/.test(t))).toEqual([`Excipio's "count"`, `[alt] it's`, `TorrentFreak's`]);
  });

  const files = existsSync(DIST) ? [join(DIST, 'index.html'), ...pages(join(DIST, 'embed'))].filter((f) => existsSync(f)) : [];

  test('have the article and embed pages', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  test('show no straight quote anywhere a reader sees text', () => {
    const straight = files.flatMap((f) =>
      visibleTexts(readFileSync(f, 'utf8'))
        .filter((t) => /['"]/.test(t))
        .map((t) => `${relative(DIST, f)}: ${t}`),
    );
    expect([...new Set(straight)]).toEqual([]);
  });
});
