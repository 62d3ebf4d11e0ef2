/**
 * Build time with the editions: cold builds of copies of the project (lib/scale.ts), compared with
 * the English-only site before the editions (a commit, `git archive`d into a folder of its own).
 *
 * The growth with the number of editions is measured in the copy alone, without touching src/:
 * the copy's TARGET_LOCALES (src/i18n/locales.ts) is cut to the first n - 1 translations and the
 * other translations' folders are taken out of its content/. Those builds keep the font cache of
 * the copy's first (cold) build, because the layouts import every edition's cut fonts; so they
 * compare page generation, and the first build alone includes cutting the fonts.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SOURCE_LOCALE, TARGET_LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { coldBuild, linkedWorkspace, makeWorkspace, type BuildRun, type Workspace } from './scale.ts';
import { log, seconds } from './util.ts';

export interface EditionBuild {
  label: string;
  editions: Locale[];
  /** The copy's font cache was kept from an earlier build (fonts not cut again). */
  fontsCached: boolean;
  /** The commit built, for the English-only baseline. */
  commit?: string;
  run: BuildRun;
}

/** A folder holding `ref`'s tree (git archive), with node_modules linked from `root`. */
export function archiveWorkspace(root: string, ref: string): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'bench-base-'));
  const tar = execFileSync('git', ['archive', '--format=tar', ref], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  return linkedWorkspace(root, dir);
}

const LIST = /^export const TARGET_LOCALES: readonly TargetLocale\[\] = \[[^\]]*\];$/m;

/** Cuts the copy in `dir` to English plus `keep`: its TARGET_LOCALES and its content/translations/. */
function limitEditions(dir: string, root: string, keep: readonly Locale[]): void {
  const file = join(dir, 'src/i18n/locales.ts');
  const text = readFileSync(join(root, 'src/i18n/locales.ts'), 'utf8');
  if (!LIST.test(text))
    throw new Error('src/i18n/locales.ts: the TARGET_LOCALES line has changed; bench/lib/edition-builds.ts cannot limit the editions');
  const targets = TARGET_LOCALES.filter((l) => keep.includes(l));
  writeFileSync(
    file,
    text.replace(LIST, `export const TARGET_LOCALES: readonly TargetLocale[] = ${JSON.stringify(targets).replace(/"/g, "'")};`),
  );
  for (const l of TARGET_LOCALES) {
    const copy = join(dir, 'content/translations', l);
    rmSync(copy, { recursive: true, force: true });
    const original = join(root, 'content/translations', l);
    if (targets.includes(l) && existsSync(original)) cpSync(original, copy, { recursive: true });
  }
}

/**
 * The builds, in this order so that a drift of the machine's load shows: the English-only
 * baseline (cold), every edition (cold: fonts cut), then 1, 2, … editions and all again, fonts cached.
 */
export async function editionBuilds(o: { root: string; baseline: string; counts: number[]; timeoutMs: number }): Promise<EditionBuild[]> {
  const out: EditionBuild[] = [];
  const all: Locale[] = [SOURCE_LOCALE, ...TARGET_LOCALES];
  const record = (b: EditionBuild): void => {
    out.push(b);
    log(`${b.label}: ${b.run.ok ? seconds(b.run.ms) : (b.run.error ?? 'failed').split('\n')[0]}`);
  };
  if (o.baseline) {
    log(`cold build of ${o.baseline} (English only, before the editions) …`);
    const base = archiveWorkspace(o.root, o.baseline);
    try {
      record({
        label: `English only (${o.baseline})`,
        editions: [SOURCE_LOCALE],
        fontsCached: false,
        commit: o.baseline,
        run: await coldBuild(base.dir, 1, 0, o.timeoutMs),
      });
    } finally {
      base.remove();
    }
  }
  const ws = makeWorkspace(o.root);
  try {
    log(`cold build with ${String(all.length)} editions …`);
    record({ label: `${String(all.length)} editions`, editions: all, fontsCached: false, run: await coldBuild(ws.dir, 1, 0, o.timeoutMs) });
    for (const n of [...o.counts.filter((c) => c >= 1 && c < all.length), all.length]) {
      const keep = all.slice(0, n);
      limitEditions(ws.dir, o.root, keep);
      log(`build with ${String(n)} edition${n === 1 ? '' : 's'} (${keep.join(', ')}), fonts cached …`);
      record({
        label: `${String(n)} edition${n === 1 ? '' : 's'}, fonts cached`,
        editions: keep,
        fontsCached: true,
        run: await coldBuild(ws.dir, 1, 0, o.timeoutMs),
      });
    }
  } finally {
    ws.remove();
  }
  return out;
}
