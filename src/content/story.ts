/**
 * Splits a chapter file into its introduction and scroll steps, and renders the markdown.
 * Figures are written `{{dataset:row.column}}` and resolved by `resolveFigure`, so no number
 * is typed twice; raw HTML is refused so a story file cannot inject markup or script.
 */
import { Lexer, marked, type Token } from 'marked';
import { z } from 'zod';
import { chapterSchema, stepAttributesSchema, type ChapterFrontmatter } from '../schemas/story.ts';
import type { IssueList } from './errors.ts';
import { smartQuotes } from './typography.ts';
import { readYaml } from './yaml.ts';

export const FIGURE = /\{\{\s*([a-z0-9-]+):([a-z0-9-]+)\.([a-z0-9_]+)\s*\}\}/g;
const STEP_OPEN = /^:::\s*step\b(.*)$/;
const FENCE_CLOSE = /^:::\s*$/;

export interface RawStep {
  line: number;
  attrs: z.output<typeof stepAttributesSchema>;
  markdown: string;
  /** Line of the step's first markdown line. */
  bodyLine: number;
}

export interface RawChapter {
  file: string;
  front: ChapterFrontmatter;
  intro: string;
  introLine: number;
  steps: RawStep[];
}

/** Returns the HTML for one figure reference, or an error message saying what was expected. */
export type FigureResolver = (ref: { dataset: string; row: string; column: string }) => { html: string } | { error: string };

export function parseChapter(text: string, file: string, issues: IssueList): RawChapter | undefined {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') {
    issues.add({ file, line: 1, message: 'expected the file to start with front matter between two "---" lines (id, title)' });
    return undefined;
  }
  const end = lines.indexOf('---', 1);
  if (end < 0) {
    issues.add({ file, line: 1, message: 'front matter is not closed: expected a second "---" line' });
    return undefined;
  }
  const front = readYaml(lines.slice(1, end).join('\n'), file, chapterSchema, issues, 1);
  const steps: RawStep[] = [];
  const intro: string[] = [];
  let current: { line: number; attrs: RawStep['attrs'] | undefined; body: string[] } | undefined;
  // Inside a fenced code block (``` or ~~~) a ":::" line is code, not a step marker.
  let fence: string | undefined;
  for (let i = end + 1; i < lines.length; i++) {
    const lineText = lines[i] ?? '';
    const lineNo = i + 1;
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(lineText)?.[1];
    if (fence === undefined && marker) fence = marker;
    else if (fence !== undefined && marker?.startsWith(fence[0] ?? '') && marker.length >= fence.length && lineText.trim() === marker) fence = undefined;
    else if (fence !== undefined) {
      if (current) current.body.push(lineText);
      else if (steps.length === 0) intro.push(lineText);
      continue;
    }
    if (marker) {
      if (current) current.body.push(lineText);
      else if (steps.length === 0) intro.push(lineText);
      continue;
    }
    const open = STEP_OPEN.exec(lineText);
    if (open) {
      if (current) {
        issues.add({ file, line: current.line, message: 'step is not closed: expected a line ":::" before the next step' });
      }
      current = { line: lineNo, attrs: parseAttributes(open[1] ?? '', file, lineNo, issues), body: [] };
      continue;
    }
    if (FENCE_CLOSE.test(lineText)) {
      if (!current) {
        issues.add({ file, line: lineNo, message: 'found ":::" outside a step; expected "::: step id=... chart=... state=..." before it' });
        continue;
      }
      if (current.attrs) steps.push({ line: current.line, attrs: current.attrs, markdown: current.body.join('\n'), bodyLine: current.line + 1 });
      current = undefined;
      continue;
    }
    if (current) current.body.push(lineText);
    else if (steps.length === 0) intro.push(lineText);
    else if (lineText.trim() !== '') {
      issues.add({ file, line: lineNo, message: 'text after a step must be inside a step: expected "::: step ..." before it' });
    }
  }
  if (current) issues.add({ file, line: current.line, message: 'step is not closed: expected a line ":::" after its text' });
  if (!front) return undefined;
  if (front.kind !== 'chapter' && steps.length > 0) {
    issues.add({ file, field: 'kind', message: `an ${front.kind} section has no scroll steps, but this one has ${steps.length}; use kind: chapter for a section with steps` });
  }
  if (front.kind === 'chapter' && steps.length === 0) {
    issues.add({ file, message: 'a chapter needs at least one "::: step" block; found none' });
  }
  return { file, front, intro: intro.join('\n'), introLine: end + 2, steps };
}

function parseAttributes(s: string, file: string, line: number, issues: IssueList): RawStep['attrs'] | undefined {
  const attrs: Record<string, string> = {};
  for (const part of s.trim().split(/\s+/).filter(Boolean)) {
    const m = /^([a-z]+)=(.+)$/.exec(part);
    if (!m?.[1] || m[2] === undefined) {
      issues.add({ file, line, message: `step attribute ${JSON.stringify(part)} is not of the form name=value; expected "::: step id=... chart=... state=..."` });
      return undefined;
    }
    attrs[m[1]] = m[2];
  }
  const r = stepAttributesSchema.safeParse(attrs);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const field = issue.path.map(String).join('.');
    const found = attrs[field] === undefined ? 'nothing' : JSON.stringify(attrs[field]);
    const message = issue.code === 'unrecognized_keys' ? `${issue.message}; a step takes only id, chart and state` : issue.message.includes('missing') ? issue.message : `${issue.message}; found ${found}`;
    issues.add({ file, line, ...(field ? { field } : {}), message });
  }
  return undefined;
}

function walk(tokens: Token[], visit: (t: Token) => void): void {
  for (const t of tokens) {
    visit(t);
    const nested = (t as { tokens?: Token[] }).tokens;
    if (nested) walk(nested, visit);
    const items = (t as { items?: Token[] }).items;
    if (items) walk(items, visit);
  }
}

/**
 * Renders a markdown fragment that starts at `firstLine` of `file`. Raw HTML is an error;
 * figures are resolved through `resolve`.
 */
export function renderMarkdown(md: string, file: string, firstLine: number, resolve: FigureResolver, issues: IssueList): string {
  // Each search starts after the previous find, so text that occurs twice is reported where it is.
  let cursor = 0;
  const lineOf = (needle: string, from = cursor): number => {
    const at = md.indexOf(needle, from);
    const found = at < 0 ? md.indexOf(needle) : at;
    if (found >= 0) cursor = found + needle.length;
    return firstLine + (found < 0 ? 0 : (md.slice(0, found).match(/\n/g)?.length ?? 0));
  };
  const tokens = new Lexer().lex(md);
  const rawHtml: Token[] = [];
  walk(tokens, (t) => {
    if (t.type === 'html') {
      cursor = Math.max(cursor, md.indexOf(t.raw, cursor) < 0 ? cursor : md.indexOf(t.raw, cursor));
      rawHtml.push(t);
      const raw = t.raw.trim().split('\n')[0] ?? '';
      issues.add({
        file,
        line: lineOf(raw),
        message: `raw HTML is not allowed in the story, found ${JSON.stringify(raw.slice(0, 60))}; expected markdown only (charts and figures come from content/charts.yaml and {{dataset:row.column}})`,
      });
    }
  });
  if (rawHtml.length > 0) return '';

  // Figures are replaced by placeholders marked can pass through untouched, then swapped for HTML.
  const figures: string[] = [];
  const lineAt = (offset: number) => firstLine + (md.slice(0, offset).match(/\n/g)?.length ?? 0);
  const withSlots = md.replace(FIGURE, (whole: string, dataset: string, row: string, column: string, offset: number) => {
    const r = resolve({ dataset, row, column });
    if ('error' in r) {
      issues.add({ file, line: lineAt(offset), field: whole, message: r.error });
      return whole;
    }
    figures.push(r.html);
    return `FIGSLOT${figures.length - 1}X`;
  });
  const single = /(?<!\{)\{\s*[a-z0-9-]+:[a-z0-9-]+\.[a-z0-9_]+\s*\}(?!\})/.exec(withSlots);
  if (single) {
    issues.add({ file, line: lineOf(single[0], 0), field: single[0], message: `a figure reference needs double braces: {${single[0]}}` });
  }
  const stray = /\{\{[^}]*\}\}/.exec(withSlots.replace(FIGURE, ''));
  if (stray) {
    issues.add({ file, line: lineOf(stray[0], 0), field: stray[0], message: 'figure reference is not of the form {{dataset:row.column}} (e.g. {{piracy-estimates:tf-20h.count}})' });
  }
  const html = smartQuotes(marked.parse(withSlots, { async: false, gfm: true }));
  return html.replace(/FIGSLOT(\d+)X/g, (_m, i: string) => figures[Number(i)] ?? '');
}
