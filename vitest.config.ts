import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration suites start real servers and browsers; a generous limit keeps a slow CI machine from flaking.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
