// Vitest global setup: build the CLI from the sources as they are now, once per run, so the
// suites that spawn bin/budget-tables.mjs start the built JavaScript (~0.1 s of CPU) rather than
// tsx (~0.5 s more per start, ~60 starts). The bin checks the build against the sources itself
// (bin/cli-bundle.mjs), so a suite never runs a stale build.
import { buildCli } from '../../bin/cli-bundle.mjs'

export default async function setup(): Promise<void> {
  await buildCli()
}
