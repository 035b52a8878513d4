import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Several tests build whole corpora of real agents; on a shared 2-core machine that takes tens of seconds.
    testTimeout: 120_000,
  },
});
