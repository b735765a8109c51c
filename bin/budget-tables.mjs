#!/usr/bin/env node
// Runs the command-line tool. After `npm run build` it starts the built JavaScript (out/cli/),
// as long as that build was made from exactly the sources on disk (bin/cli-bundle.mjs checks);
// otherwise tsx (a runtime dependency) compiles the TypeScript on the fly, so the command works
// right after `npm install`, with no build step, and never runs a stale build.
import { pathToFileURL } from 'node:url'
import { currentBuild } from './cli-bundle.mjs'

const built = currentBuild()
if (built) {
  await import(pathToFileURL(built).href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('../electron/cli/main.ts')
}
