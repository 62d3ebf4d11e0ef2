/**
 * Renders a markdown fragment of the story. The remark tree finds raw HTML (refused, so a story
 * file cannot inject markup or script) and code (where figures stay as written); figures are
 * written `{{dataset:row.column}}` and resolved by `resolve`, so no number is typed twice.
 * The HTML itself is made by marked, whose output the published page was built with.
 */
import { marked } from 'marked';
import type { IssueList } from './errors.ts';
import { parsePlain, positionAt, span, walk } from './markdown-tree.ts';
import { smartQuotes } from './typography.ts';

export const FIGURE = /\{\{\s*([a-z0-9-]+):([a-z0-9-]+)\.([a-z0-9_]+)\s*\}\}/g;
const SINGLE = /(?<!\{)\{\s*[a-z0-9-]+:[a-z0-9-]+\.[a-z0-9_]+\s*\}(?!\})/g;
const STRAY = /\{\{[^}]*\}\}/g;

/** Returns the HTML for one figure reference, or an error message saying what was expected. */
export type FigureResolver = (ref: { dataset: string; row: string; column: string }) => { html: string } | { error: string };

/**
 * Renders a markdown fragment that starts at `firstLine` of `file`. Raw HTML is an error;
 * figures are resolved through `resolve`.
 */
export function renderMarkdown(md: string, file: string, firstLine: number, resolve: FigureResolver, issues: IssueList): string {
  const where = (offset: number) => {
    const p = positionAt(md, offset);
    return { line: firstLine + p.line - 1, column: p.column };
  };
  const code: [number, number][] = [];
  const rawHtml: number[] = [];
  walk(parsePlain(md), (n) => {
    if (n.type === 'code' || n.type === 'inlineCode') code.push(span(n));
    if (n.type !== 'html') return;
    rawHtml.push(span(n)[0]);
    const raw = n.value.trim().split('\n')[0] ?? '';
    issues.add({
      file,
      ...where(span(n)[0]),
      message: `raw HTML is not allowed in the story, found ${JSON.stringify(raw.slice(0, 60))}; expected markdown only (charts and figures come from content/charts.yaml and {{dataset:row.column}})`,
    });
  });
  if (rawHtml.length > 0) return '';
  const inCode = (offset: number) => code.some(([a, b]) => offset >= a && offset < b);

  // Figures are replaced by placeholders marked passes through untouched, then swapped for HTML.
  const figures: string[] = [];
  const withSlots = md.replace(FIGURE, (whole: string, dataset: string, row: string, column: string, offset: number) => {
    if (inCode(offset)) return whole;
    const r = resolve({ dataset, row, column });
    if ('error' in r) {
      issues.add({ file, ...where(offset), field: whole, message: r.error });
      return whole;
    }
    figures.push(r.html);
    return `FIGSLOT${figures.length - 1}X`;
  });
  // Blanking good figures (same length) keeps every offset pointing into `md`.
  const others = md.replace(FIGURE, (whole) => ' '.repeat(whole.length));
  for (const m of others.matchAll(SINGLE)) {
    if (!inCode(m.index)) issues.add({ file, ...where(m.index), field: m[0], message: `a figure reference needs double braces: {${m[0]}}` });
  }
  for (const m of others.matchAll(STRAY)) {
    if (!inCode(m.index)) issues.add({ file, ...where(m.index), field: m[0], message: 'figure reference is not of the form {{dataset:row.column}} (e.g. {{piracy-estimates:tf-20h.count}})' });
  }
  const html = smartQuotes(marked.parse(withSlots, { async: false, gfm: true }));
  return html.replace(/FIGSLOT(\d+)X/g, (_m, i: string) => figures[Number(i)] ?? '');
}
