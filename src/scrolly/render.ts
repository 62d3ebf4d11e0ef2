/**
 * Builds SVG marks in the browser from the build's state data (src/lib/state-data.ts): the same
 * elements, attributes and text that src/charts/core/svg.ts writes, so a mark drawn here and one
 * written at build time are indistinguishable.
 */
import type { ChartStates, MarkTuple } from '../lib/state-data.ts';
import { unpackChart, type PackedChart } from '../lib/state-pack.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** A new element for the mark, with every attribute of the tuple in its order. */
export function createMark([tag, attrs, text]: MarkTuple): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  if (text !== undefined) el.textContent = text;
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

const cache = new WeakMap<Element, Record<string, ChartStates>>();

/**
 * The state data of a live figure at one size. Parsed on first use, which comes before any of
 * the figure's SVGs is first changed (the data reads their first state's marks from them).
 */
export function statesOf(live: Element, size: string): ChartStates | undefined {
  const script = live.querySelector('script[data-states]');
  if (!script) return undefined;
  let data = cache.get(script);
  if (!data) {
    data = unpackChart(JSON.parse(script.textContent) as PackedChart, (s) => live.querySelector(`svg[data-size="${s}"]`));
    cache.set(script, data);
  }
  return data[size];
}
