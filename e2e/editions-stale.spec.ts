/**
 * A translation gone stale: an editor changes one English sentence (step hack-breach of
 * content/story/01-hack.md) in a copy of the site. `npm run check` still passes, with a warning
 * naming the German file and the line of that step; the built German edition shows that step in
 * English, marked lang="en", with the German note saying so, and the next step stays German.
 * One build of the copy serves every assertion (a build takes some 15 s).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createHandler } from '../src/lib/static-server/server.ts';
import { fold, interfaceTexts } from './english-left.ts';
import { copySite } from './site-copy.ts';

const STORY = 'content/story/01-hack.md';
const GERMAN = 'content/translations/de/story/01-hack.md';
const BEFORE = 'A group calling itself Guardians of Peace claimed the attack';
const AFTER = 'A group that called itself Guardians of Peace claimed the attack';

let site: { dir: string; remove: () => void } | undefined;
let server: Server | undefined;
let base = '';
let check = { status: -1, output: '' };

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  site = copySite('stale-translation');
  const story = join(site.dir, STORY);
  const english = readFileSync(story, 'utf8');
  expect(english).toContain(BEFORE);
  writeFileSync(story, english.replace(BEFORE, AFTER));
  const run = (script: string) => spawnSync('npm', ['run', '--silent', script], { cwd: site?.dir, encoding: 'utf8', env: process.env });
  const checked = run('check');
  check = { status: checked.status ?? -1, output: `${checked.stdout}${checked.stderr}` };
  const built = run('build');
  expect(built.status, `the copy's build:\n${built.stdout}${built.stderr}`).toBe(0);
  server = createServer(createHandler(join(site.dir, 'dist'), []));
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => {
  server?.close();
  site?.remove();
});

/** The lines of a step in a story file: from its `::: step id=<id>` line to its closing `:::`. */
function stepLines(file: string, id: string): [number, number] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const from = lines.findIndex((l) => l.startsWith(`::: step id=${id} `));
  const to = lines.findIndex((l, i) => i > from && l.trim() === ':::');
  return [from + 1, to + 1];
}

/** The longest run of a step's text in a story file without figure placeholders or markup. */
function stepPhrase(file: string, id: string): string {
  const block = new RegExp(`::: step id=${id} [^\\n]*\\n([\\s\\S]*?)\\n:::`).exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  const runs = block.split(/\{\{[^}]+\}\}|[*_[\]„“"]/).map(fold);
  return runs.reduce((a, b) => (b.length > a.length ? b : a), '').slice(0, 50);
}

test('npm run check passes, with a warning naming the German file and the line of the changed step', () => {
  expect(check.status, check.output).toBe(0);
  const [from, to] = stepLines(GERMAN, 'hack-breach');
  expect(from).toBeGreaterThan(0);
  const warnings = check.output.split('\n').filter((l) => /warning/i.test(l) && l.includes(`${GERMAN}:`));
  // One warning for the file, at a line of the step (its fence or its text), saying it is stale.
  expect(warnings, check.output.slice(0, 2000)).toHaveLength(1);
  const line = Number(new RegExp(`${GERMAN}:(\\d+)`).exec(warnings[0] ?? '')?.[1]);
  expect(line, warnings[0]).toBeGreaterThanOrEqual(from);
  expect(line, warnings[0]).toBeLessThan(to);
  expect(warnings[0]).toMatch(/hack-breach.*stale/);
});

test('the German edition shows the changed step in English, with the German note; the next step stays German', async ({ page }) => {
  await page.goto(`${base}/de/`);
  const step = page.locator('#hack-breach');
  const prose = step.locator('.prose');
  await expect(prose).toHaveAttribute('lang', 'en');
  await expect(prose).toContainText(AFTER);
  const noteText = interfaceTexts('de')['i18n.stale-note'];
  const note = step.locator('.i18n-note');
  await expect(note).toBeVisible();
  // The note is about the passage, so it comes before it.
  expect(
    await note.evaluate(
      (n, p) => Boolean(n.compareDocumentPosition(p as Node) & Node.DOCUMENT_POSITION_FOLLOWING),
      await prose.elementHandle(),
    ),
  ).toBe(true);
  // The note is in German (content/translations/de/interface.yaml); until that is translated it
  // is English, and then it must be marked so, as every English fallback is.
  expect.soft(noteText, 'i18n.stale-note in content/translations/de/interface.yaml').toBeDefined();
  if (noteText) await expect.soft(note).toHaveText(noteText);
  expect.soft(await note.evaluate((n) => n.closest('[lang]')?.getAttribute('lang')), 'the note’s language').toBe(noteText ? 'de-DE' : 'en');

  const next = page.locator('#hack-threats');
  await expect(next.locator('.i18n-note')).toHaveCount(0);
  await expect(next.locator('[lang="en"]')).toHaveCount(0);
  expect(await next.locator('.prose').evaluate((p) => p.closest('[lang]')?.getAttribute('lang'))).toBe('de-DE');
  await expect(next.locator('.prose')).toContainText(stepPhrase(join(site?.dir ?? '', GERMAN), 'hack-threats'));
});
