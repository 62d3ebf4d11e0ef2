/**
 * A correction as an editor makes it: a copy of the site whose box-office data is changed and
 * recorded as version 2 (dated after publication), built and served on its own. Readers must
 * see the change everywhere it matters, and pinned embeds must keep the old version and say so.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer } from '../src/cli/serve.ts';
import { recordVersion } from '../src/content/version.ts';
import { copySite } from './site-copy.ts';

const CORRECTION = 'Test fixture: Jan. 18 gross revised after a re-count';
let dir = '';
let remove: () => void = () => undefined;
let server: Server | undefined;
let base = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const site = copySite('corrected-site');
  dir = site.dir;
  remove = site.remove;
  const csv = join(dir, 'content/datasets/box-office.csv');
  writeFileSync(csv, readFileSync(csv, 'utf8').replace(/^(box-jan18,2015-01-18,25,)6000000,/m, '$16100000,'));
  recordVersion(dir, 'box-office', CORRECTION, '2026-12-01');
  execFileSync(process.execPath, ['src/cli/build.ts'], { cwd: dir, stdio: 'pipe' });
  server = startServer(join(dir, 'dist'), 0);
  await new Promise((done) => server?.on('listening', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => {
  server?.close();
  remove();
});

test('the article shows the correction, the new figure and the Updated date', async ({ page }) => {
  await page.goto(`${base}/`);
  await expect(page.locator('.byline')).toContainText('Updated Dec. 1, 2026');
  const item = page.locator('#corrections li', { hasText: CORRECTION });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Dec. 1, 2026');
  await expect(item).toContainText('version 2');
  await expect(item).toContainText('Sales, box office and reported cost');
  await expect(page.locator('.fig[data-figure="box-office:box-jan18.gross_usd"]').first()).toContainText('$6.1 million');
  await expect(page.locator('#changes-box-office li').first()).toContainText(CORRECTION);
  const moneyCredit = page.locator('.step[data-chart="money"] .credit').first();
  await expect(moneyCredit).toContainText('version 2');
});

test('a pinned embed keeps the data as published and links to the correction', async ({ page, request }) => {
  await page.goto(`${base}/embed/money/online-sales/as-of-2026-11-21/`);
  const notice = page.locator('.embed__notice');
  await expect(notice).toContainText('has since been corrected');
  await expect(notice.getByRole('link')).toHaveAttribute('href', /#changes-box-office$/);
  await expect(page.locator('.credit')).toContainText('version 1');
  await expect(page.locator('.data-table td', { hasText: 'about $6 million' })).not.toHaveCount(0);
  // The latest embed has the new figure and no notice.
  await page.goto(`${base}/embed/money/online-sales/`);
  await expect(page.locator('.embed__notice')).toHaveCount(0);
  await expect(page.locator('.data-table td', { hasText: 'about $6.1 million' })).not.toHaveCount(0);
  // Both versions stay downloadable.
  expect(await (await request.get(`${base}/data/box-office/v1.csv`)).text()).toContain('box-jan18,2015-01-18,25,6000000,');
  expect(await (await request.get(`${base}/data/box-office/v2.csv`)).text()).toContain('box-jan18,2015-01-18,25,6100000,');
});
