/** Preview before publishing: only `npm run dev` accepts unrecorded data, and names it. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { unrecordedChanges } from '../../src/content/preview.ts';
import { REPO, contentCopy, edit, problems } from './fixture.ts';

describe('unrecordedChanges and loadContent({ preview })', () => {
  it('the preview renders an unrecorded change and names it; the check refuses it', () => {
    const root = contentCopy();
    edit(root, 'content/datasets/piracy-estimates.csv', (t) => t.replace(/^(tf-20h,TorrentFreak,20,yes,)750000,/m, '$1760000,'));
    const m = loadContent(root, { preview: true });
    expect(m.datasets['release-hours'].rows.find((r) => r.id === 'tf-20h')?.label).toBe('TorrentFreak: over 760,000');
    expect(unrecordedChanges(root)).toEqual([
      {
        id: 'piracy-estimates',
        version: 2,
        changes: ['row tf-20h, count: "750000" → "760000"'],
        command: 'npm run data:version -- piracy-estimates --kind correction|update|internal "what changed and why"',
      },
    ]);
    expect(problems(root)).toEqual([
      'content/datasets/piracy-estimates.csv: dataset piracy-estimates changed but its version is still 2; changed: row tf-20h, count: "750000" → "760000"; expected a new version with a changelog entry saying what changed: run: npm run data:version -- piracy-estimates --kind correction|update|internal "what changed and why"',
    ]);
  });

  it('names nothing when every change is recorded', () => {
    expect(unrecordedChanges(REPO)).toEqual([]);
  });

  it('still reports real mistakes in the preview', () => {
    const root = contentCopy();
    edit(root, 'content/datasets/prices.csv', (t) => t.replace('14.99', 'fifteen'));
    expect(() => loadContent(root, { preview: true })).toThrow(/prices\.csv:3 \[price_usd\]: expected a number/);
  });
});
