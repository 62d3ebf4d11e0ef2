/**
 * The compact description of a chart's states that the article ships instead of one SVG per
 * step: each distinct mark once, and per state the indices of its marks in paint order. The
 * browser builds the marks from these tuples (src/scrolly/render.ts) with exactly the elements,
 * attributes and text that src/charts/core/svg.ts writes at build time.
 */
import type { Mark, Scene } from '../charts/core/scene.ts';

/** An SVG element as data: tag, attributes in the order svg.ts writes them, and text for `<text>`. */
export type MarkTuple = [tag: Mark['type'], attrs: Record<string, string | number>, text?: string];

export interface ChartStates {
  /** Size of the SVG (viewBox), the same for every state at one size. */
  width: number;
  height: number;
  /** Every distinct mark of the listed states, once. */
  marks: MarkTuple[];
  /** Per state id: indices into `marks`, in paint order. */
  states: Record<string, number[]>;
}

function defined(pairs: Record<string, string | number | undefined>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(pairs).filter(([, v]) => v !== undefined)) as Record<string, string | number>;
}

/** The mark as svg.ts's `markToSvg` writes it (same attributes, same order, same defaults). */
export function markTuple(m: Mark): MarkTuple {
  const common = {
    'data-key': m.key,
    'data-datum': m.datum,
    class: m.className,
    opacity: m.opacity === undefined || m.opacity === 1 ? undefined : m.opacity,
  };
  switch (m.type) {
    case 'rect':
      return ['rect', defined({ ...common, x: m.x, y: m.y, width: m.width, height: m.height, rx: m.rx })];
    case 'line':
      return ['line', defined({ ...common, x1: m.x1, y1: m.y1, x2: m.x2, y2: m.y2 })];
    case 'path':
      return ['path', defined({ ...common, d: m.d })];
    case 'circle':
      return ['circle', defined({ ...common, cx: m.cx, cy: m.cy, r: m.r })];
    case 'text': {
      const baseline = m.baseline === 'auto' ? undefined : m.baseline;
      return ['text', defined({ ...common, x: m.x, y: m.y, 'text-anchor': m.anchor, 'dominant-baseline': baseline }), m.text];
    }
  }
}

/** The states (all laid out at one size) as one deduplicated dictionary of marks. */
export function chartStates(scenes: { state: string; scene: Scene }[]): ChartStates {
  const index = new Map<string, number>();
  const marks: MarkTuple[] = [];
  const states: Record<string, number[]> = {};
  for (const { state, scene } of scenes) {
    states[state] = scene.marks.map((m) => {
      const tuple = markTuple(m);
      const id = JSON.stringify(tuple);
      let i = index.get(id);
      if (i === undefined) {
        i = marks.push(tuple) - 1;
        index.set(id, i);
      }
      return i;
    });
  }
  const first = scenes[0]?.scene;
  return { width: first?.width ?? 0, height: first?.height ?? 0, marks, states };
}

/** JSON for a `<script type="application/json">`: nothing in it can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
