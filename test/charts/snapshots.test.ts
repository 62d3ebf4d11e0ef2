/**
 * Every chart state of the story (content/charts.yaml) at every size, written as SVG and compared
 * with the committed file under test/snapshots/, as Observable Plot's test/plot.js does. On a
 * mismatch the new drawing is written beside it as `<name>-changed.svg` for review, and the test
 * fails; a missing snapshot is written (and reported) only off CI. Snapshots are never rewritten:
 * to accept a change, review the -changed file and move it over the old one.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sceneToSvg } from '../../src/charts/core/svg.ts';
import { SIZE_NAMES, layoutChart } from '../../src/charts/index.ts';
import { loadContent } from '../../src/content/load.ts';
import { englishWords } from '../../src/content/catalog.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = join(ROOT, 'test', 'snapshots');
const model = loadContent(ROOT);

/** One mark per line, so a diff names the marks that moved. */
function pretty(svg: string): string {
  return `${svg.replace(/></g, '>\n<')}\n`;
}

const cases = model.charts.flatMap((c) => c.states.flatMap((st) => SIZE_NAMES.map((size) => [c.id, st.id, size, st.params] as const)));

describe('chart snapshots (test/snapshots/)', () => {
  it.each(cases)('%s/%s at %s', (chart, state, size, params) => {
    const scene = layoutChart(model.datasets, chart, params, size, englishWords, model.sources);
    const actual = pretty(sceneToSvg(scene, { idPrefix: `${chart}-${state}-${size}` }));
    const dir = join(DIR, chart);
    const file = join(dir, `${state}.${size}.svg`);
    const changed = join(dir, `${state}.${size}-changed.svg`);
    if (!existsSync(file)) {
      if (process.env['CI']) throw new Error(`missing snapshot ${file}; run the tests locally, review and commit it`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, actual);
      console.warn(`wrote new snapshot ${file}; review it before committing`);
      return;
    }
    const expected = readFileSync(file, 'utf8');
    if (actual === expected) {
      rmSync(changed, { force: true });
      return;
    }
    writeFileSync(changed, actual);
    expect(actual, `drawing differs from ${file}; see ${changed}`).toBe(expected);
  });
});
