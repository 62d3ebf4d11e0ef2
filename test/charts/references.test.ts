/** content/charts.yaml references rows by id; the loader checks them from each chart's `references`. */
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { contentCopy, edit, problems } from '../content/fixture.ts';

describe('checkChartReferences (src/content/load.ts)', () => {
  it.each([
    [
      'a timeline highlight',
      /highlight: \[hack\]/,
      'highlight: [hacked]',
      'timeline.states.hack.params.highlight',
      'unknown row id "hacked"; expected a row id of timeline, one of: hack, ',
    ],
    [
      'a release-hours highlight',
      /highlight: \[first-copies\]/,
      'highlight: [first-copy]',
      'release-hours.states.first-copy.params.highlight',
      'unknown row id "first-copy"; expected a row id of release-hours, one of: ',
    ],
    [
      'a tracker name',
      /trackers: \[TorrentFreak\]/,
      'trackers: [Torrentfreak]',
      'piracy-surge.states.torrentfreak.params.trackers',
      'unknown tracker "Torrentfreak"; expected one of "TorrentFreak", ',
    ],
  ])('names %s that is not in its dataset, with the ids it could be', (_what, find, replace, field, message) => {
    const root = contentCopy();
    edit(root, 'content/charts.yaml', (t) => t.replace(find, replace));
    const found = problems(root);
    expect(
      found.some((p) => p.includes(`content/charts.yaml [${field}]: ${message}`)),
      found.join('\n'),
    ).toBe(true);
  });

  it('trims a long list of valid ids', () => {
    const root = contentCopy();
    edit(root, 'content/charts.yaml', (t) => t.replace(/highlight: \[hack\]/, 'highlight: [hacked]'));
    const p = problems(root).find((x) => x.includes('"hacked"')) ?? '';
    const listed = p.split('one of: ')[1] ?? '';
    expect(listed.split(', ').length).toBeLessThanOrEqual(13);
    expect(listed).toMatch(/… \(\d+ more\)$/);
  });
});

describe('the chart registry (src/charts/registry.ts)', () => {
  it.each(Object.entries(charts))('%s: id matches its entry, its references name its parameters and datasets', (id, def) => {
    expect(def.id).toBe(id);
    for (const [field, ref] of Object.entries(def.references)) {
      // The state schemas are strict: a field they do not have is reported as unrecognized.
      const r = def.params.safeParse({ [field]: [] });
      expect(r.error?.issues.some((i) => i.code === 'unrecognized_keys') ?? false, `${id}.${field}`).toBe(false);
      for (const d of ref.datasets) expect(def.datasets, `${id}.${field}`).toContain(d);
    }
  });
});
