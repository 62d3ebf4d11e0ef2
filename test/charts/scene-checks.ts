/**
 * What every chart scene must be, whatever the chart: the rules of core/scene.ts and of the page,
 * checked the same way for all five charts. Each check returns its problems in words, so a failing
 * test says which mark broke which rule.
 */
import { expect, it } from 'vitest';
import { insideBox, overlaps, type Box } from '../../src/charts/core/box.ts';
import type { Mark, Scene, TextMark } from '../../src/charts/core/scene.ts';
import { textBox } from '../../src/charts/core/text-block.ts';
import { SIZE_NAMES, type SizeName } from '../../src/charts/index.ts';
import { readPath } from './path-points.ts';

/** Visible text must not overlap other visible text, judged with the estimates the layout placed it with. */
export function textProblems(scene: Scene): string[] {
  const problems: string[] = [];
  const texts = scene.marks.filter((m): m is TextMark => m.type === 'text');
  for (const t of texts) if (t.text.trim() === '') problems.push(`${t.key}: empty text`);
  const boxes = texts.map((t) => textBox(t));
  texts.forEach((a, i) => {
    for (let j = i + 1; j < texts.length; j++) {
      const b = texts[j];
      const [ba, bb] = [boxes[i], boxes[j]];
      if (b && ba && bb && overlaps(ba, bb)) problems.push(`${a.key} "${a.text}" overlaps ${b.key} "${b.text}"`);
    }
  });
  return problems;
}

function markBox(m: Mark): Box | undefined {
  switch (m.type) {
    case 'text':
      return textBox(m);
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

/** Every mark inside the canvas, and none of them invisible (a scene holds only what its state shows). */
export function canvasProblems(scene: Scene): string[] {
  const problems: string[] = [];
  const canvas: Box = { x0: 0, y0: 0, x1: scene.width, y1: scene.height };
  for (const m of scene.marks) {
    if (m.type === 'path') for (const c of readPath(m.d).unreadable) problems.push(`${m.key}: path command ${c} is not read by the checks`);
    if (m.opacity === 0) problems.push(`${m.key}: in the scene at opacity 0`);
    const b = markBox(m);
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
 * Keys the browser can join by: each key once per scene; a key names the same kind of mark (and a
 * path the same commands, which it interpolates) in every state of the chart; and marks that two
 * states share paint in the same order in both, so a tween never reorders the picture.
 */
export function keyProblems(scenes: Scene[]): string[] {
  if (scenes.every((s) => s.marks.length === 0)) return ['no marks'];
  const problems: string[] = [];
  const shape = new Map<string, string>();
  scenes.forEach((s, i) => {
    const seen = new Set<string>();
    for (const m of s.marks) {
      if (seen.has(m.key)) problems.push(`state ${i + 1}: duplicate key ${m.key}`);
      seen.add(m.key);
      const kind = `${m.type}${commands(m) ? ` ${commands(m)}` : ''}`;
      const before = shape.get(m.key);
      if (before !== undefined && before !== kind) problems.push(`state ${i + 1}: ${m.key} is a ${kind}, elsewhere a ${before}`);
      shape.set(m.key, kind);
    }
  });
  for (let i = 0; i < scenes.length; i++) {
    for (let j = i + 1; j < scenes.length; j++) {
      const b = new Map(scenes[j]?.marks.map((m, k) => [m.key, k]));
      let last = -1;
      let lastKey = '';
      for (const m of scenes[i]?.marks ?? []) {
        const k = b.get(m.key);
        if (k === undefined) continue;
        if (k < last) problems.push(`states ${i + 1} and ${j + 1} paint ${lastKey} and ${m.key} in opposite orders`);
        last = Math.max(last, k);
        lastKey = m.key;
      }
    }
  }
  return problems;
}

export interface SceneChecks<S> {
  layout: (state: S, size: SizeName) => Scene;
  states: Record<string, S>;
  /** States whose description may fall short of two sentences; say why where they are named. */
  brief?: string[];
}

/** Registers the checks above for every state at every size, laying each out once. */
export function checkScenes<S>({ layout, states, brief = [] }: SceneChecks<S>): void {
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
    expect(textProblems(lay(name, size))).toEqual([]);
  });
  it.each(cases)('%s at %s: every mark visible and inside the canvas', (name, size) => {
    expect(canvasProblems(lay(name, size))).toEqual([]);
  });
  it.each(cases)('%s at %s: numbers finite and rounded to one decimal', (name, size) => {
    expect(numberProblems(lay(name, size))).toEqual([]);
  });
  it.each(cases.filter(([name]) => !brief.includes(name)))('%s at %s: titled, described in 2–4 sentences, tabled', (name, size) => {
    expect(wordProblems(lay(name, size))).toEqual([]);
  });
  it.each(SIZE_NAMES)('at %s: keys unique, of one kind, in one paint order across states', (size) => {
    expect(keyProblems(names.map((name) => lay(name, size)))).toEqual([]);
  });
  it.each(SIZE_NAMES)('at %s: the same state twice gives the same scene', (size) => {
    for (const name of names) {
      const state = states[name];
      if (state !== undefined) expect(layout(state, size), name).toEqual(lay(name, size));
    }
  });
}
