import { defineConfig } from 'vitest/config';

// Unit tier: shared/ and the Node-side modules of electron/ run in plain Node.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
  },
});
