/** `npm run build` refuses bad content and leaves the last good dist/ exactly as it was. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, contentCopy, edit } from './fixture.ts';

describe('build (src/cli/build.ts)', { timeout: 60_000 }, () => {
  it('fails on a content mistake with the message, and keeps the previous dist/', () => {
    const root = contentCopy();
    for (const f of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(REPO, f), join(root, f), { recursive: true });
    symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), 'the last good build');
    edit(root, 'content/datasets/prices.csv', (t) => t.replace('5.99', 'five'));

    const r = spawnSync(process.execPath, ['src/cli/build.ts'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('content/datasets/prices.csv:2 [price_usd]: expected a number written with digits only');
    expect(r.stderr).toContain('The previous build in dist/ was left untouched.');
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('the last good build');
    expect(existsSync(join(root, 'dist', '_astro'))).toBe(false);
    // A whole build process with a copy of the project: seconds on a busy machine, more than vitest's 5 s default.
  }, 60_000);
});
