/**
 * Chart words are typeset like the prose: every text a reader meets in a chart state (labels,
 * title, description, data table) and every tooltip has typographer's quotes, never a straight
 * ' or ", though layouts and tips build text from data and templates ("Excipio's count").
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIZE_NAMES, layoutChart } from '../../src/charts/index.ts';
import { curlyQuotes } from '../../src/core/typography.ts';
import { loadContent } from '../../src/content/load.ts';
import { tipsFor } from '../../src/charts/tips.ts';
import { englishWords } from '../../src/content/catalog.ts';

const model = loadContent(join(import.meta.dirname, '..', '..'));
const STRAIGHT = /['"]/;

describe('typographer’s quotes in charts and tips', () => {
  it.each([
    ["Excipio's count", 'Excipio’s count'],
    ["Sony Pictures' computers", 'Sony Pictures’ computers'],
    ['the "downloads"', 'the “downloads”'],
    ["'The Interview'", '‘The Interview’'],
    ['2014-12-24', '2014-12-24'],
  ])('%s → %s', (typed, set) => {
    expect(curlyQuotes(typed)).toBe(set);
  });

  it.each(SIZE_NAMES)('at %s, no chart state shows a straight quote', (size) => {
    const found: string[] = [];
    for (const c of model.charts)
      for (const st of c.states) {
        const scene = layoutChart(model.datasets, c.id, st.params, size, englishWords, model.sources);
        const words = [
          scene.title,
          scene.description,
          scene.table.caption,
          ...scene.table.columns,
          ...scene.table.rows.flat(),
          ...scene.marks.flatMap((m) => (m.type === 'text' ? [m.text] : [])),
        ];
        for (const w of words) if (STRAIGHT.test(w)) found.push(`${c.id}/${st.id}: ${w}`);
        for (const [datum, tip] of Object.entries(tipsFor([scene], model.datasets, model.sources, englishWords)))
          for (const line of tip) if (STRAIGHT.test(line)) found.push(`${datum} tip: ${line}`);
      }
    expect(found).toEqual([]);
  });
});
