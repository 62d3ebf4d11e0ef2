/** recordVersion: `npm run data:version` bumps, logs, archives and locks a dataset's new version. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { csvHash, archivePath } from '../../src/content/lock.ts';
import { recordVersion } from '../../src/content/version.ts';
import { contentCopy, edit, problems } from './fixture.ts';

const read = (root: string, f: string) => readFileSync(join(root, f), 'utf8');

describe('recordVersion', () => {
  it('bumps the version, adds a dated changelog entry, keeps the old CSV and updates the lock', () => {
    const root = contentCopy();
    const before = read(root, 'content/datasets/prices.csv');
    const oldVersion = (parse(read(root, 'content/datasets/prices.meta.yaml')) as { version: number }).version;
    edit(root, 'content/datasets/prices.csv', (t) => t.replace('14.99', '15.99'));
    expect(problems(root)[0]).toMatch(/changed but its version is still/);

    const r = recordVersion(root, 'prices', 'Corrected the purchase price', '2027-01-05', 'correction');
    expect(r).toEqual({ id: 'prices', from: oldVersion, to: oldVersion + 1 });

    const meta = parse(read(root, 'content/datasets/prices.meta.yaml')) as { version: number; updated: string; changelog: { version: number; date: string; change: string }[] };
    expect(meta.version).toBe(oldVersion + 1);
    expect(meta.updated).toBe('2027-01-05');
    expect(meta.changelog.at(-1)).toEqual({ version: oldVersion + 1, date: '2027-01-05', change: 'Corrected the purchase price', kind: 'correction' });
    expect(read(root, archivePath('prices', oldVersion))).toBe(before);
    expect(read(root, archivePath('prices', oldVersion + 1))).toBe(read(root, 'content/datasets/prices.csv'));
    const lock = JSON.parse(read(root, 'content/datasets/versions.lock.json')) as Record<string, { version: number; sha256: string }>;
    expect(lock['prices']).toEqual({ version: oldVersion + 1, sha256: csvHash(read(root, 'content/datasets/prices.csv')) });
    expect(problems(root)).toEqual([]);
  });

  it('refuses when nothing changed', () => {
    const root = contentCopy();
    expect(() => recordVersion(root, 'prices', 'No change', '2027-01-05', 'correction')).toThrow('content/datasets/prices.csv has not changed since version 1; nothing to record');
  });

  it('refuses data that fails its schema, and writes nothing', () => {
    const root = contentCopy();
    edit(root, 'content/datasets/prices.csv', (t) => t.replace('14.99', 'fifteen'));
    const lockBefore = read(root, 'content/datasets/versions.lock.json');
    expect(() => recordVersion(root, 'prices', 'Bad edit', '2027-01-05', 'correction')).toThrow(/\[price_usd\]: expected a number/);
    expect(read(root, 'content/datasets/versions.lock.json')).toBe(lockBefore);
    expect(existsSync(join(root, archivePath('prices', 2)))).toBe(false);
  });

  it('refuses an unknown dataset', () => {
    const root = contentCopy();
    expect(() => recordVersion(root, 'pricez', 'x y z', '2027-01-05', 'correction')).toThrow(/unknown dataset "pricez"; expected one of timeline, /);
  });
});
