/**
 * Renders a markdown fragment of the story. The remark tree finds raw HTML (refused, so a story
 * file cannot inject markup or script) and code (where figures stay as written); figures are
 * written `{{dataset:row.column}}` and resolved by `resolve`, so no number is typed twice; colour
 * keys are read in story-keys.ts and citation markers made in cites.ts.
 * The HTML itself is made by marked, whose output the published page was built with.
 */
import { marked } from 'marked';
import type { IssueList } from './errors.ts';
import { parsePlain, positionAt, span, walk } from './markdown-tree.ts';
import { smartQuotes } from '../core/typography.ts';
import { sentenceEnds, type Cite } from './cites.ts';
import { readKeys, type KeyContext } from './story-keys.ts';

export const FIGURE = /\{\{\s*([a-z0-9-]+):([a-z0-9-]+)\.([a-z0-9_]+)\s*\}\}/g;
const SINGLE = /(?<!\{)\{\s*[a-z0-9-]+:[a-z0-9-]+\.[a-z0-9_]+\s*\}(?!\})/g;
const STRAY = /\{\{[^}]*\}\}/g;

/** Returns the HTML for one figure reference and the ids of its row's sources, or an error message saying what was expected. */
export type FigureResolver = (ref: { dataset: string; row: string; column: string }) => { html: string; sources: readonly string[] } | { error: string };

/** What a fragment is rendered with: its figures, the keys its chart draws, and its citations. */
export interface RenderContext {
  resolve: FigureResolver;
  keys: KeyContext;
  /** The marker and note citing these source ids (one per sentence with figures). */
  cite: (sourceIds: readonly string[]) => Cite;
}

/**
 * Renders a markdown fragment that starts at `firstLine` of `file`. Raw HTML is an error;
 * figures are resolved through `ctx.resolve`, keyed words checked against `ctx.keys`, and each
 * sentence with figures ends in one citation marker; the notes follow the fragment.
 */
export function renderMarkdown(md: string, file: string, firstLine: number, ctx: RenderContext, issues: IssueList): string {
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

  // Keys and figures become slots marked passes through untouched, then are swapped for HTML.
  const keys = readKeys(md, ctx.keys, (offset, field, message) => { issues.add({ file, ...where(offset), field, message }); });
  const edits = [...keys.edits];
  const figures: { html: string; sources: readonly string[] }[] = [];
  for (const m of md.matchAll(FIGURE)) {
    const [whole, dataset = '', row = '', column = ''] = m;
    if (inCode(m.index)) continue;
    const r = ctx.resolve({ dataset, row, column });
    if ('error' in r) {
      issues.add({ file, ...where(m.index), field: whole, message: r.error });
      continue;
    }
    figures.push(r);
    edits.push({ start: m.index, end: m.index + whole.length, text: `FIGSLOT${figures.length - 1}X` });
  }
  let withSlots = md;
  for (const e of edits.sort((a, b) => b.start - a.start)) withSlots = withSlots.slice(0, e.start) + e.text + withSlots.slice(e.end);
  // Blanking good figures (same length) keeps every offset pointing into `md`.
  const others = md.replace(FIGURE, (whole) => ' '.repeat(whole.length));
  for (const m of others.matchAll(SINGLE)) {
    if (!inCode(m.index)) issues.add({ file, ...where(m.index), field: m[0], message: `a figure reference needs double braces: {${m[0]}}` });
  }
  for (const m of others.matchAll(STRAY)) {
    if (!inCode(m.index)) issues.add({ file, ...where(m.index), field: m[0], message: 'figure reference is not of the form {{dataset:row.column}} (e.g. {{piracy-estimates:tf-20h.count}})' });
  }
  const { text, cites } = citeSentences(withSlots, figures, ctx.cite);
  const html = smartQuotes(marked.parse(text, { async: false, gfm: true }))
    // The swatch sits on the first word (key__lead, kept on one line with it), so a line never
    // ends with a swatch whose words start the next one; the rest of the words wrap as usual.
    .replace(/KEYOPEN(\d+)X([^\s<]*)/g, (_m, i: string, lead: string) => `${keys.opens[Number(i)] ?? ''}<span class="key__lead">${lead}</span>`)
    .replace(/LANGENX/g, '<span lang="en">')
    .replace(/FIGSLOT(\d+)X/g, (_m, i: string) => figures[Number(i)]?.html ?? '')
    .replace(/KEYCLOSEX/g, '</span>')
    .replace(/CITESLOT(\d+)X/g, (_m, i: string) => cites[Number(i)]?.marker ?? '');
  // The notes follow the fragment. Reader views drop the markers (buttons) and, by the "popup" in
  // this class name, the notes too, so they show no orphaned notes; their sources list stays.
  return cites.length === 0 ? html : `${html}<div class="cite-popups">${cites.map((c) => c.note).join('')}</div>\n`;
}

/** Puts one citation slot at the end of each sentence that has figures, citing all their sources. */
function citeSentences(text: string, figures: readonly { sources: readonly string[] }[], cite: RenderContext['cite']): { text: string; cites: Cite[] } {
  const cites: Cite[] = [];
  let out = '';
  let from = 0;
  for (const end of sentenceEnds(text)) {
    const sentence = text.slice(from, end);
    const ids = [...sentence.matchAll(/FIGSLOT(\d+)X/g)].flatMap((m) => figures[Number(m[1])]?.sources ?? []);
    out += sentence;
    if (ids.length > 0) {
      cites.push(cite(ids));
      out += `CITESLOT${cites.length - 1}X`;
    }
    from = end;
  }
  return { text: out + text.slice(from), cites };
}
