/**
 * `npm run test:e2e`: runs the Playwright suite against the built site in dist/ with whichever
 * Chromium this machine has, and says what to install when it has none.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.ts';

const browser = findChromium();
if (!browser) {
  console.error(
    [
      'No Chromium found for the browser tests. Install one, then run the tests again:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  elsewhere:      npx playwright install chromium',
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  console.error('dist/ has no built site; run npm run build first (npm test does it for you).');
  process.exit(1);
}
const r = spawnSync('playwright', ['test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser },
  shell: false,
});
process.exit(r.status ?? 1);
