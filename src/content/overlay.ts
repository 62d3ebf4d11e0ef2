/**
 * An edition's text over the English: every translatable text of the validated English content
 * (article, charts, datasets, story, interface strings) replaced by its translation when that
 * translation is current, and kept in English, and marked, when it is stale or missing. Runs
 * before figures resolve, so placeholders in translations are formatted the edition's way.
 */
import { sourceHash } from '../i18n/hash.ts';
import type { Catalog } from '../i18n/words.ts';
import type { IssueList } from './errors.ts';
import type { InEnglish, PassageStatus } from './model.ts';
import { englishPassages, type Passage } from './passages.ts';
import { checkPlaceholders } from './placeholders.ts';
import type { Entry, TranslatedChapter, Translations } from './translations.ts';
import type { Validated } from './validate.ts';

export type TranslationState = PassageStatus['state'];

export interface Overlaid {
  validated: Validated;
  status: PassageStatus[];
  /** Interface strings of the edition by key (English where no current translation exists). */
  strings: Record<string, string>;
  /** Keys of everything shown in English, with why: the pages set lang="en" and a note on these. */
  english: Record<string, InEnglish>;
  /** Lookup values (trackers' names) by their English value, where translated. */
  names: Record<string, string>;
}

function stateOf(entry: Entry | undefined, hash: string): TranslationState {
  if (!entry) return 'missing';
  if (entry.translates === 'TODO') return 'todo';
  return entry.translates === hash ? 'current' : 'stale';
}

/** Entries by key from the file `p.file` belongs to, or from the translated chapter. */
function entryOf(t: Translations, p: Passage): Entry | undefined {
  const w = p.where;
  if (w.kind === 'file') return t.entries[w.name].get(p.key);
  const ch: TranslatedChapter | undefined = t.chapters.get(w.chapter);
  if (!ch) return undefined;
  const file = ch.file;
  if (w.part === 'heading') return { text: [ch.front.title, ch.front.kicker ?? ''].join('\n'), translates: ch.front.translates.heading, file, line: 2 };
  if (w.part === 'intro') {
    const h = ch.front.translates.intro;
    return h === undefined || ch.intro.trim() === '' ? undefined : { text: ch.intro, translates: h, file, line: ch.introLine };
  }
  const id = w.step;
  const s = ch.steps.find((st) => st.attrs.id === id);
  return s ? { text: s.markdown, translates: s.attrs.translates, file, line: s.bodyLine } : undefined;
}

/** Keys in the translation files that translate nothing in the English: typos, or English since removed. */
function unknownKeys(t: Translations, passages: Passage[], issues: IssueList): void {
  const known = new Set(passages.map((p) => `${p.where.kind === 'file' ? p.where.name : `story/${p.where.chapter}`}|${p.key}`));
  for (const [name, entries] of Object.entries(t.entries)) {
    for (const [key, e] of entries) {
      if (known.has(`${name}|${key}`)) continue;
      const near = passages.filter((p) => p.where.kind === 'file' && p.where.name === name && p.key.split('.')[0] === key.split('.')[0]).map((p) => p.key);
      const hint = near.length ? `; keys like it: ${near.slice(0, 5).join(', ')}` : '';
      issues.add({ file: e.file, line: e.line, field: key, message: `unknown key ${JSON.stringify(key)}: the English has no such text to translate${hint} (npm run i18n:status ${t.locale} lists every key)` });
    }
  }
  for (const [name, ch] of t.chapters) {
    const english = passages.filter((p) => p.where.kind === 'chapter' && p.where.chapter === name);
    if (english.length === 0) {
      issues.add({ file: ch.file, message: `no English chapter content/story/${name}; expected a translation to have the file name of the chapter it translates` });
      continue;
    }
    const englishId = english[0]?.chapterId;
    if (englishId !== undefined && ch.front.id !== englishId) issues.add({ file: ch.file, line: 2, field: 'id', message: `id is ${JSON.stringify(ch.front.id)}; expected ${JSON.stringify(englishId)}, the id of content/story/${name}` });
    for (const s of ch.steps) {
      if (!english.some((p) => p.where.kind === 'chapter' && p.where.part === 'step' && p.where.step === s.attrs.id)) {
        const ids = english.flatMap((p) => (p.where.kind === 'chapter' && p.where.part === 'step' ? [p.where.step] : []));
        issues.add({ file: ch.file, line: s.line, column: s.columns.id, field: 'id', message: `unknown step id ${JSON.stringify(s.attrs.id)}; expected one of the steps of content/story/${name}: ${ids.join(', ')}` });
      }
    }
  }
}

/** The edition `t` over the English `v`, with the English catalog `catalog` of interface strings. */
export function overlay(v: Validated, t: Translations, catalog: Catalog, issues: IssueList): Overlaid {
  const passages = englishPassages(v, catalog, t.locale);
  unknownKeys(t, passages, issues);
  const status: PassageStatus[] = [];
  const chosen = new Map<string, Entry>();
  const english: Record<string, InEnglish> = {};
  for (const p of passages) {
    const hash = sourceHash(p.text);
    const entry = entryOf(t, p);
    const state = stateOf(entry, hash);
    status.push({ key: p.key, state, english: { file: p.englishFile, ...(p.englishLine === undefined ? {} : { line: p.englishLine }), hash, text: p.text }, file: entry?.file ?? p.translationFile, ...(entry ? { line: entry.line } : {}) });
    // A stale translation's placeholders may differ for good reason: the English changed.
    if (entry && state !== 'stale') checkPlaceholders(p, entry, issues);
    if (entry && state === 'current') chosen.set(p.id, entry);
    else english[p.id] = state === 'missing' ? 'missing' : 'stale';
  }
  const names: Record<string, string> = {};
  for (const p of passages) {
    const chosenName = p.lookup ? chosen.get(p.id) : undefined;
    if (chosenName) names[p.text] = chosenName.text;
  }
  const strings: Record<string, string> = {};
  for (const p of passages) if (p.where.kind === 'file' && p.where.name === 'interface') strings[p.key] = chosen.get(p.id)?.text ?? p.text;
  return { validated: applyTexts(v, passages, chosen, english), status, strings, english, names };
}

/** A copy of `v` with each chosen translation in its English's place, and the chapter parts kept in English marked. */
function applyTexts(v: Validated, passages: Passage[], chosen: Map<string, Entry>, english: Record<string, InEnglish>): Validated {
  // One copy, then each passage writes its own place: linear in the number of passages.
  const out = structuredClone(v);
  for (const p of passages) {
    const entry = chosen.get(p.id);
    if (entry) p.apply(out, entry.text, entry);
    const why = english[p.id];
    if (why && p.mark) p.mark(out, why);
  }
  return out;
}
