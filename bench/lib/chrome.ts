/** The Chromium the benchmark drives: the project's (findChromium: $CHROMIUM_PATH, Debian's, Playwright's). */
import { findChromium } from '../../src/cli/browser.ts';

export function chromiumPath(): string {
  const path = findChromium();
  if (!path) throw new Error('no Chromium found (set CHROMIUM_PATH, install chromium, or npx playwright install chromium)');
  return path;
}
