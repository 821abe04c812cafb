/** Test fixtures: a fresh profile folder (= user-data folder) per test, removed afterwards. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';

export const test = base.extend<{ profileDir: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  profileDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mle-path-e2e-'));
    await use(dir);
    // Chromium may still be flushing its profile for a moment after close.
    await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  },
});

export { expect } from '@playwright/test';
