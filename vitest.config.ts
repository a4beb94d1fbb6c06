import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    setupFiles: ['./test/setup-properties.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
