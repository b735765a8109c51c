#!/usr/bin/env node
// Runs the TypeScript CLI directly: tsx (a runtime dependency) compiles on the fly, so the
// command works right after `npm install`, with no build step.
import { register } from 'tsx/esm/api'

register()
await import('../electron/cli/main.ts')
