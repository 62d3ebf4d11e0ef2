/**
 * Scenes by (chart, size, state, sources, edition, data): a build asks for the same state from the
 * article, the embeds, the pinned pages, the images and oEmbed, and each is laid out once.
 *
 * The data part of the key is a hash of the rows' content, remembered per rows array, so an edited
 * dataset (dev server) or an older pinned version is never served a scene of other data; the
 * edition's part is its locale and a hash of the strings the chart asks its words for, remembered
 * per words object, so an edited translation is never served a scene of the old one.
 */
import { createHash } from 'node:crypto';
import type { Words } from '../../i18n/words.ts';
import type { Scene } from './scene.ts';

const MAX_ENTRIES = 2000;
const scenes = new Map<string, Scene>();
const rowHashes = new WeakMap<object, string>();

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` give one key. */
export function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

function contentHash(rows: object): string {
  let h = rowHashes.get(rows);
  if (h === undefined) {
    h = createHash('sha256').update(stableJson(rows)).digest('base64url');
    rowHashes.set(rows, h);
  }
  return h;
}

const wordHashes = new WeakMap<Words, Map<string, string>>();

/**
 * A hash of the templates `words` gives for the keys chart `chart` uses (`keysOf(chart)`), in the
 * edition's language (raw templates: `t` without variables returns them as written).
 */
export function wordsHash<C extends string>(words: Words, chart: C, keysOf: (chart: C) => readonly string[]): string {
  let byChart = wordHashes.get(words);
  if (!byChart) wordHashes.set(words, (byChart = new Map<string, string>()));
  let h = byChart.get(chart);
  if (h === undefined) {
    const strings = keysOf(chart).map((k) => [k, words.t(k)]);
    h = createHash('sha256').update(JSON.stringify(strings)).digest('base64url');
    byChart.set(chart, h);
  }
  return h;
}

/** The scene for `key` and `data`, laid out by `lay` the first time only. */
export function cachedLayout(key: unknown, data: readonly object[], lay: () => Scene): Scene {
  const k = `${stableJson(key)}|${data.map(contentHash).join(',')}`;
  const hit = scenes.get(k);
  if (hit) return hit;
  const scene = lay();
  // A long dev session keeps laying out edited data; the oldest entries go first.
  if (scenes.size >= MAX_ENTRIES) scenes.delete(scenes.keys().next().value ?? '');
  scenes.set(k, scene);
  return scene;
}

/** Forgets every scene (the scaling bench measures cold layouts). */
export function clearLayoutCache(): void {
  scenes.clear();
}
