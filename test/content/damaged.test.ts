/**
 * Damaged files never crash the tools: any content file, truncated, re-delimited, with stray
 * quotes or colons, duplicated, deleted or swapped lines and cells, odd Unicode or very long lines,
 * is either accepted or rejected with messages that name a content file; never a stack trace.
 * The runs are few and seeded, so the suite stays fast and repeatable.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffCsv } from '../../src/content/diff.ts';
import { ContentError } from '../../src/content/errors.ts';
import { loadContent } from '../../src/content/load.ts';
import { build, contentCopy, siteCopy } from './fixture.ts';

const FILES = [
  'content/datasets/piracy-estimates.csv',
  'content/datasets/release-hours.csv',
  'content/datasets/theaters.meta.yaml',
  'content/sources.yaml',
  'content/charts.yaml',
  'content/article.yaml',
  'content/story/02-release.md',
  'content/datasets/versions.lock.json',
];

type Damage = (text: string) => string;
const lines = (t: string) => t.split('\n');
const at = (t: string, f: number) => Math.floor(f * t.length);

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((f): Damage => (t) => t.slice(0, at(t, f))),
  fc.constantFrom(';', '\t', '|').map((d): Damage => (t) => t.replace(/,/g, d)),
  fc.tuple(fc.constantFrom('"', ':', "'", '{{', '- ', '---', ':::'), fc.double({ min: 0, max: 1, noNaN: true })).map(([s, f]): Damage => (t) => t.slice(0, at(t, f)) + s + t.slice(at(t, f))),
  fc.nat(200).map((i): Damage => (t) => lines(t).flatMap((l, j) => (j === i % lines(t).length ? [l, l] : [l])).join('\n')),
  fc.nat(200).map((i): Damage => (t) => lines(t).filter((_, j) => j !== i % lines(t).length).join('\n')),
  fc.nat(200).map((i): Damage => (t) =>
    lines(t)
      .map((l, j) => {
        if (j !== i % lines(t).length) return l;
        const cells = l.split(',');
        return [cells[1] ?? '', cells[0] ?? '', ...cells.slice(2)].join(',');
      })
      .join('\n'),
  ),
  fc.tuple(fc.constantFrom('\u0000', '\uFEFF', '\u202E', '\uD800', '\u{1F600}', 'e\u0301', '\u2028', '\r'), fc.double({ min: 0, max: 1, noNaN: true })).map(([s, f]): Damage => (t) => t.slice(0, at(t, f)) + s + t.slice(at(t, f))),
  fc.nat(200).map((i): Damage => (t) => lines(t).flatMap((l, j) => (j === i % lines(t).length ? [l, 'x,'.repeat(20_000)] : [l])).join('\n')),
);

/** Runs `check` with `file` in `root` damaged by `hurt`, then puts the file back as it was. */
function withDamage(root: string, file: string, hurt: Damage, check: () => void): void {
  const p = join(root, file);
  const good = readFileSync(p, 'utf8');
  writeFileSync(p, hurt(good));
  try {
    check();
  } finally {
    writeFileSync(p, good);
  }
}

describe('damaged content files', { timeout: 120_000 }, () => {
  it('are accepted, or rejected with messages naming a content file, never a crash', () => {
    const root = contentCopy();
    fc.assert(
      fc.property(fc.constantFrom(...FILES), damage, (file, hurt) => {
        withDamage(root, file, hurt, () => {
          try {
            loadContent(root);
          } catch (err) {
            expect(err).toBeInstanceOf(ContentError);
            for (const issue of (err as ContentError).issues) {
              expect(issue.file).toMatch(/^content\//);
              expect(issue.message).not.toMatch(/\n\s+at /);
              expect(issue.message.length).toBeLessThan(1200);
            }
          }
        });
      }),
      { seed: 11, numRuns: 25 },
    );
  });

  it('refused by the build, which names the file and leaves the last good dist/ untouched', () => {
    const root = siteCopy();
    fc.assert(
      fc.property(fc.constantFrom(...FILES), damage, (file, hurt) => {
        withDamage(root, file, hurt, () => {
          // Only damage the content check refuses: an accepted file would (rightly) be built.
          let refused = false;
          try {
            loadContent(root);
          } catch {
            refused = true;
          }
          fc.pre(refused);
          const r = build(root);
          expect(r.status).toBe(1);
          expect(r.stderr).toMatch(/content\//);
          expect(r.stderr).not.toMatch(/\n\s+at /);
          expect(r.stderr).toContain('The previous build in dist/ was left untouched.');
          expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('the last good build');
          expect(existsSync(join(root, 'dist', '_astro'))).toBe(false);
        });
      }),
      // Each run is a build process (refused at its content check, before Astro starts).
      { seed: 7, numRuns: 4 },
    );
  });

  it('data:diff reads damaged CSV without crashing', () => {
    fc.assert(
      fc.property(damage, (hurt) => {
        const good = readFileSync(join(import.meta.dirname, '../../content/datasets/piracy-estimates.csv'), 'utf8');
        const d = diffCsv(good, hurt(good), 1);
        expect(Array.isArray(d.changed)).toBe(true);
      }),
      { seed: 11, numRuns: 60 },
    );
  });
});
