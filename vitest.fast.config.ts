// `npm run test:fast`: the inner loop — every unit and integration suite except the long ones
// (the property suites, the kill test that crashes writers on purpose) and the e2e suites;
// the export read-back property runs on 25 random books instead of 1,000. `npm test` runs all.
import { defineConfig, mergeConfig } from 'vitest/config'
import base from './vitest.config'

export default mergeConfig(base, defineConfig({
  test: {
    exclude: ['test/e2e/**', 'node_modules/**', '**/*.property.test.ts', 'test/electron/files/atomic-kill.test.ts'],
    env: { ROUNDING_EXPORT_BOOKS: '25' },
  },
}))
