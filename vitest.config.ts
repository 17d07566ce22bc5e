import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build tests run `astro build`, which takes a while on two cores.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
