/**
 * Live preview for editors: `npm run dev` shows the same problem list as `npm run check`
 * instead of a blank page, and shows the article again once the mistake is fixed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { REPO, copySite } from './site-copy.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4390) + 5;
let dir = '';
let remove: () => void = () => undefined;
let dev: ChildProcess | undefined;

test.afterAll(() => {
  dev?.kill();
  remove();
});

test('a content mistake shows its message in the preview, and fixing it brings the article back', async ({ page }) => {
  test.setTimeout(120_000);
  const site = copySite('dev-preview');
  dir = site.dir;
  remove = site.remove;
  const csv = join(dir, 'content/datasets/prices.csv');
  const good = readFileSync(csv, 'utf8');
  writeFileSync(csv, good.replace('14.99', '14,99'));

  dev = spawn(join(REPO, 'node_modules/.bin/astro'), ['dev', '--port', String(PORT), '--host', '127.0.0.1'], { cwd: dir, stdio: 'pipe' });
  await expect.poll(async () => (await fetch(`http://127.0.0.1:${PORT}/`).catch(() => undefined))?.status, { timeout: 60_000 }).toBe(200);

  await page.goto(`http://127.0.0.1:${PORT}/`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The content has');
  await expect(alert).toContainText('content/datasets/prices.csv:3: row has 5 cells, expected 4');
  await expect(alert).toContainText('The content has 1 problem');

  writeFileSync(csv, good);
  // The open page reloads itself when content changes; wait for the server to have the article,
  // then load it once (reloading by hand would race the page's own reload).
  await expect
    .poll(async () => (await (await fetch(`http://127.0.0.1:${PORT}/`)).text()).includes('class="masthead"'), { timeout: 30_000 })
    .toBe(true);
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('The Interview');
});
