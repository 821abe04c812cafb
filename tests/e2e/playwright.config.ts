import { defineConfig } from '@playwright/test';

// E2E tier: the real renderer and store-host builds in Debian Chromium, the real router in Node.
export default defineConfig({
  testDir: '.',
  globalSetup: './harness/browser-setup.ts',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: process.env['PW_JSON_REPORT']
    ? [['list'], ['json', { outputFile: process.env['PW_JSON_REPORT'] }]]
    : [['list']],
  outputDir: '../../test-results/e2e',
});
