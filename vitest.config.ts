import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Hang guards, not timings: the property tests run minutes on a loaded 2-core CI machine.
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
})
