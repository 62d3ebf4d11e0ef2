/**
 * The admin (/admin/, `npm run edit`) driven for real: Decap CMS with its local backend on a
 * copy of the site. Each edit must change the files exactly as an editor editing them by hand
 * (or with npm run data:version) would; a mistake shows the check's message and saves nothing;
 * the preview shows the change.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { REPO, copySite } from './site-copy.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4390) + 7;
const BASE = `http://127.0.0.1:${PORT}`;
test.describe.configure({ mode: 'serial' });

let site: { dir: string; remove: () => void };
let fixture: { dir: string; remove: () => void };
let edit: ChildProcess;
let remote: string;
const git = (dir: string, ...args: string[]) => {
  const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};
const original = (file: string) => readFileSync(join(REPO, file), 'utf8');
const onDisk = (file: string) => readFileSync(join(site.dir, file), 'utf8');

test.beforeAll(async () => {
  test.setTimeout(120_000);
  site = copySite('cms');
  cpSync(join(REPO, 'cms'), join(site.dir, 'cms'), { recursive: true });
  // A git checkout with a remote, as an editor's clone is: hand-over commits and pushes to it.
  remote = mkdtempSync(join(tmpdir(), 'cms-remote-'));
  git(remote, 'init', '--bare', '-q');
  git(site.dir, 'init', '-q', '-b', 'main');
  git(site.dir, 'config', 'user.name', 'Test Editor');
  git(site.dir, 'config', 'user.email', 'editor@example.org');
  writeFileSync(join(site.dir, '.gitignore'), 'node_modules\n.astro\ndist\n');
  git(site.dir, 'add', '-A');
  git(site.dir, 'commit', '-qm', 'The site as published');
  git(site.dir, 'remote', 'add', 'origin', remote);
  edit = spawn(process.execPath, ['cms/server/edit.ts', '--no-open', '--port', String(PORT), '--host', '127.0.0.1'], {
    cwd: site.dir,
    stdio: 'pipe',
  });
  const up = async () => (await fetch(`${BASE}/admin/cms.js`).catch(() => undefined))?.status;
  await expect.poll(up, { timeout: 100_000 }).toBe(200);
});

test.afterAll(async () => {
  if (edit.exitCode === null) {
    const exited = new Promise((resolve) => edit.once('exit', resolve));
    edit.kill('SIGTERM');
    await exited;
  }
  site.remove();
  fixture.remove();
  rmSync(remote, { recursive: true, force: true });
});

async function openEntry(page: Page, collection: string, entry: string): Promise<void> {
  await page.goto(`${BASE}/admin/#/collections/${collection}/entries/${entry}`);
  const login = page.getByRole('button', { name: 'Login' });
  const editor = page.locator('textarea, table').first();
  await expect(login.or(editor)).toBeVisible({ timeout: 30_000 });
  if (await login.isVisible()) await login.click();
  await expect(editor).toBeVisible({ timeout: 30_000 });
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now', { exact: true }).click();
}

/** The page of the dev server inside the admin's preview pane. */
function previewPage(page: Page): FrameLocator {
  return page.frameLocator('#preview-pane').frameLocator('iframe[title="Preview of the published page"]');
}

/** Replaces text in the entry's source editor. */
async function replaceText(page: Page, from: string, to: string): Promise<void> {
  const area = page.locator('textarea').first();
  const text = await area.inputValue();
  expect(text).toContain(from);
  await area.fill(text.replace(from, to));
}

test('a paragraph: the chapter file changes by exactly that sentence, and the preview shows it', async ({ page }) => {
  const file = 'content/story/01-hack.md';
  await openEntry(page, 'chapters', '01-hack');
  await replaceText(page, 'The trouble began a month', 'The trouble started a month');
  await expect(previewPage(page).getByText('The trouble started a month')).toBeVisible({ timeout: 30_000 });
  await publish(page);
  await expect
    .poll(() => onDisk(file), { timeout: 15_000 })
    .toBe(original(file).replace('The trouble began a month', 'The trouble started a month'));
});

test('a mistake shows the check message and saves nothing', async ({ page }) => {
  const file = 'content/story/02-release.md';
  await openEntry(page, 'chapters', '02-release');
  await replaceText(page, 'were not far behind.', 'were <em>not</em> far behind.');
  await publish(page);
  const panel = page.getByRole('alert', { name: 'Content check' });
  await expect(panel).toContainText('Not saved');
  await expect(panel).toContainText(/content\/story\/02-release\.md:22:\d+: raw HTML is not allowed in the story, found "<em>"/);
  expect(onDisk(file)).toBe(original(file));
});

test('a figure: the CSV changes in that cell and the version is recorded as data:version records it', async ({ page }) => {
  const csv = 'content/datasets/box-office.csv';
  await openEntry(page, 'data', 'box-office');
  await page.getByRole('textbox', { name: 'box-jan4 gross_usd' }).fill('5100000');
  await publish(page);
  // Without a kind and a sentence nothing is saved.
  await expect(page.getByRole('alert', { name: 'Content check' })).toContainText('saving records a new version');
  expect(onDisk(csv)).toBe(original(csv));
  await page.getByLabel('Kind of change').click();
  await page.getByText('correction: a figure was wrong', { exact: false }).click();
  await page.getByRole('textbox', { name: 'What changed and why' }).fill("Corrected the Jan. 4 gross to match Variety's report");
  await publish(page);
  await expect(page.getByRole('alert', { name: 'Content check' })).toContainText('Recorded box-office version 2 (was 1) as a correction');
  // The same change made by hand and recorded on the command line.
  fixture = copySite('cms-fixture');
  writeFileSync(join(fixture.dir, csv), original(csv).replace('box-jan4,2015-01-04,11,5000000', 'box-jan4,2015-01-04,11,5100000'));
  const cli = spawnSync(
    process.execPath,
    ['src/cli/data-version.ts', 'box-office', '--kind', 'correction', "Corrected the Jan. 4 gross to match Variety's report"],
    { cwd: fixture.dir, encoding: 'utf8' },
  );
  expect(cli.status, cli.stderr).toBe(0);
  for (const f of [
    csv,
    'content/datasets/box-office.meta.yaml',
    'content/datasets/versions.lock.json',
    'content/datasets/archive/box-office/v2.csv',
  ]) {
    expect(existsSync(join(site.dir, f)), f).toBe(true);
    expect(onDisk(f), f).toBe(readFileSync(join(fixture.dir, f), 'utf8'));
  }
});

test('a translation: the German file changes by that text, and the German preview shows it', async ({ page }) => {
  const file = 'content/translations/de/article.yaml';
  await openEntry(page, 'translations-article', 'de');
  await replaceText(page, 'text: "Los Angeles"', 'text: "Los Angeles (Kalifornien)"');
  await expect(previewPage(page).getByText('Los Angeles (Kalifornien)').first()).toBeVisible({ timeout: 30_000 });
  await expect(previewPage(page).locator('html')).toHaveAttribute('lang', 'de-DE');
  await publish(page);
  await expect
    .poll(() => onDisk(file), { timeout: 15_000 })
    .toBe(original(file).replace('text: "Los Angeles"', 'text: "Los Angeles (Kalifornien)"'));
});

test('a chart state: charts.yaml changes by that title; the preview shows the embed, in the dark scheme too', async ({ page }) => {
  const file = 'content/charts.yaml';
  await openEntry(page, 'charts', 'file');
  await replaceText(page, 'title: Threats against theaters', 'title: Threats against cinemas');
  const pane = page.frameLocator('#preview-pane');
  await pane.getByLabel('Show').selectOption('embed/timeline/threats/');
  await expect(previewPage(page).getByText('Threats against cinemas').first()).toBeVisible({ timeout: 30_000 });
  await pane.getByLabel('Colours').selectOption('dark');
  await expect(previewPage(page).locator('html')).toHaveAttribute('data-theme', 'dark');
  await publish(page);
  await expect
    .poll(() => onDisk(file), { timeout: 15_000 })
    .toBe(original(file).replace('title: Threats against theaters', 'title: Threats against cinemas'));
});

test('a translation written with TODO is saved with the hash of the English, as i18n:stamp would stamp it', async ({ page }) => {
  const file = 'content/translations/de/article.yaml';
  const before = onDisk(file);
  await openEntry(page, 'translations-article', 'de');
  await replaceText(page, 'translates: "39e9dcd5"', 'translates: TODO');
  await publish(page);
  await expect(page.getByRole('alert', { name: 'Content check' })).toContainText('1 TODO set to the hash of the English');
  await expect.poll(() => onDisk(file), { timeout: 15_000 }).toBe(before);
});

test('Translations lists what npm run i18n:status lists: the paragraph and state changed above stale, the new correction untranslated', async ({
  page,
}) => {
  await openEntry(page, 'charts', 'file');
  await page.getByRole('button', { name: 'Translations' }).click();
  const box = page.getByRole('dialog', { name: 'Translations' });
  for (const l of ['es', 'de', 'ko']) {
    await expect(box).toContainText(`${l}: 478 of 481 passages translated and current, 2 stale, 1 missing, 0 not stamped`);
    await expect(box).toContainText(`content/translations/${l}/datasets.yaml [box-office.changelog.2]: missing`);
    await expect(box).toContainText(
      new RegExp(
        `content/translations/${l}/charts.yaml:\\d+ \\[timeline.states.threats.title\\]: stale: the English at content/charts.yaml`,
      ),
    );
    await expect(box).toContainText(new RegExp(`content/translations/${l}/story/01-hack.md:\\d+ \\[intro\\]: stale`));
  }
});

test('undo and restore takes back the recorded version: data, details and register as they were', async ({ page }) => {
  const files = ['content/datasets/box-office.csv', 'content/datasets/box-office.meta.yaml', 'content/datasets/versions.lock.json'];
  expect(onDisk(files[0] ?? '')).not.toBe(original(files[0] ?? ''));
  await openEntry(page, 'data', 'box-office');
  await page.getByLabel('Kind of change').click();
  await page.getByText('undo and restore: take back the last version', { exact: false }).click();
  await publish(page);
  await expect(page.getByRole('alert', { name: 'Content check' })).toContainText('Undid box-office version 2; it is at version 1 again.');
  for (const f of files) await expect.poll(() => onDisk(f), { timeout: 15_000, message: f }).toBe(original(f));
  expect(existsSync(join(site.dir, 'content/datasets/archive/box-office/v2.csv'))).toBe(false);
});

test('hand over: the changed files as a zip, then committed on a new branch and pushed', async ({ page }) => {
  await openEntry(page, 'chapters', '01-hack');
  await page.getByRole('button', { name: 'Hand over' }).click();
  const box = page.getByRole('dialog', { name: 'Hand over' });
  const changed = git(site.dir, 'status', '--porcelain', '--', 'content')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(3));
  expect(changed).toEqual(
    expect.arrayContaining(['content/story/01-hack.md', 'content/charts.yaml', 'content/translations/de/article.yaml']),
  );
  for (const f of changed) await expect(box).toContainText(`${f} (changed)`);
  const download = page.waitForEvent('download');
  await box.getByRole('link', { name: 'Download the changed files (zip)' }).click();
  const zip = await (await download).path();
  const { default: yauzl } = await import('yauzl');
  const names = await new Promise<string[]>((resolve, reject) => {
    yauzl.open(zip, { lazyEntries: false }, (err, z) => {
      if (err) {
        reject(err);
        return;
      }
      const out: string[] = [];
      z.on('entry', (e: { fileName: string }) => out.push(e.fileName));
      z.on('end', () => {
        resolve(out);
      });
    });
  });
  expect(names.sort()).toEqual(['CHANGES.txt', ...changed].sort());
  await box.getByLabel('Name of the branch').fill('Fix the opening');
  await box.getByLabel('What the change is, in one sentence').fill('Say "started" in the first sentence');
  await box.getByRole('button', { name: 'Commit on a new branch' }).click();
  await expect(box.getByRole('status')).toContainText('Pushed fix-the-opening to origin', { timeout: 60_000 });
  expect(git(remote, 'log', '-1', '--format=%s', 'fix-the-opening').trim()).toBe('Say "started" in the first sentence');
  expect(git(remote, 'show', 'fix-the-opening:content/story/01-hack.md')).toBe(onDisk('content/story/01-hack.md'));
  expect(git(site.dir, 'status', '--porcelain', '--', 'content')).toBe('');
});
