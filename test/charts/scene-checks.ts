/**
 * What every chart scene must be, whatever the chart: the rules of core/scene.ts and of the page,
 * checked the same way for all five charts. Each check returns its problems in words, so a failing
 * test says which mark broke which rule.
 */
import { expect, it } from 'vitest';
import { insideBox, overlaps, type Box } from '../../src/charts/core/box.ts';
import type { Mark, Scene, TextMark } from '../../src/charts/core/scene.ts';
import { textBox, type TextMetrics } from '../../src/charts/core/text-box.ts';
import { SIZE_NAMES, type SizeName } from '../../src/charts/index.ts';
import { readPath } from './path-points.ts';
import { visible } from './scene-queries.ts';

/** Visible text must not overlap other visible text, judged with the estimates the layout placed it with. */
export function textProblems(scene: Scene, metrics: TextMetrics): string[] {
  const problems: string[] = [];
  const texts = scene.marks.filter((m): m is TextMark => m.type === 'text' && visible(m));
  for (const t of texts) if (t.text.trim() === '') problems.push(`${t.key}: empty visible text`);
  const boxes = texts.map((t) => textBox(t, metrics));
  texts.forEach((a, i) => {
    for (let j = i + 1; j < texts.length; j++) {
      const b = texts[j];
      const [ba, bb] = [boxes[i], boxes[j]];
      if (b && ba && bb && overlaps(ba, bb)) problems.push(`${a.key} "${a.text}" overlaps ${b.key} "${b.text}"`);
    }
  });
  return problems;
}

function markBox(m: Mark, metrics: TextMetrics): Box | undefined {
  switch (m.type) {
    case 'text':
      return textBox(m, metrics);
    case 'rect':
      return { x0: m.x, y0: m.y, x1: m.x + m.width, y1: m.y + m.height };
    case 'line':
      return { x0: Math.min(m.x1, m.x2), y0: Math.min(m.y1, m.y2), x1: Math.max(m.x1, m.x2), y1: Math.max(m.y1, m.y2) };
    case 'circle':
      return { x0: m.cx - m.r, y0: m.cy - m.r, x1: m.cx + m.r, y1: m.cy + m.r };
    case 'path': {
      const { points } = readPath(m.d);
      if (points.length === 0) return undefined;
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
    }
  }
}

/** Every mark inside the canvas, hidden ones too: a hidden mark fades in where it waits. */
export function canvasProblems(scene: Scene, metrics: TextMetrics): string[] {
  const problems: string[] = [];
  const canvas: Box = { x0: 0, y0: 0, x1: scene.width, y1: scene.height };
  for (const m of scene.marks) {
    if (m.type === 'path') for (const c of readPath(m.d).unreadable) problems.push(`${m.key}: path command ${c} is not read by the checks`);
    const b = markBox(m, metrics);
    if (b && !insideBox(b, canvas)) {
      problems.push(`${m.key} outside the canvas: [${b.x0.toFixed(2)}, ${b.y0.toFixed(2)}]–[${b.x1.toFixed(2)}, ${b.y1.toFixed(2)}]`);
    }
  }
  return problems;
}

function rounded(n: number): boolean {
  return Math.round(n * 10) / 10 === n;
}

/** Every number finite and rounded to one decimal: the SVG carries no noise digits. */
export function numberProblems(scene: Scene): string[] {
  const problems: string[] = [];
  for (const m of scene.marks) {
    const numbers = Object.entries(m).filter((e): e is [string, number] => typeof e[1] === 'number');
    if (m.type === 'path')
      numbers.push(...(m.d.match(/-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? []).map((n): [string, number] => ['d', Number(n)]));
    for (const [k, n] of numbers) {
      if (!Number.isFinite(n)) problems.push(`${m.key}.${k}: ${n} is not finite`);
      else if (!rounded(n)) problems.push(`${m.key}.${k}: ${n} is not rounded to one decimal`);
    }
  }
  return problems;
}

/**
 * Sentences as a listener hears them: a full stop ends one unless it closes a dotted abbreviation
 * ("1 p.m. ET", "the U.S. Canada"). Layouts count with core/prose.ts, which stops at those too and
 * so errs high; they stay under four by that count, and a description is not failed for "p.m.".
 */
function sentencesHeard(text: string): number {
  return text.split(/(?<=\.)(?<![A-Za-z]\.[A-Za-z]\.)\s+(?=[A-Z])/).filter(Boolean).length;
}

/** The words that stand in for the picture: a title, a description of 2–4 sentences, a table without ragged rows. */
export function wordProblems(scene: Scene): string[] {
  const problems: string[] = [];
  if (!scene.title.trim()) problems.push('empty title');
  const sentences = sentencesHeard(scene.description);
  if (sentences < 2 || sentences > 4) problems.push(`description has ${sentences} sentences, expected 2–4: ${scene.description}`);
  scene.table.rows.forEach((r, i) => {
    if (r.length !== scene.table.columns.length)
      problems.push(`table row ${i} has ${r.length} cells for ${scene.table.columns.length} columns`);
  });
  return problems;
}

function commands(m: Mark): string {
  return m.type === 'path' ? m.d.replace(/[^A-Za-z]/g, '') : '';
}

/**
 * One chart at one size must draw the same marks in every state, each key once, in one order: the
 * browser animates from state to state by key, and a path by interpolating its numbers, which
 * needs the same commands on both sides.
 */
export function keyProblems(scenes: Scene[]): string[] {
  const [first, ...rest] = scenes;
  if (!first || first.marks.length === 0) return ['no marks'];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const m of first.marks) {
    if (seen.has(m.key)) problems.push(`duplicate key ${m.key}`);
    seen.add(m.key);
  }
  const shape = (m: Mark) => `${m.key} (${m.type}${commands(m) ? ` ${commands(m)}` : ''})`;
  rest.forEach((s, i) => {
    const a = first.marks.map(shape);
    const b = s.marks.map(shape);
    const at = a.findIndex((x, k) => x !== b[k]);
    if (at >= 0 || a.length !== b.length) {
      const k = at >= 0 ? at : Math.min(a.length, b.length);
      problems.push(`state ${i + 2} differs from state 1 at mark ${k}: ${b[k] ?? 'nothing'} where state 1 has ${a[k] ?? 'nothing'}`);
    }
  });
  return problems;
}

export interface SceneChecks<S> {
  layout: (state: S, size: SizeName) => Scene;
  states: Record<string, S>;
  /** The proportions the chart's layout measured text with. */
  metrics: TextMetrics;
  /** States whose description may fall short of two sentences; say why where they are named. */
  brief?: string[];
}

/** Registers the checks above for every state at every size, laying each out once. */
export function checkScenes<S>({ layout, states, metrics, brief = [] }: SceneChecks<S>): void {
  const names = Object.keys(states);
  const cache = new Map<string, Scene>();
  const lay = (name: string, size: SizeName): Scene => {
    const key = `${name}@${size}`;
    const state = states[name];
    if (state === undefined) throw new Error(`no state ${name}`);
    const scene = cache.get(key) ?? layout(state, size);
    cache.set(key, scene);
    return scene;
  };
  const cases = names.flatMap((name) => SIZE_NAMES.map((size) => [name, size] as const));

  it.each(cases)('%s at %s: visible text clear of other text', (name, size) => {
    expect(textProblems(lay(name, size), metrics)).toEqual([]);
  });
  it.each(cases)('%s at %s: every mark inside the canvas', (name, size) => {
    expect(canvasProblems(lay(name, size), metrics)).toEqual([]);
  });
  it.each(cases)('%s at %s: numbers finite and rounded to one decimal', (name, size) => {
    expect(numberProblems(lay(name, size))).toEqual([]);
  });
  it.each(cases.filter(([name]) => !brief.includes(name)))('%s at %s: titled, described in 2–4 sentences, tabled', (name, size) => {
    expect(wordProblems(lay(name, size))).toEqual([]);
  });
  it.each(SIZE_NAMES)('at %s: one set of keys, in one order, across states', (size) => {
    expect(keyProblems(names.map((name) => lay(name, size)))).toEqual([]);
  });
  it.each(SIZE_NAMES)('at %s: the same state twice gives the same scene', (size) => {
    for (const name of names) {
      const state = states[name];
      if (state !== undefined) expect(layout(state, size), name).toEqual(lay(name, size));
    }
  });
}
