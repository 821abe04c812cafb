import { defineConfig } from 'vitest/config';

// Unit tier: shared/, the Node-side modules of electron/ and the renderer's pure helpers run in plain Node.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    // The grid and fuzz tests are CPU-bound (about 1 s each on an idle 2-core machine); with the
    // machine shared they took over Vitest's 5 s default, and a timeout there is a false failure.
    // A timeout is kept only to catch a hang.
    testTimeout: 30_000,
  },
});
