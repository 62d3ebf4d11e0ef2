/**
 * The form in which a chart's states travel in the page: one JSON per chart for both sizes.
 *
 * - The marks of each size's first state are left out: the page already has them, as the live
 *   SVG drawn at build time, and the browser reads them back from it (`unpackChart`).
 * - Every string (tags, attribute names and values, text) is stored once in a table shared by
 *   the sizes, so a long path that only changes class between states, or a key or label every
 *   state and size repeats, costs its bytes once. The table starts with the strings of the
 *   first states' marks (`seedStrings`), which both sides derive, so only new strings travel.
 * - Each distinct list of attribute names (a "shape": `[tag, name, name, ...]` as string
 *   indices, a negative name -(i + 1) meaning that its value is a string index too) is stored
 *   once; a mark is `[shape, value, value, ...]`. The name `#text` holds a `<text>`'s text.
 * - A state is a list of mark indices in paint order, indices below the first state's length
 *   pointing at the live SVG's marks; a negative entry -n stands for the n indices that follow
 *   the one before it (states share long runs of marks).
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

/** Every string of the marks, numbers as the SVG writes them, in order: the table's first entries. */
function seedStrings(marks: MarkTuple[]): string[] {
  return marks.flatMap(([tag, attrs, text]) => [
    tag,
    ...Object.entries(attrs).flatMap(([n, v]) => [n, String(v)]),
    ...(text === undefined ? [] : [TEXT, text]),
  ]);
}

/** An interning table: the index of a value, added at the end when new. */
function table<T>(key: (v: T) => string, list: T[], seed: T[] = []): (v: T) => number {
  const ids = new Map<string, number>();
  seed.forEach((v, i) => {
    if (!ids.has(key(v))) ids.set(key(v), i);
  });
  return (v) => {
    let i = ids.get(key(v));
    if (i === undefined) {
      i = seed.length + list.push(v) - 1;
      ids.set(key(v), i);
    }
    return i;
  };
}

/** The first state's marks, which must be the first marks of the dictionary, in order. */
function firstMarks(data: ChartStates): MarkTuple[] {
  const [first = '', own = []] = Object.entries(data.states)[0] ?? [];
  if (own.some((m, i) => m !== i)) throw new Error(`state ${first} does not own the first ${own.length} marks`);
  return data.marks.slice(0, own.length);
}

export function packChart(sizes: Record<string, ChartStates>): PackedChart {
  const strings: string[] = [];
  const shapes: number[][] = [];
  const str = table(
    (v: string) => v,
    strings,
    Object.values(sizes).flatMap((d) => seedStrings(firstMarks(d))),
  );
  const shape = table((v: number[]) => v.join(), shapes);
  const packSize = (data: ChartStates): PackedSize => ({
    width: data.width,
    height: data.height,
    marks: data.marks.slice(firstMarks(data).length).map(([tag, attrs, text]) => {
      const entries: [string, string | number][] = Object.entries(attrs);
      if (text !== undefined) entries.push([TEXT, text]);
      const names = [str(tag), ...entries.map(([n, v]) => (typeof v === 'number' ? str(n) : -str(n) - 1))];
      return [shape(names), ...entries.map(([, v]) => (typeof v === 'number' ? v : str(v)))];
    }),
    states: Object.fromEntries(Object.entries(data.states).map(([id, list]) => [id, runs(list)])),
  });
  return { strings, shapes, sizes: Object.fromEntries(Object.entries(sizes).map(([size, data]) => [size, packSize(data)])) };
}

/** A mark read back from the DOM: the element's attributes in order, and its text. */
function fromElement(el: Element): MarkTuple {
  const attrs = Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
  const tag = el.tagName as MarkTuple[0];
  return tag === 'text' ? [tag, attrs, el.textContent] : [tag, attrs];
}

/** Every size's states; `svgOf(size)` is that size's live SVG, which must still show its first state. */
export function unpackChart(packed: PackedChart, svgOf: (size: string) => Element | null): Record<string, ChartStates> {
  const own = Object.fromEntries(
    Object.keys(packed.sizes).map((size) => [size, [...(svgOf(size)?.querySelectorAll(':scope > [data-key]') ?? [])].map(fromElement)]),
  );
  const strings = [...Object.values(own).flatMap(seedStrings), ...packed.strings];
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
        marks: [...(own[size] ?? []), ...p.marks.map(unpackMark)],
        states: Object.fromEntries(Object.entries(p.states).map(([id, list]) => [id, unruns(list)])),
      },
    ]),
  );
}
