/**
 * The admin (/admin/, `npm run edit`) driven for real: Decap CMS with its local backend on a
 * copy of the site. Each edit must change the files exactly as an editor editing them by hand
 * (or with npm run data:version) would; a mistake shows the check's message and saves nothing;
 * the preview shows the change.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { REPO, copySite } from './site-copy.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4390) + 7;
const BASE = `http://127.0.0.1:${PORT}`;
test.describe.configure({ mode: 'serial' });

let site: { dir: string; remove: () => void };
let fixture: { dir: string; remove: () => void };
let edit: ChildProcess;
const original = (file: string) => readFileSync(join(REPO, file), 'utf8');
const onDisk = (file: string) => readFileSync(join(site.dir, file), 'utf8');

test.beforeAll(async () => {
  test.setTimeout(120_000);
  site = copySite('cms');
  cpSync(join(REPO, 'cms'), join(site.dir, 'cms'), { recursive: true });
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
  const { writeFileSync } = await import('node:fs');
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
