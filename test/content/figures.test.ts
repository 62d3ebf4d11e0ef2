/**
 * Figure placeholders in free text: labels, details and notes read their figures from the data, so
 * a correction made once reaches every place; a number typed by hand twice is refused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { recordVersion } from '../../src/content/version.ts';
import { datasetAtVersion } from '../../src/content/versions.ts';
import { REPO, contentCopy, edit, lineOf, problems } from './fixture.ts';

const PIRACY = 'content/datasets/piracy-estimates.csv';

describe('figure placeholders in free-text cells', { timeout: 30_000 }, () => {
  it('resolves labels, details and notes to the prose format', () => {
    const m = loadContent(REPO);
    const tf20 = m.datasets['release-hours'].rows.find((r) => r.id === 'tf-20h');
    expect(tf20?.label).toBe('TorrentFreak: over 750,000');
    expect(tf20?.detail).toMatch(/^TorrentFreak's estimate passes 750,000 after 20 hours;/);
    expect(m.datasets.theaters.rows.find((r) => r.id === 'opening')?.label).toBe('Independent theaters on opening day (reports range from 300 to 331)');
    expect(m.datasets['cost-estimates'].rows.find((r) => r.id === 'bi')?.note).toBe('Business Insider: about $100 million including marketing.');
    expect(m.datasets['downloader-share'].meta.notes).toContain('Shares of the 904,237 downloads');
    // Downloads show what readers see; the editors' file keeps the placeholder.
    expect(m.datasets['release-hours'].csv).toContain('"TorrentFreak: over 750,000"');
    expect(readFileSync(join(REPO, 'content/datasets/release-hours.csv'), 'utf8')).toContain('TorrentFreak: over {{piracy-estimates:tf-20h.count}}');
  });

  it('a correction of one data cell changes every label, detail, note and download that cites it', () => {
    const root = contentCopy();
    edit(root, PIRACY, (t) => t.replace(/^(tf-20h,TorrentFreak,20,yes,)750000,/m, '$1760000,'));
    recordVersion(root, 'piracy-estimates', 'Corrected TorrentFreak’s 20-hour estimate', '2027-01-05', 'correction');
    const m = loadContent(root);
    // Citation notes quote the sources' headlines as published (CBS: "… downloaded 750,000 times"): titles, not figures.
    const chapters = JSON.stringify(m.chapters).replace(/<div class=\\"cite-popups\\">.*?<\/div>/g, '');
    expect(chapters).toContain('cite-mark');
    const all = JSON.stringify({ datasets: Object.values(m.datasets).map((d) => ({ rows: d.rows, csv: d.csv, notes: d.meta.notes })), charts: m.charts }) + chapters;
    expect(all).toContain('TorrentFreak: over 760,000');
    expect(all).not.toContain('750,000');
    // The version kept from before the correction still reads the figure of its day.
    const v2 = datasetAtVersion(root, m.datasets['release-hours'], 1);
    expect(v2.csv).toContain('TorrentFreak: over 750,000');
  });

  it('reports a placeholder with an unknown row at the CSV line, listing the valid ids', () => {
    const root = contentCopy();
    const file = 'content/datasets/theaters.csv';
    edit(root, file, (t) => t.replace('{{.count_low}}', '{{theaters:openin.count_low}}'));
    const line = lineOf(root, file, /^opening,/);
    expect(problems(root)).toContain(`${file}:${line} [{{theaters:openin.count_low}}]: no row with id "openin" in ${file}; expected one of planned, opening, expanded`);
  });

  it('refuses the short form outside a CSV row', () => {
    const root = contentCopy();
    const file = 'content/datasets/theaters.meta.yaml';
    edit(root, file, (t) => t.replace('(about {{theaters:planned.count}})', '(about {{.count}})'));
    expect(problems(root)).toContain(`${file}:${lineOf(root, file, /^notes:/)} [{{.count}}]: a short figure {{.count}} only works in a CSV row; write {{dataset:row.count}} here`);
  });
});

describe('no number typed twice', { timeout: 30_000 }, () => {
  it('names the file, line, number and placeholder for a figure typed in the story', () => {
    const root = contentCopy();
    const file = 'content/story/04-piracy.md';
    edit(root, file, (t) => t.replace(/(::: step [^\n]*\n)/, '$1TorrentFreak counted over 750,000 downloads, at 9 a.m. on Dec. 25, 2014, "about 904,237" as quoted.\n'));
    const line = lineOf(root, file, /counted over 750,000/);
    expect(problems(root)).toEqual([
      `${file}:${line}: the number "750,000" is typed by hand but is a figure in the data (piracy-estimates:tf-20h.count); write {{piracy-estimates:tf-20h.count}} instead, so a correction of the data reaches this text too`,
    ]);
  });

  it('suggests the short form for a figure of the same row, and checks money by its format', () => {
    const root = contentCopy();
    const file = 'content/datasets/cost-estimates.csv';
    edit(root, file, (t) => t.replace('Variety: about {{.amount_usd}} to', 'Variety: about $75 million to'));
    expect(problems(root).filter((p) => p.includes('typed by hand'))).toEqual([
      `${file}:${lineOf(root, file, /^variety,/)} [note]: the number "$75 million" is typed by hand but is a figure in the data (cost-estimates:variety.amount_usd); write {{.amount_usd}} instead, so a correction of the data reaches this text too`,
    ]);
  });

  it('finds no number typed twice in the published content', () => {
    expect(() => loadContent(REPO)).not.toThrow();
  });
});
