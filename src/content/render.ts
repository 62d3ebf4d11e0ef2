/**
 * The loader's fourth stage: the story as HTML. Each chapter's introduction and steps are
 * rendered from markdown with their figures (from the resolved data), citation notes numbered
 * through the whole story in reading order, and colour keys checked against what the step's
 * chart state draws. Steps must name a chart and state that charts.yaml declares.
 */
import { keysOf } from '../charts/index.ts';
import { escapeHtml } from '../core/escape.ts';
import { datasetIds, type DatasetId } from '../schemas/datasets.ts';
import type { Words } from '../i18n/words.ts';
import { englishWords } from './catalog.ts';
import { cite } from './cites.ts';
import type { IssueList } from './errors.ts';
import { lookupFigure } from './figures.ts';
import type { Chapter, SomeDatasets, Step } from './model.ts';
import type { Resolved } from './resolve.ts';
import { renderMarkdown } from './story.ts';
import type { Validated } from './validate.ts';

/** A figure in the story; its sources are cited once per sentence, by renderMarkdown. */
function figureHtml(text: string, ref: string): string {
  return `<span class="fig" data-figure="${ref}">${escapeHtml(text)}</span>`;
}

export function renderStory(v: Validated, r: Resolved, issues: IssueList, words: Words = englishWords): Chapter[] {
  const resolveFigure = (ref: { dataset: string; row: string; column: string }) => {
    const found = lookupFigure(r.figureData, ref);
    if ('skip' in found) return { html: '', sources: [] };
    if ('error' in found) return found;
    return { html: figureHtml(found.text, `${ref.dataset}:${ref.row}.${ref.column}`), sources: found.sources };
  };
  // Keys that depend on rows (release-hours) are read from datasets without mistakes only.
  const usable: SomeDatasets = {};
  // K ties the id to its dataset's type (a correlated union), though the signature names it once.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  const add = <K extends DatasetId>(id: K): void => {
    const ds = r.datasets[id];
    if (ds && !v.withErrors.has(id)) usable[id] = ds;
  };
  datasetIds.forEach(add);
  // Citation notes are numbered through the whole story, in reading order.
  let notes = 0;
  const citeNext = (ids: readonly string[]) => {
    notes += 1;
    return cite(ids, v.sources, `cite-${notes}`, String(notes), words);
  };
  const chapters: Chapter[] = [];
  const stepIds = new Map<string, string>();
  for (const { file, raw } of v.chapters) {
    // The introduction first, so notes are numbered in reading order; it has no chart to key.
    const introHtml = renderMarkdown(raw.intro, raw.introFile ?? file, raw.introLine, { resolve: resolveFigure, keys: { keys: undefined, chart: 'the introduction' }, cite: citeNext }, issues);
    const steps: Step[] = [];
    for (const s of raw.steps) {
      const prev = stepIds.get(s.attrs.id);
      if (prev) issues.add({ file, line: s.line, column: s.columns.id, field: 'id', message: `duplicate step id ${JSON.stringify(s.attrs.id)}, already used in ${prev}; expected each step id once in the story` });
      stepIds.set(s.attrs.id, `${file}:${s.line}`);
      // Charts and states named in charts.yaml count as known even when their entry has a mistake:
      // that mistake is reported once, in charts.yaml, not again for every step that uses it.
      const declared = v.declared;
      if (!declared) continue;
      const chart = r.charts.find((c) => c.id === s.attrs.chart);
      const states = declared.get(s.attrs.chart);
      if (!chart) {
        if (!states) issues.add({ file, line: s.line, column: s.columns.chart, field: 'chart', message: `unknown chart ${JSON.stringify(s.attrs.chart)}; expected one of ${[...declared.keys()].join(', ')}` });
        continue;
      }
      const state = chart.states.find((st) => st.id === s.attrs.state);
      if (!state) {
        if (!states?.has(s.attrs.state)) {
          issues.add({ file, line: s.line, column: s.columns.state, field: 'state', message: `unknown state ${JSON.stringify(s.attrs.state)} of chart ${chart.id}; expected one of ${[...(states ?? [])].join(', ')} (states are declared in content/charts.yaml)` });
        }
        continue;
      }
      r.typed.push({ text: s.markdown, place: { file: s.file ?? file, line: s.bodyLine } });
      const keys = { keys: keysOf(chart.id, state.params, usable, words), chart: `chart ${chart.id} in state ${s.attrs.state}` };
      const html = renderMarkdown(s.markdown, s.file ?? file, s.bodyLine, { resolve: resolveFigure, keys, cite: citeNext }, issues);
      steps.push({ id: s.attrs.id, chart: chart.id, state: s.attrs.state, html, ...(s.english ? { english: s.english } : {}) });
    }
    if (chapters.some((c) => c.id === raw.front.id)) issues.add({ file, field: 'id', message: `duplicate chapter id ${JSON.stringify(raw.front.id)}; expected each chapter id once` });
    r.typed.push({ text: raw.intro, place: { file: raw.introFile ?? file, line: raw.introLine } });
    chapters.push({ ...raw.front, file, introHtml, steps, ...(raw.english ? { english: raw.english } : {}) });
  }
  return chapters;
}
