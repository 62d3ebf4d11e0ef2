/**
 * Builds SVG marks in the browser from the build's state data (src/lib/state-data.ts): the same
 * tuples that src/charts/core/svg.ts writes (src/charts/core/mark-tuple.ts), so a mark drawn here
 * and one written at build time are indistinguishable.
 */
import type { ChartStates, MarkTuple } from '../lib/state-data.ts';
import { unpackChart, type PackedChart } from '../lib/state-pack.ts';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The text the page last gave each `<text>` mark (the build's, or a state's). What the mark shows
 * may differ: a page translator replaces it with its translation, often wrapped in `<font>`.
 */
const given = new WeakMap<Element, string>();

/** Gives the mark its text, replacing whatever it holds (a translator's `<font>` elements included). */
export function setText(el: Element, text: string): void {
  el.textContent = text;
  given.set(el, text);
}

/** The text the page last gave the mark, if known. */
export function givenText(el: Element): string | undefined {
  return given.get(el);
}

/** A new element for the mark, with every attribute of the tuple in its order. */
export function createMark([tag, attrs, text]: MarkTuple): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  if (text !== undefined) setText(el, text);
  return el;
}

/** The marks of `state`, in paint order (empty for a state the data does not have). */
export function stateMarks(data: ChartStates, state: string): MarkTuple[] {
  return (data.states[state] ?? []).map((i) => data.marks[i]).filter((m) => m !== undefined);
}

/** A whole, decorative SVG of one state (print draws each step's figure with it). */
export function stateSvg(data: ChartStates, state: string, className: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', className);
  svg.setAttribute('viewBox', `0 0 ${data.width} ${data.height}`);
  svg.setAttribute('width', String(data.width));
  svg.setAttribute('height', String(data.height));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.append(...stateMarks(data, state).map(createMark));
  return svg;
}

/** The edition's state data (src/lib/page-states.ts), by chapter and chart, once loaded. */
let loaded: Record<string, Record<string, PackedChart> | undefined> | undefined;
/** Each live figure's state data, decoded on first use. */
const cache = new WeakMap<Element, Record<string, ChartStates>>();

/**
 * Fetches the state data of the page's live figures, named by `<main data-states>`: true once it
 * is in (or when the page has no live figures), false when it could not be had (after a second
 * try), when the graphics can only stay at their first states.
 */
export async function loadStates(root: Document = document): Promise<boolean> {
  const url = root.querySelector('main[data-states]')?.getAttribute('data-states');
  if (!url) return root.querySelector('.live-figure') === null;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      loaded = (await response.json()) as typeof loaded;
      return true;
    } catch (error) {
      if (attempt === 1) console.error('The charts’ states could not be loaded:', error);
    }
  }
  return false;
}

/**
 * The build drew each live SVG at its data's first state: the text of that state's marks is the
 * text the build gave them. Marks are found by data-key, read by name; nothing else of the page
 * is read, so whatever others did to the marks (attributes, styles, text) changes nothing here.
 */
function noteBuiltText(live: Element, sizes: Record<string, ChartStates>): void {
  for (const [size, data] of Object.entries(sizes)) {
    const first = Object.keys(data.states)[0] ?? '';
    const texts = new Map(
      stateMarks(data, first).flatMap(([, attrs, text]) => (text === undefined ? [] : [[String(attrs['data-key']), text]])),
    );
    for (const el of live.querySelectorAll(`svg[data-size="${size}"] > text[data-key]`)) {
      const text = texts.get(el.getAttribute('data-key') ?? '');
      if (text !== undefined && !given.has(el)) given.set(el, text);
    }
  }
}

/**
 * The state data of a live figure at one size, decoded on first use (which comes before the page
 * first changes the figure's SVGs). The figure is known by its chart and its section's chapter.
 */
export function statesOf(live: Element, size: string): ChartStates | undefined {
  let data = cache.get(live);
  if (!data) {
    const chapter = live.closest('[data-chapter]')?.getAttribute('data-chapter') ?? '';
    const packed = loaded?.[chapter]?.[live.getAttribute('data-chart') ?? ''];
    if (!packed) return undefined;
    data = unpackChart(packed);
    cache.set(live, data);
    noteBuiltText(live, data);
  }
  return data[size];
}
