/**
 * Reader views (Firefox's reader view, Pocket, read-later and syndication tools) run Mozilla's
 * Readability over the page as served. Here the real @mozilla/readability runs on a jsdom DOM of
 * the built article, and the text it extracts must read as the story: the headline, the dek, the
 * chapters' prose in order and the figure captions, without chart internals, credits or controls.
 */
import { Readability } from '@mozilla/readability';
import { expect, test } from '@playwright/test';
import { JSDOM } from 'jsdom';

test('Readability extracts the story and nothing of the charts or controls', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const page = new JSDOM(html, { url: 'http://localhost/' }).window.document;
  // What the story is, read from the page before Readability takes its copy apart.
  const headline = page.querySelector('h1')?.textContent.trim() ?? '';
  const dek = page.querySelector('.dek')?.textContent.trim() ?? '';
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const paragraphs = [...page.querySelectorAll('.chapter .prose p')].map((p) => norm(p.textContent.replace(/\[[\d,]+\]/g, '')));
  const captions = [...page.querySelectorAll('.step-figure figcaption')].map((f) => norm(f.textContent));
  expect(paragraphs.length).toBeGreaterThan(20);
  expect(captions.length).toBeGreaterThan(10);
  expect(page.querySelectorAll('.live-figure svg text').length).toBeGreaterThan(10);

  const article = new Readability(page.cloneNode(true) as Document).parse();
  expect(article).not.toBeNull();
  const text = norm(article?.textContent ?? '');
  const withoutCites = text.replace(/\[[\d,]+\]/g, '');
  expect(`${article?.title ?? ''} ${text}`).toContain(headline);
  expect(text).toContain(dek);
  // The chapters' prose, every paragraph, in order.
  let at = 0;
  for (const p of paragraphs) {
    const i = withoutCites.indexOf(p, at);
    expect(i, `paragraph "${p.slice(0, 60)}…" in order`).toBeGreaterThanOrEqual(at);
    at = i + p.length;
  }
  for (const c of captions) expect(text, 'figure caption').toContain(c);
  // No chart internals: a chart's text would come out as its labels run together ("Nov. 24Nov. 25").
  for (const svg of page.querySelectorAll('.live-figure svg')) {
    const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    for (const [i, label] of labels.slice(1).entries()) expect(text).not.toContain(`${labels[i] ?? ''}${label}`);
  }
  expect(text).not.toMatch(/Nov\. \d+Nov\. \d+/);
  // No credits and no step controls, which every step repeats.
  expect(text).not.toContain('Data:');
  for (const control of ['Data & share', 'Show the data', 'Copy link to this step', 'Embed this chart', 'Copy embed code'])
    expect(text).not.toContain(control);
  // Citation markers are buttons that open a popover of sources; reader views drop buttons and the
  // notes, so sentences read clean ("after 20 hours. Some outlets…", never "hours.19" or a stray
  // "[19] Sources"), and every source stays traceable in the "Sources and method" list.
  const markers = page.querySelectorAll('.prose .cite-mark');
  expect(markers.length).toBeGreaterThan(20);
  expect(text).not.toMatch(/[a-z%”)][.!?]\[?\d/);
  expect(text).not.toMatch(/\[\d+\] Sources/);
  expect(text).toContain('Sources and method');
  for (const li of page.querySelectorAll('ol.sources li')) expect(text, 'source in the list').toContain(norm(li.textContent));
  // The hero's display figure stands apart from its words.
  const heroNumber = norm(page.querySelector('.hero__number')?.textContent ?? '');
  expect(heroNumber).not.toBe('');
  expect(text).toContain(`${heroNumber} `);
  // Figures stand apart from what follows: "Dec. 24, 2014, the…", never "Dec. 24, 2014462".
  const figures = [...page.querySelectorAll('.fig')].map((f) => norm(f.firstChild?.textContent ?? ''));
  expect(figures.length).toBeGreaterThan(20);
  for (const f of figures) {
    const after = text.slice(text.indexOf(f) + f.length);
    expect(text.indexOf(f), `figure ${f}`).toBeGreaterThanOrEqual(0);
    expect(after, `what follows ${f}`).toMatch(/^(\[\d+(,\d+)*\]|[^\d])/);
  }
});
