import { defineConfig } from '@playwright/test';

// Electron tier: the real app in a real Electron binary (only where one exists; see run.mjs).
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  workers: 1,
  forbidOnly: true,
  reporter: process.env['PW_JSON_REPORT']
    ? [['list'], ['json', { outputFile: process.env['PW_JSON_REPORT'] }]]
    : [['list']],
  outputDir: '../../test-results/electron',
});
