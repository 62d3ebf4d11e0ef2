/**
 * Splits a chapter file into its introduction and scroll steps. Structure comes from the remark
 * parser (remark-directive for steps), so every message names its line and column and ":::"
 * inside a code block stays code. Rendering is in story-render.ts.
 */
import type { Nodes, RootContent } from 'mdast';
import { z } from 'zod';
import { chapterSchema, stepAttributesSchema, type ChapterFrontmatter } from '../schemas/story.ts';
import type { IssueList } from './errors.ts';
import { parseDirectives, toDirectiveSource, walk } from './markdown-tree.ts';
import { readYaml } from './yaml.ts';

export { renderMarkdown, FIGURE, type FigureResolver } from './story-render.ts';

/** remark-directive's container node (its type lives in mdast-util-directive, not a direct dependency). */
type ContainerDirective = Extract<Nodes, { type: 'containerDirective' }>;
type StepAttributes = z.output<typeof stepAttributesSchema>;

export interface RawStep<A = StepAttributes> {
  line: number;
  attrs: A;
  /** Column of each attribute on the step's line, for messages about it. */
  columns: Record<keyof A & string, number>;
  markdown: string;
  /** Line of the step's first markdown line. */
  bodyLine: number;
  /** The file the markdown is from, when not the chapter's (a translation's step). */
  file?: string;
  /** Shown in English in a translated edition: its translation is stale or missing. */
  english?: 'stale' | 'missing';
}

export interface RawChapter<F = ChapterFrontmatter, A = StepAttributes> {
  file: string;
  front: F;
  intro: string;
  introLine: number;
  /** The file the introduction is from, when not the chapter's (a translation's). */
  introFile?: string;
  /** Parts shown in English in a translated edition. */
  english?: { heading?: 'stale' | 'missing'; intro?: 'stale' | 'missing' };
  steps: RawStep<A>[];
}

/** What a chapter file's front matter and step lines are read with: the story's, or a translation's. */
export interface ChapterGrammar<F, A> {
  front: z.ZodType<F>;
  step: z.ZodType<A>;
  /** How a step line reads, for messages: "::: step id=... chart=... state=...". */
  stepForm: string;
  /** The step line's fields in words: "id, chart and state". */
  fields: string;
}

const STORY: ChapterGrammar<ChapterFrontmatter, StepAttributes> = {
  front: chapterSchema,
  step: stepAttributesSchema,
  stepForm: '::: step id=... chart=... state=...',
  fields: 'id, chart and state',
};

const CLOSE = /^\s{0,3}:::\s*$/;
const isStep = (n: Nodes): n is ContainerDirective => n.type === 'containerDirective' && n.name === 'step';

export function parseChapter(text: string, file: string, issues: IssueList): RawChapter | undefined {
  const raw = parseChapterWith(text, file, issues, STORY);
  if (!raw) return undefined;
  const { front, steps } = raw;
  if (front.kind !== 'chapter' && steps.length > 0) {
    issues.add({ file, field: 'kind', message: `an ${front.kind} section has no scroll steps, but this one has ${steps.length}; use kind: chapter for a section with steps` });
  }
  if (front.kind === 'chapter' && steps.length === 0) {
    issues.add({ file, message: 'a chapter needs at least one "::: step" block; found none' });
  }
  return raw;
}

/** Splits `text` into front matter, introduction and steps, read with `grammar`. */
export function parseChapterWith<F, A>(text: string, file: string, issues: IssueList, grammar: ChapterGrammar<F, A>): RawChapter<F, A> | undefined {
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
  const front: F | undefined = readYaml(lines.slice(1, end).join('\n'), file, grammar.front, issues, 1);
  // The body is parsed on its own; `shift` turns its line numbers into the file's.
  const bodyLines = lines.slice(end + 1);
  const shift = end + 1;
  const source = toDirectiveSource(bodyLines.join('\n'));
  const parsedLines = source.text.split('\n');
  const tree = parseDirectives(source.text);
  const at = (n: Nodes) => ({ line: (n.position?.start.line ?? 1) + shift, column: n.position?.start.column ?? 1 });

  const steps: RawStep<A>[] = [];
  const readStep = (node: ContainerDirective): void => {
    const start = node.position?.start.line ?? 1;
    const last = node.position?.end.line ?? start;
    const nested = node.children.filter(isStep);
    const closed = last > start && CLOSE.test(parsedLines[last - 1] ?? '');
    if (nested.length > 0) issues.add({ file, ...at(node), message: 'step is not closed: expected a line ":::" before the next step' });
    else if (!closed) issues.add({ file, ...at(node), message: 'step is not closed: expected a line ":::" after its text' });
    const opener = source.openers.get(start);
    const attrs = opener ? parseAttributes(opener.attrs, opener.column, file, start + shift, issues, grammar) : undefined;
    if (nested.length === 0 && closed && attrs) {
      steps.push({ line: start + shift, ...attrs, markdown: bodyLines.slice(start, last - 1).join('\n'), bodyLine: start + shift + 1 });
    }
    nested.forEach(readStep);
  };

  const firstStep = tree.children.find(isStep);
  for (const node of tree.children) {
    walk(node, (n) => {
      if (n.type === 'containerDirective' && n.name !== 'step') {
        issues.add({ file, ...at(n), message: `":::${n.name}" is not a step; the story has only steps, written "::: step id=... chart=... state=..."` });
      }
    });
    if (node.type === 'containerDirective') {
      if (node.name === 'step') readStep(node);
    } else outsideSteps(node, firstStep !== undefined && (node.position?.start.line ?? 0) > (firstStep.position?.start.line ?? 0));
  }

  // After the first step, everything must be in a step; a lone ":::" is a closing line too many.
  function outsideSteps(node: RootContent, afterFirstStep: boolean): void {
    const from = node.position?.start.line ?? 1;
    const to = node.position?.end.line ?? from;
    let text = false;
    for (let l = from; l <= to; l++) {
      if (CLOSE.test(parsedLines[l - 1] ?? '')) {
        issues.add({ file, line: l + shift, column: (parsedLines[l - 1]?.indexOf(':') ?? 0) + 1, message: 'found ":::" outside a step; expected "::: step id=... chart=... state=..." before it' });
      } else text = true;
    }
    if (text && afterFirstStep) issues.add({ file, ...at(node), message: 'text after a step must be inside a step: expected "::: step ..." before it' });
  }

  if (front === undefined) return undefined;
  const introEnd = firstStep?.position ? firstStep.position.start.line - 1 : bodyLines.length;
  return { file, front, intro: bodyLines.slice(0, introEnd).join('\n'), introLine: end + 2, steps };
}

/** Reads `id=a chart=b state=c`; `column` is where `s` starts on its line. */
function parseAttributes<A>(s: string, column: number, file: string, line: number, issues: IssueList, grammar: ChapterGrammar<unknown, A>): Pick<RawStep<A>, 'attrs' | 'columns'> | undefined {
  const attrs: Record<string, string> = {};
  const columns: Record<string, number> = {};
  for (const part of s.matchAll(/\S+/g)) {
    const m = /^([a-z]+)=(.+)$/.exec(part[0]);
    const col = column + part.index;
    if (!m?.[1] || m[2] === undefined) {
      issues.add({ file, line, column: col, message: `step attribute ${JSON.stringify(part[0])} is not of the form name=value; expected "${grammar.stepForm}"` });
      return undefined;
    }
    attrs[m[1]] = m[2];
    columns[m[1]] = col;
  }
  const r = grammar.step.safeParse(attrs);
  // The schema requires id, chart and state, each read above with its column.
  if (r.success) return { attrs: r.data, columns };
  for (const issue of r.error.issues) {
    const field = issue.path.map(String).join('.');
    const found = attrs[field] === undefined ? 'nothing' : JSON.stringify(attrs[field]);
    const message = issue.code === 'unrecognized_keys' ? `${issue.message}; a step takes only ${grammar.fields}` : issue.message.includes('missing') ? issue.message : `${issue.message}; found ${found}`;
    issues.add({ file, line, ...(columns[field] === undefined ? {} : { column: columns[field] }), ...(field ? { field } : {}), message });
  }
  return undefined;
}
