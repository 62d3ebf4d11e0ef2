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
  const common = { 'data-key': m.key, class: m.className, opacity: m.opacity === undefined || m.opacity === 1 ? undefined : m.opacity };
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

/**
 * What a reader can see: marks at opacity 0 are left out, so no text of a hidden mark reaches
 * the page (a mark hidden in one state and shown in the next simply enters).
 */
export function visibleScene(scene: Scene): Scene {
  return { ...scene, marks: scene.marks.filter((m) => m.opacity !== 0) };
}

/** The states (all laid out at one size) as one deduplicated dictionary of marks. */
export function chartStates(scenes: { state: string; scene: Scene }[]): ChartStates {
  const index = new Map<string, number>();
  const marks: MarkTuple[] = [];
  const states: Record<string, number[]> = {};
  for (const { state, scene } of scenes) {
    states[state] = visibleScene(scene).marks.map((m) => {
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

/**
 * The form shipped in the page. The marks of the first state are left out: the page already has
 * them, as the live SVG drawn at build time, and the browser reads them back from it
 * (`fromSvg`). Every string (tags, attribute names and values, text) is stored once in a table,
 * so a long path that only changes class between states, or a key every state repeats, costs
 * its bytes once; each distinct list of attribute names ("shape") is stored once too. The table
 * starts with the strings of the first state's marks (`seedStrings`), which both sides derive
 * from those marks, so only new strings are shipped. A shape is
 * `[tag, name, name, ...]` as string indices, a negative name -(i + 1) meaning that its value is
 * a string index too; a mark is `[shape, value, value, ...]`. The name `#text` holds the text of
 * a `<text>`. State indices below the first state's length point at the live SVG's marks.
 */
export interface PackedStates {
  width: number;
  height: number;
  first: string;
  strings: string[];
  shapes: number[][];
  marks: (number | string)[][];
  states: Record<string, number[]>;
}

const TEXT = '#text';

/** Every string of the marks, numbers as the SVG writes them, in order: the table's first entries. */
function seedStrings(marks: MarkTuple[]): string[] {
  return marks.flatMap(([tag, attrs, text]) => [
    tag,
    ...Object.entries(attrs).flatMap(([n, v]) => [n, String(v)]),
    ...(text === undefined ? [] : [TEXT, text]),
  ]);
}

export function packStates(data: ChartStates): PackedStates {
  const [first = '', own = []] = Object.entries(data.states)[0] ?? [];
  if (own.some((m, i) => m !== i)) throw new Error(`state ${first} does not own the first ${own.length} marks`);
  const table = <T>(key: (v: T) => string, list: T[], seed: T[] = []) => {
    const ids = new Map<string, number>();
    seed.forEach((v, i) => {
      if (!ids.has(key(v))) ids.set(key(v), i);
    });
    const offset = seed.length;
    return (v: T) => {
      const k = key(v);
      let i = ids.get(k);
      if (i === undefined) {
        i = offset + list.push(v) - 1;
        ids.set(k, i);
      }
      return i;
    };
  };
  const strings: string[] = [];
  const shapes: number[][] = [];
  const str = table((v: string) => v, strings, seedStrings(data.marks.slice(0, own.length)));
  const shape = table((v: number[]) => v.join(), shapes);
  const marks = data.marks.slice(own.length).map(([tag, attrs, text]) => {
    const entries: [string, string | number][] = Object.entries(attrs);
    if (text !== undefined) entries.push([TEXT, text]);
    const names = [str(tag), ...entries.map(([n, v]) => (typeof v === 'number' ? str(n) : -str(n) - 1))];
    return [shape(names), ...entries.map(([, v]) => (typeof v === 'number' ? v : str(v)))];
  });
  return { width: data.width, height: data.height, first, strings, shapes, marks, states: data.states };
}

/** A mark read back from the DOM: the element's attributes in order, and its text. */
function fromElement(el: Element): MarkTuple {
  const attrs = Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
  const tag = el.tagName as MarkTuple[0];
  return tag === 'text' ? [tag, attrs, el.textContent] : [tag, attrs];
}

/** The states, with the first state's marks read from `svg` (which must still show that state). */
export function unpackStates(packed: PackedStates, svg: Element): ChartStates {
  const own = [...svg.querySelectorAll(':scope > [data-key]')].map(fromElement);
  const strings = [...seedStrings(own), ...packed.strings];
  const { shapes } = packed;
  const marks = packed.marks.map(([shapeId, ...values]): MarkTuple => {
    const [tag = 0, ...names] = shapes[Number(shapeId)] ?? [];
    const attrs: Record<string, string | number> = {};
    let text: string | undefined;
    names.forEach((n, i) => {
      const v = values[i] ?? 0;
      const name = strings[n < 0 ? -n - 1 : n] ?? '';
      const value = n < 0 ? (strings[Number(v)] ?? '') : v;
      if (name === TEXT) text = String(value);
      else attrs[name] = value;
    });
    const t = strings[tag] as MarkTuple[0];
    return text === undefined ? [t, attrs] : [t, attrs, text];
  });
  return { width: packed.width, height: packed.height, marks: [...own, ...marks], states: packed.states };
}

/** JSON for a `<script type="application/json">`: nothing in it can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
