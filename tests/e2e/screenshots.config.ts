import { defineConfig } from '@playwright/test';

// `npm run screenshots`: every screen, light and dark, through the e2e harness.
export default defineConfig({
  testDir: '.',
  globalSetup: './harness/browser-setup.ts',
  testMatch: '**/*.shots.ts',
  timeout: 120_000,
  workers: 1,
  reporter: [['list']],
  outputDir: '../../test-results/screenshots',
});
