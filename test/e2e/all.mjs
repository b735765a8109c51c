// Runs every end-to-end suite (run.mjs, then each *.e2e.mjs in name order), each in its own
// process with its own browser, and prints the summed `e2e: N passed, M failed`.
import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv[2] // optional: one suite's file name
const suites = ['run.mjs', ...readdirSync(here).filter((f) => f.endsWith('.e2e.mjs')).sort()].filter((f) => !only || f === only)
let passed = 0
let failed = 0
let crashed = 0
for (const suite of suites) {
  const out = await new Promise((resolve) => {
    const child = spawn(process.execPath, [join(here, suite)], { stdio: ['ignore', 'pipe', 'inherit'] })
    let text = ''
    child.stdout.on('data', (d) => {
      text += d
      process.stdout.write(d)
    })
    child.on('close', (code) => resolve({ text, code }))
  })
  const m = /^e2e: (\d+) passed, (\d+) failed$/m.exec(out.text)
  if (m) {
    passed += Number(m[1])
    failed += Number(m[2])
  }
  if (!m || (out.code !== 0 && Number(m?.[2] ?? 0) === 0)) {
    crashed++
    console.log(`  ✗ ${suite} ended without its count (exit ${out.code})`)
  }
}
console.log(`e2e: ${passed} passed, ${failed + crashed} failed`)
process.exit(failed + crashed ? 1 : 0)
