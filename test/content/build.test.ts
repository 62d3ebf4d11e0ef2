/** `npm run build` refuses bad content and leaves the last good dist/ exactly as it was. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, edit, siteCopy } from './fixture.ts';

describe('build (src/cli/build.ts)', { timeout: 60_000 }, () => {
  it('fails on a content mistake with the message, and keeps the previous dist/', () => {
    const root = siteCopy();
    edit(root, 'content/datasets/prices.csv', (t) => t.replace('5.99', 'five'));

    const r = build(root);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('content/datasets/prices.csv:2 [price_usd]: expected a number written with digits only');
    expect(r.stderr).toContain('The previous build in dist/ was left untouched.');
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('the last good build');
    expect(existsSync(join(root, 'dist', '_astro'))).toBe(false);
    // A whole build process with a copy of the project: seconds on a busy machine, more than vitest's 5 s default.
  }, 60_000);
});
