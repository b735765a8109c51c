import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Hang guards, not timings: the property tests run minutes on a loaded 2-core CI machine.
    testTimeout: 600_000,
    // Builds the CLI once for the suites that spawn bin/budget-tables.mjs (see the file).
    globalSetup: ['test/support/build-cli.ts'],
    hookTimeout: 120_000,
  },
})
