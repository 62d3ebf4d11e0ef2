/**
 * The story's markdown read into a syntax tree (mdast) with the remark parser Astro ships, so
 * every message can name the exact line and column, and structure (steps, code, raw HTML) comes
 * from a real CommonMark parser rather than from scanning lines.
 */
import type { Node, Nodes, Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const plain = unified().use(remarkParse);
const withDirectives = unified().use(remarkParse).use(remarkDirective);

/** Editors write `::: step id=.. chart=.. state=..`; the directive parser needs `:::step`. */
export const STEP_OPEN = /^:::\s*step\b(.*)$/;
const COLON_FENCE = /^(\s{0,3})(:{3,})/;

export function parsePlain(md: string): Root {
  return plain.parse(md);
}

/** Every node of the tree, depth first, in document order. */
export function walk(node: Nodes, visit: (n: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/** 1-based line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: offset - lastBreak };
}

/** [start, end) character offsets of a node in the text it was parsed from. */
export function span(node: Node): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

export interface DirectiveSource {
  /** The text handed to the directive parser: same lines, same length per line. */
  text: string;
  /** For each line that opens a step (1-based line in `text`): what followed "step". */
  openers: Map<number, { attrs: string; column: number }>;
}

/**
 * Rewrites the editors' step syntax into remark-directive's container form without moving any
 * character: `::: step id=a chart=b` becomes `:::step` padded with spaces, and its attributes are
 * kept aside (they are read by our own parser, which names the attribute at fault). A ":::" line
 * inside fenced or indented code is blanked for the directive parser, because a directive
 * container closes on ":::" even inside a nested code fence; the code itself is rendered from
 * the original text, so it stays code.
 */
export function toDirectiveSource(md: string): DirectiveSource {
  const codeLines = new Set<number>();
  walk(parsePlain(md), (n) => {
    if (n.type !== 'code' || !n.position) return;
    for (let l = n.position.start.line; l <= n.position.end.line; l++) codeLines.add(l);
  });
  const openers = new Map<number, { attrs: string; column: number }>();
  const lines = md.split('\n').map((line, i) => {
    const lineNo = i + 1;
    if (codeLines.has(lineNo)) return line.replace(COLON_FENCE, (_m, indent: string, colons: string) => indent + ' '.repeat(colons.length));
    const open = STEP_OPEN.exec(line);
    if (!open) return line;
    const rest = open[1] ?? '';
    openers.set(lineNo, { attrs: rest, column: line.length - rest.length + 1 });
    return ':::step'.padEnd(line.length, ' ');
  });
  return { text: lines.join('\n'), openers };
}

export function parseDirectives(text: string): Root {
  return withDirectives.parse(text);
}
