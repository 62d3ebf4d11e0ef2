/**
 * The production admin (npm run build:admin), as a newsroom deploys it: served with its own
 * headers by a static host, Decap CMS's GitHub backend offering the login under the admin's CSP.
 * Its check runs in the browser; to drive it without GitHub, the same build is given Decap's own
 * in-memory backend (test-repo), filled with the content the admin was built with.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { REPO } from './site-copy.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4390) + 8;
const BASE = `http://127.0.0.1:${PORT}`;
const REPOSITORY = 'newsroom/the-interview';
test.describe.configure({ mode: 'serial' });

let dist: string;
let server: ChildProcess;
let content: Record<string, string>;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dist = mkdtempSync(join(tmpdir(), 'cms-production-'));
  for (const f of ['index.html', '_headers']) copyFileSync(join(REPO, 'dist', f), join(dist, f));
  const built = spawnSync(process.execPath, ['cms/server/build-admin.ts', '--dist', dist], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, CMS_GITHUB_REPO: REPOSITORY, CMS_AUTH_URL: 'https://auth.example.org/' },
  });
  expect(built.status, built.stderr).toBe(0);
  server = spawn(process.execPath, ['src/cli/serve.ts', '--port', String(PORT), '--dir', dist], { cwd: REPO, stdio: 'pipe' });
  const up = async () => (await fetch(`${BASE}/admin/`).catch(() => undefined))?.status;
  await expect.poll(up, { timeout: 60_000 }).toBe(200);
  content = (await (await fetch(`${BASE}/admin/content.json`)).json()) as Record<string, string>;
});

test.afterAll(async () => {
  if (server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dist, { recursive: true, force: true });
});

/** Policy violations and page errors, collected from the first script on. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.exposeFunction('reportViolation', (v: string) => problems.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { reportViolation: (v: string) => Promise<void> }).reportViolation(
        `CSP ${e.violatedDirective}: ${e.blockedURI}`,
      );
    });
  });
  return problems;
}

test('served with its own policy, the admin offers the GitHub login and breaks none of it', async ({ page }) => {
  const problems = await watch(page);
  const res = await page.goto(`${BASE}/admin/`);
  const csp = res?.headers()['content-security-policy'] ?? '';
  // Decap compiles its configuration's schemas (eval); nothing but 'self' may run.
  expect(csp).toContain("script-src 'self' 'unsafe-eval';");
  expect(csp).toContain("connect-src 'self' https://api.github.com https://auth.example.org");
  expect(csp).toContain("frame-ancestors 'none'");
  // The login answers from a popup: the opener policy must let it.
  expect(res?.headers()['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
  await expect(page.getByRole('button', { name: 'Login with GitHub' })).toBeVisible({ timeout: 30_000 });
  expect(problems).toEqual([]);
  // The article may be framed by its own site only: the admin's preview.
  const article = await fetch(`${BASE}/`);
  expect(article.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
});

/** The built admin on Decap's in-memory backend, holding the content it was built with. */
async function openOnTestRepo(page: Page, collection: string, entry: string): Promise<void> {
  await page.route(`${BASE}/admin/config.json`, async (route) => {
    const config = (await (await route.fetch()).json()) as Record<string, unknown>;
    await route.fulfill({ json: { ...config, backend: { name: 'test-repo', repo: REPOSITORY } } });
  });
  await page.addInitScript((files: Record<string, string>) => {
    const tree: Record<string, unknown> = {};
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split('/');
      let node = tree;
      for (const p of parts.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
      node[parts.at(-1) ?? ''] = { content: text, path };
    }
    (window as unknown as { repoFiles: unknown }).repoFiles = tree;
  }, content);
  await page.goto(`${BASE}/admin/#/collections/${collection}/entries/${entry}`);
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page.locator('textarea, table').first()).toBeVisible({ timeout: 30_000 });
}

test('in the browser, the check refuses a mistake with the message npm run check gives', async ({ page }) => {
  const problems = await watch(page);
  await openOnTestRepo(page, 'chapters', '02-release');
  const area = page.locator('textarea').first();
  await area.fill((await area.inputValue()).replace('were not far behind.', 'were <em>not</em> far behind.'));
  // The preview says it shows the published page, and what the check says of the draft.
  const pane = page.frameLocator('#preview-pane');
  await expect(pane.getByRole('note')).toContainText('This is the published page, without your draft');
  await expect(pane.frameLocator('iframe[title="Preview of the published page"]').locator('h1').first()).toBeVisible({ timeout: 30_000 });
  await expect(pane.getByRole('status', { name: 'Check of this draft' })).toContainText('raw HTML is not allowed in the story', {
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const panel = page.getByRole('alert', { name: 'Content check' });
  await expect(panel).toContainText('Not saved');
  await expect(panel).toContainText(/content\/story\/02-release\.md:22:\d+: raw HTML is not allowed in the story, found "<em>"/);
  expect(await page.evaluate(() => Object.keys((window as unknown as { repoFilesUnpublished: object }).repoFilesUnpublished))).toEqual([]);
  // (Decap reports the refused save as a rejected promise, a page error; no policy is broken.)
  expect(problems.filter((p) => p.startsWith('CSP'))).toEqual([]);
});

test('a figure with its kind and sentence is saved for review, with how to record its version', async ({ page }) => {
  await openOnTestRepo(page, 'data', 'box-office');
  await page.getByRole('textbox', { name: 'box-jan4 gross_usd' }).fill('5100000');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert', { name: 'Content check' })).toContainText('saving records a new version');
  await page.getByLabel('Kind of change').click();
  await page.getByText('correction: a figure was wrong', { exact: false }).click();
  await page.getByRole('textbox', { name: 'What changed and why' }).fill("Corrected the Jan. 4 gross to match Variety's report");
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const panel = page.getByRole('alert', { name: 'Content check' });
  await expect(panel).toContainText('Saved for review on the branch cms/data/box-office', { timeout: 30_000 });
  await expect(panel).toContainText(`https://github.com/${REPOSITORY}/actions/workflows/data-version.yml`);
  await expect(panel).toContainText('kind correction');
  // What the backend holds for review: the CSV changed in that cell, nothing else.
  const unpublished = () =>
    page.evaluate(() =>
      Object.entries(
        (window as unknown as { repoFilesUnpublished: Record<string, { diffs: { path: string; content: unknown }[] }> })
          .repoFilesUnpublished,
      ).map(([key, e]) => ({ key, files: e.diffs.map((d) => [d.path, d.content]) })),
    );
  const csv = 'content/datasets/box-office.csv';
  const expected = (content[csv] ?? '').replace('box-jan4,2015-01-04,11,5000000', 'box-jan4,2015-01-04,11,5100000');
  await expect.poll(unpublished).toEqual([{ key: expect.stringContaining('box-office'), files: [[csv, expected]] }]);
});
