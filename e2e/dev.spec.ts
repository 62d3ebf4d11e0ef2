/**
 * Live preview for editors: `npm run dev` shows the same problem list as `npm run check`
 * instead of a blank page, shows unrecorded data changes with a banner naming them (the build
 * refuses them), and keeps the reader's place across the reloads that follow each save.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { REPO, copySite } from './site-copy.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4390) + 5;
const BASE = `http://127.0.0.1:${PORT}`;
// One dev server at a time on this port.
test.describe.configure({ mode: 'serial' });

let site: { dir: string; remove: () => void } | undefined;
let dev: ChildProcess | undefined;

async function startDev(prefix: string, prepare: (dir: string) => void): Promise<string> {
  site = copySite(prefix);
  prepare(site.dir);
  dev = spawn(join(REPO, 'node_modules/.bin/astro'), ['dev', '--port', String(PORT), '--host', '127.0.0.1'], {
    cwd: site.dir,
    stdio: 'pipe',
  });
  await expect.poll(async () => (await fetch(`${BASE}/`).catch(() => undefined))?.status, { timeout: 60_000 }).toBe(200);
  return site.dir;
}

test.afterEach(async () => {
  if (dev && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev?.once('exit', resolve));
    dev.kill();
    await exited;
  }
  dev = undefined;
  site?.remove();
  site = undefined;
});

/** Opens `path`; the dev server may reload the page once while it prepares its bundles, so retry. */
async function open(page: Page, path: string): Promise<void> {
  await expect(async () => {
    await page.goto(`${BASE}${path}`);
  }).toPass({ timeout: 60_000 });
}

/** Waits for the server to serve `marker` after a save. */
async function afterSave(marker: string): Promise<void> {
  // The server may drop a request while it reloads content; that only means "not yet".
  const served = async () => (await (await fetch(`${BASE}/`).catch(() => undefined))?.text().catch(() => ''))?.includes(marker) ?? false;
  // A reload lays out every edition again (the article's state file lists all four): on a busy
  // machine that has taken more than 30 s.
  await expect.poll(served, { timeout: 60_000 }).toBe(true);
}

test('a content mistake shows its message in the preview, and fixing it brings the article back', async ({ page }) => {
  test.setTimeout(120_000);
  let csv = '';
  let good = '';
  await startDev('dev-preview', (dir) => {
    csv = join(dir, 'content/datasets/prices.csv');
    good = readFileSync(csv, 'utf8');
    writeFileSync(csv, good.replace('14.99', '14,99'));
  });

  await open(page, '/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The content has');
  await expect(alert).toContainText('content/datasets/prices.csv:3: row has 5 cells, expected 4');
  await expect(alert).toContainText('The content has 1 problem');

  writeFileSync(csv, good);
  // The open page reloads itself when content changes; wait for the server to have the article,
  // then load it once (reloading by hand would race the page's own reload).
  await afterSave('class="masthead"');
  await open(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('The Interview');
});

test('an unrecorded data change is shown with a banner naming it and the command that records it', async ({ page }) => {
  test.setTimeout(120_000);
  await startDev('dev-unrecorded', (dir) => {
    const csv = join(dir, 'content/datasets/piracy-estimates.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace(/^(tf-20h,TorrentFreak,20,yes,)750000,/m, '$1760000,'));
  });
  await open(page, '/#piracy-torrentfreak');
  const banner = page.getByRole('status', { name: 'Unrecorded data changes' });
  await expect(banner).toContainText('Preview: unrecorded data changes in piracy-estimates.');
  await expect(banner).toContainText('piracy-estimates (since version 2): row tf-20h, count: "750000" → "760000"');
  await expect(banner).toContainText('npm run data:version -- piracy-estimates --kind correction|update|internal "what changed and why"');
  // The article shows the new figure everywhere, the prose and the chart labels alike (only the
  // sources' own headlines, quoted in the source list, keep theirs).
  await expect(page.locator('#piracy-torrentfreak .fig[data-figure="piracy-estimates:tf-20h.count"]')).toContainText('760,000');
  await page.locator('#release-first-day').scrollIntoViewIfNeeded();
  await expect(page.locator('.scrolly:has(#release-first-day) .live-figure svg text', { hasText: '760,000' }).first()).toBeAttached();
  // Step text, that is, without the citation notes, whose quoted headlines keep their own figure.
  const stepText = await page.$$eval('.step', (els) =>
    els.map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const note of copy.querySelectorAll('.cite-note')) note.remove();
      return copy.textContent;
    }),
  );
  expect(stepText.filter((t) => t.includes('750,000'))).toEqual([]);
  expect(stepText.filter((t) => t.includes('760,000')).length).toBeGreaterThan(0);
});

test('after a save the page reloads at the step the reader was reading', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = await startDev('dev-place', () => undefined);
  await open(page, '/#piracy-excipio');
  await expect(page.locator('#piracy-excipio')).toBeInViewport({ timeout: 30_000 });
  // Scroll on to another step, then save a story file: the page reloads itself.
  await page.locator('#money-cost').scrollIntoViewIfNeeded();
  await page.evaluate(() => ((window as unknown as { beforeSave: boolean }).beforeSave = true));
  const story = join(dir, 'content/story/04-piracy.md');
  writeFileSync(story, readFileSync(story, 'utf8').replace('The most widely repeated figures', 'The most often repeated figures'));
  await afterSave('The most often repeated figures');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { beforeSave?: boolean }).beforeSave ?? false).catch(() => true), {
      timeout: 30_000,
    })
    .toBe(false);
  await expect(page.locator('#money-cost')).toBeInViewport({ timeout: 30_000 });
});
