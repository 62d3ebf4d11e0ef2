/**
 * Reading each translated edition (Spanish /es/, German /de/, Korean /ko/) as its readers do,
 * from the built site: figures and dates in the edition's own formats in the prose and the charts
 * (English alongside, for comparison); no English interface string or word left on the article,
 * its popovers, tips and chart images, or an embed page; axe in both colour schemes; the story
 * and its figures without JavaScript; Readability's reader view in the edition's language; an
 * embed sized by the real pym.js, and the edition's oEmbed document.
 * Each check runs once per edition at the width that matters, so the suite is not run four times.
 */
import AxeBuilder from '@axe-core/playwright';
import { Readability } from '@mozilla/readability';
import { expect, test, type Page } from '@playwright/test';
import { JSDOM } from 'jsdom';
import { LANGUAGE_TAG, TARGET_LOCALES, localePrefix, type Locale } from '../src/i18n/locales.ts';
import { englishIn, englishStrings, fold, shownOn, svgTexts } from './english-left.ts';
import { expectLiveMatchesState, scrollToActivation, steps } from './helpers.ts';
import { expectFitted, note, useHost } from './interop-hosts.ts';

/** What a reader of each edition sees for the same figures (src/i18n/format-*.ts). */
const FORMS: Record<Locale, { count: string; date: string; clock: string; day: string; axis: string }> = {
  // piracy-estimates:tf-20h.count, timeline:hack.date, hour 0 of the release, its day, a piracy-surge tick
  en: { count: '750,000', date: 'Nov. 24, 2014', clock: '1 pm', day: 'Dec. 24', axis: '1M' },
  es: { count: '750.000', date: '24 de noviembre de 2014', clock: '13.00', day: '24 de diciembre', axis: '1 mill.' },
  de: { count: '750.000', date: '24. November 2014', clock: '13 Uhr', day: '24. Dezember', axis: '1 Mio.' },
  ko: { count: '75만', date: '2014년 11월 24일', clock: '오후 1시', day: '12월 24일', axis: '100만' },
};
/** English number and date forms, which no other edition may show. */
const ENGLISH_FORMS = /\b\d{1,3}(,\d{3})+\b|\b(Jan|Nov|Dec)\.|\b\d{1,2} [ap]m\b|\$\d|\b\d+(\.\d+)?M\b/;

const EMBED = '/embed/piracy-surge/versus-sales/';

/** The text of the visible live chart of the section holding `stepId`, once it shows that step. */
async function liveChartText(page: Page, stepId: string): Promise<string[]> {
  const step = (await steps(page)).find((s) => s.id === stepId);
  if (!step) throw new Error(`no step ${stepId}`);
  expect(await scrollToActivation(page, stepId)).toBe(true);
  await expectLiveMatchesState(page, step);
  return page
    .locator(`.scrolly:has(#${stepId}) .live-figure[data-chart="${step.chart}"] svg[data-size]`)
    .filter({ visible: true })
    .locator('text')
    .allTextContents();
}

test.describe('figures and dates in the edition’s formats', () => {
  test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  for (const locale of ['en', ...TARGET_LOCALES] as const) {
    test(`${locale}: the step text and the charts`, async ({ page }) => {
      const want = FORMS[locale];
      await page.goto(`${localePrefix(locale)}/`);
      // The prose: the figure as the sentence shows it (its citation marker follows it).
      const count = page.locator('#piracy-torrentfreak .fig[data-figure="piracy-estimates:tf-20h.count"]');
      await expect(count).toBeVisible();
      expect(await count.evaluate((e) => e.firstChild?.textContent?.trim())).toBe(want.count);
      const date = page.locator('#hack-breach .fig[data-figure="timeline:hack.date"]');
      expect(await date.evaluate((e) => e.firstChild?.textContent?.trim())).toBe(want.date);
      // The charts, as the reader scrolls to them: clock times and days on the release-hours axis,
      // counts on the piracy-surge axis.
      const hours = await liveChartText(page, 'release-first-day');
      expect(hours).toContain(want.clock);
      expect(hours).toContain(want.day);
      const piracy = await liveChartText(page, 'piracy-torrentfreak');
      expect(piracy).toContain(want.axis);
      expect(piracy.join(' | ')).toContain(want.count);
      if (locale !== 'en') {
        for (const t of [...hours, ...piracy]) expect(t, `chart text "${t}" in an English format`).not.toMatch(ENGLISH_FORMS);
      }
    });
  }
});

test.describe('no English left', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  for (const locale of TARGET_LOCALES) {
    test(`${locale}: the article, its popovers, tips and chart images, and an embed page show no English interface string`, async ({
      page,
      request,
    }) => {
      test.slow();
      const prefix = localePrefix(locale);
      await page.goto(`${prefix}/`);
      const shown = await shownOn(page, `${prefix}/`);
      // Each step's chart state as an image (the same layout as the live chart's, every state).
      const states = [...new Set((await steps(page)).map((s) => `${s.chart}/${s.state}`))];
      for (const state of states) {
        for (const size of ['', '.compact']) {
          const url = `${prefix}/images/${state}${size}.svg`;
          shown.push(...svgTexts(await (await request.get(url)).text(), url));
        }
      }
      await page.goto(`${prefix}${EMBED}`);
      shown.push(...(await shownOn(page, `${prefix}${EMBED}`)));
      expect(shown.length).toBeGreaterThan(500);
      const found = englishIn(shown, englishStrings(locale));
      expect(found, `English on the ${locale} edition:\n${found.join('\n')}`).toEqual([]);
    });
  }
});

test.describe('axe in both colour schemes', () => {
  const VIEW = { 375: { width: 375, height: 740 }, 1280: { width: 1280, height: 800 } } as const;
  /** Light and dark at 375 px for every edition; one scheme at 1280 px, alternating. */
  const RUNS = TARGET_LOCALES.flatMap((locale, i) => [
    { locale, width: 375 as const, schemes: ['light', 'dark'] as const },
    { locale, width: 1280 as const, schemes: [i % 2 ? 'dark' : 'light'] as const },
  ]);
  for (const { locale, width, schemes } of RUNS) {
    test(`${locale} at ${width} px, ${schemes.join(' and ')}: no violations`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(VIEW[width]);
      await page.goto(`${localePrefix(locale)}/`);
      for (const colorScheme of schemes) {
        await page.emulateMedia({ colorScheme });
        const results = await new AxeBuilder({ page }).analyze();
        expect(
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          `${locale}, ${width} px, ${colorScheme}`,
        ).toEqual([]);
      }
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
  for (const locale of TARGET_LOCALES) {
    test(`${locale}: every step’s text and its figure image, described in the edition’s language`, async ({ page, request }) => {
      test.setTimeout(120_000);
      // The English descriptions of the same figures, to tell a translated one from a copy.
      const englishPage = new JSDOM(await (await request.get('/')).text()).window.document;
      const englishAlt = (id: string) => englishPage.querySelector(`#figure-${id} img`)?.getAttribute('alt') ?? '';
      const strings = englishStrings(locale);
      await page.goto(`${localePrefix(locale)}/`);
      const all = await steps(page);
      expect(all.length).toBeGreaterThan(10);
      const english: string[] = [];
      for (const step of all) {
        const prose = page.locator(`#${step.id} .prose`);
        await prose.scrollIntoViewIfNeeded();
        await expect(prose).toBeVisible();
        // (Polled: a chapter is laid out as it nears the viewport, and has no rendered text before.)
        await expect.poll(async () => fold(await prose.innerText()).length, { message: step.id }).toBeGreaterThan(40);
        const figure = page.locator(`#figure-${step.id}`);
        const img = figure.locator('img');
        await expect(img).toBeVisible();
        await expect.poll(() => img.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth > 0)).toBe(true);
        expect(await img.evaluate((e: HTMLImageElement) => new URL(e.currentSrc).pathname)).toBe(
          `/${locale}/images/${step.chart}/${step.state}.compact.png`,
        );
        const alt = (await img.getAttribute('alt')) ?? '';
        expect(alt).toBe(fold((await figure.locator('.step-figure__desc').textContent()) ?? ''));
        expect(await img.evaluate((e) => e.closest('[lang]')?.getAttribute('lang')), `${step.id}: language of the alt text`).toBe(
          LANGUAGE_TAG[locale],
        );
        if (alt === englishAlt(step.id)) english.push(`#figure-${step.id} img [alt]: the same as the English`);
        if (locale === 'ko' && !/[\uac00-\ud7a3]/.test(alt)) english.push(`#figure-${step.id} img [alt]: no Hangul`);
        english.push(...englishIn([{ text: alt, where: `#figure-${step.id} img [alt]`, quoted: false }], strings));
      }
      expect(english, `English in the ${locale} figures' alt text:\n${english.join('\n')}`).toEqual([]);
    });
  }
});

/** Occurrences of a language's most common short words, as a rough test of what language a text is in. */
const COMMON: Record<Locale, RegExp> = {
  en: /\b(the|and|of|to|was|were)\b/gi,
  es: /\b(el|la|los|las|y|que|del)\b/gi,
  de: /\b(der|die|das|und|den|nicht)\b/gi,
  ko: /[\uac00-\ud7a3]+/g,
};
const occurrences = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

for (const locale of TARGET_LOCALES) {
  test(`${locale}: Readability’s reader view has the edition’s title, language, text and figure formats`, async ({ request }) => {
    const html = await (await request.get(`${localePrefix(locale)}/`)).text();
    const doc = new JSDOM(html, { url: `http://localhost${localePrefix(locale)}/` }).window.document;
    const headline = fold(doc.querySelector('h1')?.textContent ?? '');
    const paragraphs = [...doc.querySelectorAll('.chapter .prose p')].map((p) => fold(p.textContent.replace(/\[[^\]]*\]/g, '')));
    const figures = [...doc.querySelectorAll('.step .fig')].map((f) => fold(f.firstChild?.textContent ?? ''));
    expect(paragraphs.length).toBeGreaterThan(20);

    const article = new Readability(doc.cloneNode(true) as Document).parse();
    expect(article).not.toBeNull();
    expect(article?.lang).toBe(LANGUAGE_TAG[locale]);
    expect(fold(article?.title ?? '')).toBe(headline);
    const text = fold(article?.textContent ?? '');
    const withoutCites = text.replace(/\[[^\]]*\]/g, '');
    let at = 0;
    for (const p of paragraphs) {
      const i = withoutCites.indexOf(p, at);
      expect(i, `paragraph "${p.slice(0, 60)}…" in order`).toBeGreaterThanOrEqual(at);
      at = i + p.length;
    }
    // The story's text is in the edition's language: its common words outnumber English's many times.
    const prose = paragraphs.join(' ');
    expect(occurrences(prose, COMMON[locale])).toBeGreaterThan(5 * occurrences(prose, COMMON.en));
    // Figures as the edition writes them, standing apart from what follows.
    expect(figures).toContain(FORMS[locale].count);
    expect(figures).toContain(FORMS[locale].date);
    for (const f of figures) {
      expect(f, 'figure in an English format').not.toMatch(ENGLISH_FORMS);
      expect(text, `figure ${f}`).toContain(f);
    }
  });
}

test.describe('an embed of each edition in a pym.js host, and its oEmbed document', () => {
  const host = useHost();
  for (const locale of TARGET_LOCALES) {
    test(`${locale}: pym.js sizes it; the oEmbed document has the edition’s title and embed URL`, async ({ page, request, baseURL }) => {
      const url = `${localePrefix(locale)}${EMBED}`;
      await page.setViewportSize({ width: 375, height: 900 });
      host.body(
        `<div id="chart-pym"></div><script src="/pym.v1.min.js"></script>` +
          `<script>new pym.Parent('chart-pym', '${baseURL!}${url}', { title: 'Chart' });</script>`,
      );
      await page.goto(`${host.origin}/story.html`);
      const iframe = page.locator('#chart-pym iframe');
      note(`pym.js Parent, ${locale}, 375px`, await expectFitted(iframe));
      const frame = iframe.contentFrame();
      await expect(frame.locator('html')).toHaveAttribute('lang', LANGUAGE_TAG[locale]);
      const title = fold((await frame.locator('h1').textContent()) ?? '');

      // The oEmbed document the embed page links.
      const embedPage = new JSDOM(await (await request.get(url)).text()).window.document;
      const href = embedPage.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute('href') ?? '';
      const oembedPath = `${localePrefix(locale)}/oembed/piracy-surge/versus-sales.json`;
      expect(new URL(href).pathname).toBe(oembedPath);
      const doc = (await (await request.get(oembedPath)).json()) as { title: string; html: string; url: string };
      const english = (await (await request.get('/oembed/piracy-surge/versus-sales.json')).json()) as { title: string };
      expect(doc.title).toBe(fold(embedPage.title));
      expect(doc.title.startsWith(title), `oEmbed title "${doc.title}" starts with the chart's title "${title}"`).toBe(true);
      expect(doc.title).not.toBe(english.title);
      expect(new URL(doc.url).pathname).toBe(url);
      const src = /<iframe src="([^"]+)"/.exec(doc.html)?.[1] ?? '';
      expect(new URL(src).pathname).toBe(url);
      expect(new URL(src).searchParams.get('childId')).toBe(`interview-${locale}-piracy-surge-versus-sales`);
      expect(doc.html).toContain(`title="${doc.title}"`);
    });
  }
});
