/**
 * Live preview for editors: `npm run dev` shows the same problem list as `npm run check`
 * instead of a blank page, and shows the article again once the mistake is fixed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const REPO = join(import.meta.dirname, '..');
const PORT = 4395;
let dir = '';
let dev: ChildProcess | undefined;

test.afterAll(() => {
  dev?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a content mistake shows its message in the preview, and fixing it brings the article back', async ({ page }) => {
  test.setTimeout(120_000);
  dir = mkdtempSync(join(tmpdir(), 'dev-preview-'));
  for (const f of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(REPO, f), join(dir, f), { recursive: true });
  }
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  const csv = join(dir, 'content/datasets/prices.csv');
  const good = readFileSync(csv, 'utf8');
  writeFileSync(csv, good.replace('14.99', '14,99'));

  dev = spawn(join(REPO, 'node_modules/.bin/astro'), ['dev', '--port', String(PORT), '--host', '127.0.0.1'], { cwd: dir, stdio: 'pipe' });
  await expect.poll(async () => (await fetch(`http://127.0.0.1:${PORT}/`).catch(() => undefined))?.status, { timeout: 60_000 }).toBe(200);

  await page.goto(`http://127.0.0.1:${PORT}/`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The content has');
  await expect(alert).toContainText('content/datasets/prices.csv:3: row has 5 cells, expected 4');

  writeFileSync(csv, good);
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('The Interview', { timeout: 2000 });
  }).toPass({ timeout: 30_000 });
});
