/**
 * The compact description of a chart's states that the article ships instead of one SVG per
 * step: each distinct mark once, and per state the indices of its marks in paint order. The
 * browser builds the marks from these tuples (src/scrolly/render.ts); svg.ts writes the very same
 * tuples (src/charts/core/mark-tuple.ts) at build time.
 */
import { markTuple, type MarkTuple } from '../charts/core/mark-tuple.ts';
import type { Scene } from '../charts/core/scene.ts';

export { MARK_ATTRIBUTES, markTuple, type MarkTuple } from '../charts/core/mark-tuple.ts';

export interface ChartStates {
  /** Size of the SVG (viewBox), the same for every state at one size. */
  width: number;
  height: number;
  /** Every distinct mark of the listed states, once. */
  marks: MarkTuple[];
  /** Per state id: indices into `marks`, in paint order. */
  states: Record<string, number[]>;
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
