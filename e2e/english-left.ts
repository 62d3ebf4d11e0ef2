/**
 * Finding English a reader of a translated edition would notice: the English interface strings
 * (src/content/catalog.ts `englishCatalog`) that the edition does not have in its own words,
 * and a few English words no Spanish, German or Korean sentence contains. What a page shows is
 * collected in the browser (`shownOn`), including the popovers a reader can open and the hover
 * tips, then matched here (`englishIn`).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { englishCatalog } from '../src/content/catalog.ts';
import type { TargetLocale } from '../src/i18n/locales.ts';

export const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The edition's interface translations (content/translations/<locale>/interface.yaml): key → text. */
export function interfaceTexts(locale: TargetLocale): Record<string, string> {
  const doc = (parse(readFileSync(`content/translations/${locale}/interface.yaml`, 'utf8')) ?? {}) as Record<
    string,
    { text?: unknown } | null
  >;
  return Object.fromEntries(Object.entries(doc).flatMap(([k, v]) => (typeof v?.text === 'string' ? [[k, v.text]] : [])));
}

export interface EnglishStrings {
  /** Whole English strings (no variables, 4 characters or more) the edition writes differently or not at all. */
  whole: Map<string, string>;
  /**
   * The literal runs of English templates with variables ("A timeline runs from ", " and marks "),
   * two words or more and 8 letters or more, which the edition's own template does not contain:
   * an English template filled with the edition's figures still reads as English.
   */
  fragments: Map<string, string>;
}

/** Words a reader of es/de/ko notices as English (case-sensitive: German writes "Million"). */
export const ENGLISH_WORDS = /\b(Sources?|Chapter|[Hh]ours?|million|Updated|through|Rent|Buy|Figure|Added later|On sale)\b/;

export function englishStrings(locale: TargetLocale): EnglishStrings {
  const own = interfaceTexts(locale);
  const whole = new Map<string, string>();
  const fragments = new Map<string, string>();
  for (const [key, english] of Object.entries(englishCatalog)) {
    const translated = own[key];
    if (translated !== undefined && fold(translated) === fold(english)) continue;
    if (!english.includes('{')) {
      if (fold(english).length >= 4) whole.set(fold(english), key);
      continue;
    }
    for (const run of english.split(/\{[a-zA-Z0-9_]+\}/).map(fold)) {
      const words = run.split(' ').filter((w) => /\p{L}/u.test(w));
      if (words.length < 2 || run.replace(/[^\p{L}]/gu, '').length < 8) continue;
      if (translated !== undefined && fold(translated).includes(run)) continue;
      fragments.set(run, key);
    }
  }
  return { whole, fragments };
}

export interface Shown {
  text: string;
  /** Where: the page, then a short selector path (and the attribute, for attributes). */
  where: string;
  /** Quoted English: a source's outlet and title, which stay as published. */
  quoted: boolean;
}

/**
 * What `page` shows a reader: every visible text node and element text, every `alt`, `title` and
 * `aria-label`, the document title, the text of every popover once opened (citation notes, the
 * steps' tools with their data tables and embed codes) and the hover tips' lines.
 */
export async function shownOn(page: Page, label: string): Promise<Shown[]> {
  const shown = await page.evaluate(async () => {
    // Quoted, so English in every edition: a source's outlet and title as published. (Also the
    // sources' notes: content/sources.yaml has no translations in the design, /work/plan/i18n.md.)
    const QUOTED = '.sources__outlet, ol.sources li > :nth-child(2), .sources__note, .cite-note__item > :first-child';
    const out: { text: string; where: string; quoted: boolean }[] = [];
    const path = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
        parts.unshift(e.id ? `#${e.id}` : `${e.tagName.toLowerCase()}${e.classList[0] ? `.${e.classList[0]}` : ''}`);
        if (e.id) break;
      }
      return parts.join(' > ');
    };
    // Chapters are laid out only near the viewport (content-visibility: auto), and have no
    // rendered text before: lay them all out, to read them as a reader scrolling through would.
    for (const c of document.querySelectorAll<HTMLElement>('.chapter')) c.style.contentVisibility = 'visible';
    const skip = (el: Element) => el.closest('script, style, template, noscript') !== null;
    const collect = (root: Element, force: boolean) => {
      const seen = (el: Element) => force || el.checkVisibility({ visibilityProperty: true });
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el: Element | null = n.parentElement;
        if (!el || skip(el) || !seen(el)) continue;
        const quoted = el.closest(QUOTED) !== null;
        out.push({ text: n.textContent ?? '', where: path(el), quoted });
        // A short element's whole text as shown, for strings split over inline elements.
        const whole = el instanceof HTMLElement ? el.innerText : el.textContent;
        if (el.childNodes.length > 1 && whole.length <= 160 && !el.querySelector(QUOTED))
          out.push({ text: whole, where: path(el), quoted });
      }
      for (const el of root.querySelectorAll('[alt], [title], [aria-label]')) {
        if (skip(el)) continue;
        for (const attr of ['alt', 'title', 'aria-label']) {
          const v = el.getAttribute(attr);
          if (v) out.push({ text: v, where: `${path(el)} [${attr}]`, quoted: false });
        }
      }
    };
    collect(document.body, false);
    out.push({ text: document.title, where: '<title>', quoted: false });
    // Each popover as a reader opens it: its deferred markup is built as it opens (src/scrolly/deferred.ts).
    for (const popover of document.querySelectorAll<HTMLElement>('[popover]')) {
      const opened = new Promise((done) => {
        popover.addEventListener('toggle', done, { once: true });
      });
      popover.showPopover();
      await opened;
      // Contents a reader opens further (a data table behind "Show the data") count as shown.
      collect(popover, true);
      popover.hidePopover();
    }
    const tips = document.getElementById('tips');
    if (tips) {
      const lines = JSON.parse(tips.textContent) as Record<string, string[]>;
      for (const [datum, texts] of Object.entries(lines))
        for (const text of texts) out.push({ text, where: `tip ${datum}`, quoted: false });
    }
    return out;
  });
  return shown.map((s) => ({ ...s, where: `${label} ${s.where}` }));
}

/** The text of an SVG (a chart image), one entry per <text>. */
export function svgTexts(svg: string, label: string): Shown[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => ({
    text: (m[1] ?? '')
      .replace(/<[^>]+>/g, '')
      .replaceAll('&amp;', '&')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>'),
    where: label,
    quoted: false,
  }));
}

/**
 * Every English string or word among `shown`, one line each: what was found (and its catalog key),
 * how many times, and where (the first few places).
 */
export function englishIn(shown: readonly Shown[], strings: EnglishStrings): string[] {
  const found = new Map<string, Set<string>>();
  const add = (what: string, where: string) => found.set(what, (found.get(what) ?? new Set()).add(where));
  for (const { text, where, quoted } of shown) {
    const t = fold(text);
    if (!t || quoted) continue;
    const key = strings.whole.get(t);
    const context = `${where} ("${t.slice(0, 60)}${t.length > 60 ? '…' : ''}")`;
    if (key) add(`"${t}" (${key})`, where);
    for (const [run, k] of strings.fragments) if (t.includes(run)) add(`"${run}" (from ${k})`, context);
    // Not in words quoted from an English original („about an hour“, or in Korean a gloss in
    // parentheses: “약 1시간”(about an hour)) or in code (URLs, the embed snippet).
    const gloss = /[\uac00-\ud7a3]/.test(t) ? /\([^()\uac00-\ud7a3]*\)/g : /$^/g;
    const words = t
      .replace(/[„“”"«‘][^„“”"«»‘’]*[“”"»’]/g, ' ')
      .replace(gloss, ' ')
      .replace(/\S*[/=]\S*/g, ' ');
    const word = ENGLISH_WORDS.exec(words)?.[0];
    if (word && !key) add(`the word "${word}"`, context);
  }
  return [...found].map(([what, wheres]) => {
    const all = [...wheres];
    return `${what}: ${all.length}x, at ${all.slice(0, 3).join('; ')}${all.length > 3 ? '; …' : ''}`;
  });
}
