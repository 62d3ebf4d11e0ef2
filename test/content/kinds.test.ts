/**
 * data:diff, version kinds and undo: an editor sees which cells changed, records a correction, an
 * update or an internal change, and can take back a version that is not yet published.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../../src/content/load.ts';
import { archivePath } from '../../src/content/lock.ts';
import { recordVersion, undoVersion } from '../../src/content/version.ts';
import { versionDates, versionOn } from '../../src/content/versions.ts';
import { corrections } from '../../src/lib/record.ts';
import { REPO, contentCopy, edit, problems } from './fixture.ts';

const cli = (root: string, script: string, ...args: string[]) => spawnSync(process.execPath, [join(REPO, 'src/cli', script), ...args], { cwd: root, encoding: 'utf8' });
const read = (root: string, f: string) => readFileSync(join(root, f), 'utf8');
const PRICES = 'content/datasets/prices.csv';

describe('npm run data:diff', { timeout: 30_000 }, () => {
  it('lists changed cells, added and removed rows since the last recorded version', () => {
    const root = contentCopy();
    edit(root, PRICES, (t) => t.replace('14.99', '15.99').replace(/^rent,.*\n/m, '') + 'bundle,buy,19.99,cbs\n');
    const r = cli(root, 'data-diff.ts', 'prices');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        'prices: 3 changes since version 1 (content/datasets/archive/prices/v1.csv):',
        '  row buy, price_usd: "14.99" → "15.99"',
        '  row bundle: added',
        '  row rent: removed',
        'Record them with: npm run data:version -- prices --kind correction|update|internal "what changed and why"',
        '',
      ].join('\n'),
    );
  });

  it('says when nothing changed, and names the datasets when given an unknown one', () => {
    const root = contentCopy();
    expect(cli(root, 'data-diff.ts', 'prices').stdout).toBe('prices: no changes since version 1.\n');
    const bad = cli(root, 'data-diff.ts', 'price');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^usage: npm run data:diff -- <dataset>, where <dataset> is one of timeline, release-hours, .*; found "price"\n$/);
  });
});

describe('npm run data:version --kind', { timeout: 30_000 }, () => {
  it('requires a kind and lists the kinds when it is missing', () => {
    const root = contentCopy();
    edit(root, PRICES, (t) => t.replace('14.99', '15.99'));
    const r = cli(root, 'data-version.ts', 'prices', 'Corrected the price');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'data:version: expected --kind followed by one of correction, update, internal: correction (a figure was wrong; listed for readers), update (newer figures; listed for readers), internal (housekeeping readers need not see; kept in the changelog and archive only)\n' +
        'usage: npm run data:version -- <dataset> --kind correction|update|internal "what changed and why"\n',
    );
    expect(cli(root, 'data-version.ts', 'prices', '--kind', 'fix', 'Corrected').stderr).toContain('; found "fix"');
  });

  it('records an internal change in the changelog and archive but not in the readers’ list, with curly quotes', () => {
    const root = contentCopy();
    edit(root, PRICES, (t) => t.replace(/^(buy,.*digitaltrends)$/m, '$1;cbs'));
    const r = cli(root, 'data-version.ts', 'prices', '--kind', 'internal', 'Cited "Variety" as a second source');
    expect(r.stdout).toContain('Recorded prices version 2 (was 1) as an internal change, not listed for readers.');
    const meta = parse(read(root, 'content/datasets/prices.meta.yaml')) as { changelog: { change: string; kind?: string }[] };
    expect(meta.changelog.at(-1)).toMatchObject({ change: 'Cited \u201CVariety\u201D as a second source', kind: 'internal' });
    expect(existsSync(join(root, archivePath('prices', 2)))).toBe(true);
    expect(corrections(loadContent(root))).toEqual([]);

    edit(root, PRICES, (t) => t.replace('14.99', '15.99'));
    recordVersion(root, 'prices', 'Corrected the purchase price', '2027-01-05', 'correction');
    expect(corrections(loadContent(root)).map((c) => c.change)).toEqual(['Corrected the purchase price']);
  });
});

describe('npm run data:undo', { timeout: 30_000 }, () => {
  it('undoes the last version and keeps the edits, which then need recording again', () => {
    const root = contentCopy();
    const lockBefore = read(root, 'content/datasets/versions.lock.json');
    const metaBefore = read(root, 'content/datasets/prices.meta.yaml');
    edit(root, PRICES, (t) => t.replace('14.99', '15.99'));
    recordVersion(root, 'prices', 'Corrected the purchase price', '2027-01-05', 'correction');
    const r = cli(root, 'data-undo.ts', 'prices');
    expect(r.stdout).toContain('Undid prices version 2; it is at version 1 again. content/datasets/prices.csv keeps your edits');
    expect(read(root, 'content/datasets/versions.lock.json')).toBe(lockBefore);
    expect(read(root, 'content/datasets/prices.meta.yaml')).toBe(metaBefore);
    expect(existsSync(join(root, archivePath('prices', 2)))).toBe(false);
    expect(problems(root)[0]).toContain('dataset prices changed but its version is still 1; changed: row buy, price_usd: "14.99" → "15.99"');
  });

  it('with --restore puts the data back too', () => {
    const root = contentCopy();
    edit(root, PRICES, (t) => t.replace('14.99', '15.99'));
    recordVersion(root, 'prices', 'Corrected the purchase price', '2027-01-05', 'correction');
    undoVersion(root, 'prices', { restore: true });
    expect(read(root, PRICES)).toContain('14.99');
    expect(problems(root)).toEqual([]);
  });

  it('refuses a first version, and a version already on the main branch', () => {
    const root = contentCopy();
    expect(() => undoVersion(root, 'prices')).toThrow('prices is at its first version 1; there is no recorded change to undo');
    edit(root, PRICES, (t) => t.replace('14.99', '15.99'));
    recordVersion(root, 'prices', 'Corrected the purchase price', '2027-01-05', 'correction');
    const git = (...a: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...a], { cwd: root, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('add', 'content');
    git('commit', '-q', '-m', 'publish');
    const r = cli(root, 'data-undo.ts', 'prices');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'data:undo: prices version 2 is published (content/datasets/archive/prices/v2.csv is on the main branch); it cannot be undone. Record a new version instead: npm run data:version -- prices --kind correction "..."\n',
    );
  });
});

describe('pinned views and internal versions', { timeout: 30_000 }, () => {
  it('a view pinned to a day follows the internal versions after it, and internal days are no pin dates', () => {
    const m = loadContent(REPO);
    const cost = m.datasets['cost-estimates'];
    expect(cost.meta.changelog.map((c) => [c.version, c.kind ?? 'first'])).toEqual([
      [1, 'first'],
      [2, 'internal'],
    ]);
    expect(versionOn(cost, '2026-11-21')).toBe(2);
    expect(versionDates(m.datasets, ['cost-estimates', 'box-office'])).toEqual(['2026-11-21']);
  });
});
