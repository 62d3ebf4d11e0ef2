/**
 * Citation markers: one per sentence that quotes figures, instead of a cluster of superscripts
 * after every figure ("750,000²,⁵,⁸,⁷,¹"). The marker is a <button popovertarget> that opens its
 * note, a popover listing the sources (outlet, title, link), with no JavaScript (popover is
 * Baseline 2024: Chromium 114, Safari 17, Firefox 125). The fallbacks:
 * - without popover support the note is an ordinary element: cites.css shows the notes as a
 *   "Sources" list under the step and hides the buttons, which could not open them;
 * - reader views drop buttons, and the notes' container (class cite-popups: Readability drops
 *   "popup" blocks), so they show clean sentences and the "Sources and method" list at the end;
 * - on paper each marker prints the sources' numbers in the "Sources and method" list.
 * The notes are phrasing content only (spans), so a note may also sit inside a paragraph.
 */
import { escapeHtml } from '../core/escape.ts';
import type { Source } from '../schemas/sources.ts';
import { smartQuotes } from '../core/typography.ts';
import { formatterFor } from '../i18n/formatters.ts';
import { LANGUAGE_TAG } from '../i18n/locales.ts';
import { ui } from '../i18n/ui-en.ts';
import { makeWords, type Words } from '../i18n/words.ts';

/** The words a citation is written in when the caller gives none: English. */
const ENGLISH: Pick<Words, 't' | 'locale'> = makeWords('en', LANGUAGE_TAG.en, formatterFor('en'), ui);

export interface Cite {
  /** The button, placed at the end of the sentence. */
  marker: string;
  /** The popover with the sources, placed anywhere in the document (its id is unique). */
  note: string;
}

/**
 * The marker and note citing `ids` (source ids, repeats allowed). `label` is the marker's visible
 * text (the note's number); `id` the note's element id.
 */
export function cite(ids: readonly string[], sources: readonly Source[], id: string, label: string, words: Pick<Words, 't' | 'locale'> = ENGLISH): Cite {
  const cited = sources.map((s, i) => ({ s, n: i + 1 })).filter(({ s }) => ids.includes(s.id));
  const outlets = [...new Set(cited.map(({ s }) => s.outlet))].join(', ');
  const numbers = cited.map(({ n }) => n).join(', ');
  const items = cited
    .map(({ s, n }) => {
      // The title as published (English), marked so for screen readers in every edition.
      const quoted = `\u201c${escapeHtml(smartQuotes(s.title))}\u201d`;
      const title = `${escapeHtml(s.outlet)}: ${words.locale === 'en' ? quoted : `<span lang="en">${quoted}</span>`}`;
      const main = s.url ? `<a href="${escapeHtml(s.url)}">${title}</a>` : `<span>${title}</span>`;
      return `<span class="cite-note__item" role="listitem">${main} <a class="cite-note__ref" href="#source-${s.id}">${escapeHtml(words.t('cite.in-list', { n: String(n) }))}</a></span>`;
    })
    .join('');
  const head = `${id}-head`;
  // A numbered note ("[3]") in the story; a named one ("[Sources]") elsewhere.
  const numbered = /^\d+$/.test(label);
  const marker =
    `<button type="button" class="cite-mark" popovertarget="${id}" data-sources="${numbers}" aria-label="${escapeHtml(numbered ? words.t('cite.note', { n: label }) : words.t('cite.sources'))}: ${escapeHtml(outlets)}">` +
    `<span class="cite-mark__b">[</span>${escapeHtml(label)}<span class="cite-mark__b">]</span></button>`;
  // The note's contents are deferred (src/scrolly/deferred.ts): markup for readers without
  // JavaScript, text for the others until the note opens. The page has some thirty notes, which
  // were a sixth of its elements at load.
  const note =
    `<span class="cite-note" id="${id}" popover role="group" aria-labelledby="${head}"><noscript data-deferred>` +
    `<span class="cite-note__head" id="${head}">${escapeHtml(numbered ? words.t('cite.note-head', { n: label }) : words.t('cite.sources'))}</span>` +
    `<span class="cite-note__list" role="list">${items}</span>` +
    `<button type="button" class="cite-note__close" popovertarget="${id}" popovertargetaction="hide">${escapeHtml(words.t('cite.close'))}</button></noscript></span>`;
  return { marker, note };
}

/**
 * The citation of a figure outside the story (the hero's display figure): one marker that opens
 * the list of its row's sources, with that list right after it.
 */
export function citesHtml(rowSources: string[], sources: Source[], words: Pick<Words, 't' | 'locale'> = ENGLISH): string {
  const c = cite(rowSources, sources, 'cite-hero', words.t('cite.sources'), words);
  return `${c.marker}<span class="cite-popups">${c.note}</span>`;
}

/** Words ending in "." that do not end a sentence ("1 p.m. ET", "the U.S. card", "Dec. 24"). */
const ABBREVIATION = /(?:\b(?:[A-Za-z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|No|vs|Inc|Co|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)$/;
/** A sentence's end: its stop, any closing quotes or brackets, then a capital, a new block or the end. */
const STOP = /[.!?]["'\u201d\u2019)\]*_]*(?=\s+["'\u201c\u2018(*_]*[A-Z0-9]|\s*\n\s*\n|\s*$)/g;
const BLOCK = /\n\s*\n/g;

/** Offsets just after the end of each sentence of `text` (markdown), in order; the last is text.length. */
export function sentenceEnds(text: string): number[] {
  const ends = new Set<number>();
  for (const m of text.matchAll(STOP)) {
    if (!ABBREVIATION.test(text.slice(Math.max(0, m.index - 12), m.index + 1))) ends.add(m.index + m[0].length);
  }
  // A paragraph (or list item) ends its last sentence even without a full stop.
  for (const m of text.matchAll(BLOCK)) ends.add(text.slice(0, m.index).trimEnd().length);
  ends.add(text.trimEnd().length);
  return [...ends].sort((a, b) => a - b);
}
