/** Looking things up in a scene, for tests that check what a state shows. */
import type { Mark, Scene, TextMark } from '../../src/charts/core/scene.ts';

/** The mark with `key`, or undefined: a state leaves out what it does not show. */
export function findKey(scene: Scene, key: string): Mark | undefined {
  return scene.marks.find((x) => x.key === key);
}

/** The mark with `key`; a missing mark fails the test here, by name. */
export function byKey(scene: Scene, key: string): Mark {
  const m = scene.marks.find((x) => x.key === key);
  if (!m) throw new Error(`no mark ${key}`);
  return m;
}

export function texts(scene: Scene): TextMark[] {
  return scene.marks.filter((m): m is TextMark => m.type === 'text');
}

/** Text marks whose key starts with `prefix`, e.g. the lines of one label. */
export function shownText(scene: Scene, prefix: string): TextMark[] {
  return texts(scene).filter((m) => m.key.startsWith(prefix));
}

export function classes(m: Mark): string[] {
  return (m.className ?? '').split(/\s+/);
}
