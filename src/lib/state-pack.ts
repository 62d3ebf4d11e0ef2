/**
 * The form in which a chart's states travel in the page: one JSON per chart for both sizes.
 * Decoding it needs nothing but the JSON: the page's live SVGs may have been changed by then
 * (extensions add attributes, translators rewrite text), so nothing is read back from them.
 *
 * - Every string (tags, attribute names and values, text) is stored once in a table shared by
 *   the sizes, so a long path that only changes class between states, or a key or label every
 *   state and size repeats, costs its bytes once.
 * - Each distinct list of attribute names (a "shape": `[tag, name, name, ...]` as string
 *   indices, a negative name -(i + 1) meaning that its value is a string index too) is stored
 *   once; a mark is `[shape, value, value, ...]`. The name `#text` holds a `<text>`'s text.
 * - A state is a list of mark indices in paint order; a negative entry -n stands for the n
 *   indices that follow the one before it (states share long runs of marks).
 */
import type { ChartStates, MarkTuple } from './state-data.ts';

export interface PackedSize {
  width: number;
  height: number;
  marks: (number | string)[][];
  states: Record<string, number[]>;
}

export interface PackedChart {
  strings: string[];
  shapes: number[][];
  sizes: Record<string, PackedSize>;
}

const TEXT = '#text';

/** [4, 5, 6, 7, 9] → [4, -3, 9] */
function runs(list: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < list.length;) {
    let j = i;
    while (list[j + 1] === (list[j] ?? 0) + 1) j++;
    out.push(list[i] ?? 0, ...(j - i > 1 ? [i - j] : list.slice(i + 1, j + 1)));
    i = j + 1;
  }
  return out;
}

function unruns(list: number[]): number[] {
  const out: number[] = [];
  for (const v of list) {
    if (v >= 0) out.push(v);
    else for (let k = 0, last = out.at(-1) ?? 0; k < -v; k++) out.push(last + k + 1);
  }
  return out;
}

/** An interning table: the index of a value in `list`, added at the end when new. */
function table<T>(key: (v: T) => string, list: T[]): (v: T) => number {
  const ids = new Map<string, number>();
  return (v) => {
    let i = ids.get(key(v));
    if (i === undefined) {
      i = list.push(v) - 1;
      ids.set(key(v), i);
    }
    return i;
  };
}

export function packChart(sizes: Record<string, ChartStates>): PackedChart {
  const strings: string[] = [];
  const shapes: number[][] = [];
  const str = table((v: string) => v, strings);
  const shape = table((v: number[]) => v.join(), shapes);
  const packSize = (data: ChartStates): PackedSize => ({
    width: data.width,
    height: data.height,
    marks: data.marks.map(([tag, attrs, text]) => {
      const entries: [string, string | number][] = Object.entries(attrs);
      if (text !== undefined) entries.push([TEXT, text]);
      const names = [str(tag), ...entries.map(([n, v]) => (typeof v === 'number' ? str(n) : -str(n) - 1))];
      return [shape(names), ...entries.map(([, v]) => (typeof v === 'number' ? v : str(v)))];
    }),
    states: Object.fromEntries(Object.entries(data.states).map(([id, list]) => [id, runs(list)])),
  });
  return { strings, shapes, sizes: Object.fromEntries(Object.entries(sizes).map(([size, data]) => [size, packSize(data)])) };
}

/** Every size's states, from the JSON alone. */
export function unpackChart(packed: PackedChart): Record<string, ChartStates> {
  const { strings } = packed;
  const unpackMark = ([shapeId, ...values]: (number | string)[]): MarkTuple => {
    const [tag = 0, ...names] = packed.shapes[Number(shapeId)] ?? [];
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
  };
  return Object.fromEntries(
    Object.entries(packed.sizes).map(([size, p]) => [
      size,
      {
        width: p.width,
        height: p.height,
        marks: p.marks.map(unpackMark),
        states: Object.fromEntries(Object.entries(p.states).map(([id, list]) => [id, unruns(list)])),
      },
    ]),
  );
}
