import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './src/cli/browser.ts';

// E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env['E2E_PORT'] ?? 4390);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'e2e',
  // One baseline per image name, made with Debian's Chromium (see e2e/visual.spec.ts).
  snapshotPathTemplate: '{testDir}/__screenshots__/{arg}{ext}',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? 'line' : 'list',
  forbidOnly: !!process.env['CI'],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  webServer: {
    command: `node src/cli/serve.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
