/**
 * Starts a headless Chromium with a DevTools port for Lighthouse: the project's Chromium
 * (findChromium) with the project's flags (CHROMIUM_ARGS), a throwaway profile, no network
 * beyond the machine. Stopped by its process id (its own process group).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../src/cli/browser.ts';
import { killGroup, running } from './util.ts';

export interface Chrome {
  port: number;
  version: string;
  stop: () => Promise<void>;
}

export function chromiumPath(): string {
  const path = findChromium();
  if (!path) throw new Error('no Chromium found (set CHROMIUM_PATH, install chromium, or npx playwright install chromium)');
  return path;
}

export async function launchChrome(): Promise<Chrome> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chrome-'));
  const child = spawn(
    chromiumPath(),
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      '--remote-debugging-port=0',
      '--remote-debugging-address=127.0.0.1',
      `--user-data-dir=${profile}`,
      '--mute-audio',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  if (child.pid !== undefined) running.add(child.pid);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      if (child.pid !== undefined) running.delete(child.pid);
      resolve();
    }),
  );
  let stderr = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`Chromium did not open a DevTools port within 30 s:\n${stderr.slice(-2000)}`));
    }, 30_000);
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${String(code)}) before opening a DevTools port:\n${stderr.slice(-2000)}`));
    });
  });
  const res = await fetch(`http://127.0.0.1:${port}/json/version`);
  const info = (await res.json()) as { Browser?: string };
  return {
    port,
    version: info.Browser ?? 'unknown',
    stop: async () => {
      killGroup(child.pid);
      const timer = setTimeout(() => {
        killGroup(child.pid, 'SIGKILL');
      }, 5000);
      await exited;
      clearTimeout(timer);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
