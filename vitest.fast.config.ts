// `npm run test:fast`: the inner loop — every unit and integration suite except the long ones
// (the property suites `*.property.test.ts`, the suites that go through LibreOffice or print
// PDFs through Chromium `*.slow.test.ts`, the kill test that crashes writers on purpose) and the e2e suites. Two suites
// run on fewer random books: the export read-back on 10 instead of 1,000, `inspect` on a folder
// of 20 workbooks instead of 100. `npm test` runs all of it, at full size.
//
// Most of a file's cost used to be loading exceljs, docx, jsdom and the engine afresh in a new
// worker for every file. Here files that only call code share their workers (isolate: false),
// so those modules load once per worker. A file that replaces modules or globals (vi.mock,
// vi.stubGlobal, fake timers), runs under jsdom or drives the renderer's stores (module-level
// state) keeps its own fresh worker; the split is read from the files themselves, so a new suite
// that mocks lands on the isolated side without anyone editing this list.
import { readdirSync, readFileSync } from 'node:fs'
import { defineConfig } from 'vitest/config'
import base from './vitest.config.ts'

const EXCLUDE = ['test/e2e/**', 'node_modules/**', '**/*.property.test.ts', '**/*.slow.test.ts', 'test/electron/files/atomic-kill.test.ts']
const NEEDS_ISOLATION = /vi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers)\(|@vitest-environment|renderer\/store/

const isolated = (readdirSync('test', { recursive: true }) as string[])
  .map((f) => `test/${f.replaceAll('\\', '/')}`)
  .filter((f) => /\.test\.tsx?$/.test(f) && NEEDS_ISOLATION.test(readFileSync(f, 'utf8')))

const { globalSetup, ...baseTest } = base.test ?? {}
const inner = { ...baseTest, env: { ROUNDING_EXPORT_BOOKS: '10', INSPECT_RANDOM_BOOKS: '15' } }

export default defineConfig({
  test: {
    // Vitest's default leaves one of the two cores idle.
    maxWorkers: 2,
    // Once for the run, not once per project.
    globalSetup,
    // Spelled out rather than `extends: true`, which would add the base include to each list.
    projects: [
      // A larger young generation for the long-lived shared workers: their files allocate hundreds
      // of MB each (workbooks, documents), and with V8's default 16 MB semi-spaces the GC was ~14 %
      // of a worker's CPU; 64 MB gave ~5–10 % less CPU for the heavy files (same-minute runs).
      { test: { ...inner, name: 'shared', exclude: [...EXCLUDE, ...isolated], isolate: false, execArgv: ['--max-semi-space-size=64'] } },
      // Still a fresh worker per file, started as a thread: cheaper than a new process each.
      { test: { ...inner, name: 'isolated', include: isolated, exclude: EXCLUDE, pool: 'threads' } },
    ],
  },
})
