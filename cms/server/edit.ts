/**
 * `npm run edit`: the editors' one command. Starts the dev server with the admin (Decap CMS at
 * /admin/, its local backend and the check; cms/server/integration.ts) and opens the admin in
 * the browser. The dev server reads a private copy of content/ that follows the saved files and
 * the draft being previewed; the admin saves to content/ itself.
 *   --port <n> (default 4321)   --host <name> (default localhost)   --no-open (do not open a browser)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = process.cwd();
const args = process.argv.slice(2);
const p = args.indexOf('--port');
const port = p >= 0 ? Number(args[p + 1]) : 4321;
const h = args.indexOf('--host');
const host = h >= 0 ? (args[h + 1] ?? 'localhost') : 'localhost';
const open = !args.includes('--no-open') && !process.env['CI'];
const mirror = mkdtempSync(join(tmpdir(), 'story-edit-'));

// On the Node that runs this script (npm run puts the project's Node 24 first).
const astro = join(repo, 'node_modules/astro/bin/astro.mjs');
const dev = spawn(process.execPath, [astro, 'dev', '--root', repo, '--port', String(port), '--host', host], {
  cwd: mirror,
  stdio: 'inherit',
  env: { ...process.env, STORY_CMS: '1', STORY_CMS_ROOT: repo },
});
const url = `http://${host}:${port}/admin/`;

function openBrowser(): void {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(cmd, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => {
    console.log(`Open ${url} in your browser.`);
  });
  child.unref();
}

async function ready(): Promise<void> {
  for (;;) {
    if (dev.exitCode !== null) return;
    const ok = await fetch(`http://${host}:${port}/admin/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(`\nThe admin is at ${url} (the preview site at http://${host}:${port}/). Stop with Ctrl+C.\n`);
  if (open) openBrowser();
}

const stop = () => {
  dev.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
dev.on('exit', (code) => {
  rmSync(mirror, { recursive: true, force: true });
  process.exit(code ?? 0);
});
void ready();
