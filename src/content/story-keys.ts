/**
 * The editors' colour-key syntax, a remark text directive: `:key[TorrentFreak]{mark=torrentfreak}`
 * colours "TorrentFreak" like the chart's TorrentFreak marks and puts a swatch of their shape
 * before it (src/styles/keys.css). Each key is checked against the keys the step's chart state
 * draws (its chart's `keys` hook, src/charts/core/keys.ts); a mistake names the line, column, what was found and the keys
 * that would be right. A second directive, `:en[words]`, marks a quotation's original English in
 * a translation (`lang="en"`), so that screen readers read it in English.
 */
import type { Nodes } from 'mdast';
import type { ChartKey } from '../charts/core/keys.ts';
import { parseDirectives, span, walk } from './markdown-tree.ts';

type TextDirective = Extract<Nodes, { type: 'textDirective' }>;

/** Where a step's keys come from, for messages; undefined `keys` is text without a chart. */
export interface KeyContext {
  keys: readonly ChartKey[] | undefined;
  /** "chart piracy-surge, state torrentfreak", for messages. */
  chart: string;
}

export interface KeyEdit {
  /** [start, end) in the markdown replaced by `text`. */
  start: number;
  end: number;
  text: string;
}

export const SYNTAX = ':key[words]{mark=...}';
/** The words of a quotation in its original English, in a translation: `„einen Fehler gemacht“ (:en[made a mistake])`. */
export const ORIGINAL_SYNTAX = ':en[the original words]';

/** The opening tag of a keyed word: data attributes only (the page's CSP allows no inline styles). */
export function keyOpenHtml(k: ChartKey): string {
  const text = k.text ? ` data-text="${k.text.slice(4)}"` : '';
  return `<span class="key" data-key="${k.id}" data-shape="${k.shape}" data-colour="${k.colour.slice(4)}"${text}>`;
}

/**
 * Finds the key directives in `md` (outside code, which the parser leaves alone) and returns the
 * edits that turn each into open/close slots around its words, with the HTML each slot stands for.
 */
export function readKeys(md: string, ctx: KeyContext, report: (offset: number, field: string, message: string) => void): { edits: KeyEdit[]; opens: string[] } {
  const edits: KeyEdit[] = [];
  const opens: string[] = [];
  const valid = ctx.keys?.map((k) => k.id) ?? [];
  const expected = valid.length > 0 ? `expected one of ${valid.join(', ')} (the keys ${ctx.chart} draws)` : `${ctx.chart} draws no series to key`;
  // Most fragments have no directive at all; parsing them again would only cost time.
  if (!/:[A-Za-z][\w-]*[[{]/.test(md)) return { edits, opens };
  walk(parseDirectives(md), (n) => {
    if (n.type !== 'textDirective') return;
    const [start, end] = span(n);
    const written = md.slice(start, end);
    if (n.name === 'en') {
      // A quotation's original English inside a translation: read aloud and hyphenated as English.
      const label = labelSpan(n, start, written);
      if (!label || Object.keys(n.attributes ?? {}).length > 0)
        report(start, 'en', `the original's English goes between [ ], with nothing after it, found ${JSON.stringify(written)}; expected ${ORIGINAL_SYNTAX}`);
      else edits.push({ start, end: label[0], text: 'LANGENX' }, { start: label[1], end, text: 'KEYCLOSEX' });
      return;
    }
    if (n.name !== 'key') {
      // ":word" alone is ordinary text ("re:Invent"); with [ ] or { } it was meant as a directive.
      if (/^:[\w-]+[[{]/.test(written)) report(start, `:${n.name}`, `unknown directive ":${n.name}", found ${JSON.stringify(written.slice(0, 60))}; the story has two, written ${SYNTAX} and ${ORIGINAL_SYNTAX}`);
      return;
    }
    const label = labelSpan(n, start, written);
    const attrs = n.attributes ?? {};
    const others = Object.keys(attrs).filter((a) => a !== 'mark');
    const mark = attrs['mark'];
    if (ctx.keys === undefined) {
      report(start, 'key', `a key colours words like a series of the step's chart, but this text has no chart, found ${JSON.stringify(written)}; write keys inside a "::: step" block`);
    } else if (!label) {
      report(start, 'key', `a key needs the words it colours between [ ], found ${JSON.stringify(written)}; expected ${SYNTAX}`);
    } else if (others.length > 0) {
      report(start, 'key', `unknown key attribute ${JSON.stringify(others[0])}, found ${JSON.stringify(written)}; a key takes only mark=, written ${SYNTAX}`);
    } else if (!mark) {
      report(start, 'key', `a key needs the mark it stands for, found ${JSON.stringify(written)}; ${expected}`);
    } else {
      const k = ctx.keys.find((c) => c.id === mark);
      if (!k) {
        report(start, 'mark', `unknown key ${JSON.stringify(mark)}, found ${JSON.stringify(written)}; ${expected}`);
        return;
      }
      opens.push(keyOpenHtml(k));
      edits.push({ start, end: label[0], text: `KEYOPEN${opens.length - 1}X` }, { start: label[1], end, text: 'KEYCLOSEX' });
    }
  });
  return { edits, opens };
}

/** [start, end) of the words between the brackets, or undefined when there are none. */
function labelSpan(n: TextDirective, start: number, written: string): [number, number] | undefined {
  const first = n.children[0];
  const last = n.children.at(-1);
  if (!first || !last) return undefined;
  const a = span(first)[0];
  const b = span(last)[1];
  // The label sits right after ":key[" (or ":en[") in the text as written.
  return a > start && written.startsWith(`:${n.name}[`) && b > a ? [a, b] : undefined;
}
