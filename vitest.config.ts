import { defineConfig } from 'vitest/config';

// Unit tier: shared/, the Node-side modules of electron/ and the renderer's pure helpers run in plain Node.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
  },
});
