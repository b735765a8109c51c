#!/usr/bin/env node
// Static security scan of the BUILT main process and preload with @doyensec/electronegativity.
//
// The tool's exit code is 0 even when it finds problems, so this script reads its CSV report,
// prints every finding and exits 1 when any finding of severity MEDIUM or higher is left that
// is not on the reviewed list below (exit 2: the scan itself failed). Three flaws of the tool
// (1.10.3) are handled here:
//   - it writes the CSV header and the rows with two unsynchronised fs.writeFile calls, so the
//     header sometimes overwrites the start of the first row (seen 1 run in 3), and in principle
//     could truncate all rows away: every row is validated, the list is cross-checked against a
//     SARIF report of the same scan (written in one piece), and the CSV scan is retried;
//   - it scans only .js/.jsx/.ts/.tsx/.html/.json files, so the sandboxed preload (preload.cjs)
//     would be skipped silently: it is copied as preload.js before scanning;
//   - it cannot follow `new BrowserWindow(getMainWindowOptions(...))` into the function, so the
//     options that function really returns are written out as an object literal and scanned too.
//     Findings on that file are never "reviewed" (except PRELOAD_JS_CHECK, which flags the mere
//     presence of a preload): insecure options fail the run;
//   - its parsers do not know class private fields (`#tag`, shared/engine/cell-tags.ts) and skip a
//     file they cannot parse without a word — main.js was then not scanned at all, and only the
//     three "global" checks (no CSP, no navigation limit, no permission handler) said so. Every
//     file is therefore copied with its syntax lowered to ES2020 by esbuild (same code, private
//     fields as WeakMaps), which the parsers read.
//
// Usage: node scripts/electronegativity.mjs   (builds with electron-vite first if out/ is missing)
import { execFile, spawnSync } from 'node:child_process'
import { transformSync } from 'esbuild'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const root = fileURLToPath(new URL('..', import.meta.url))
const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron.replace(/^[^\d]*/, '')
const SEVERITY = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 }
const FAIL_AT = SEVERITY.MEDIUM
const EVALUATED = 'getMainWindowOptions() evaluated (window-options.evaluated.js)'

/**
 * Findings a person has looked at, each pinned to a check, a scanned file and the flagged
 * source text, so the same check anywhere else still fails the run.
 */
const REVIEWED = [
  ...['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'AUXCLICK_JS_CHECK', 'NODE_INTEGRATION_JS_CHECK', 'WEB_SECURITY_JS_CHECK',
    'INSECURE_CONTENT_JS_CHECK', 'EXPERIMENTAL_FEATURES_JS_CHECK', 'BLINK_FEATURES_JS_CHECK', 'PRELOAD_JS_CHECK'].map((check) => ({
    check,
    file: 'out/main/main.js',
    sample: /new BrowserWindow\(getMainWindowOptions\(/,
    reason: 'options come from getMainWindowOptions(); its evaluated result is scanned as a literal (window-options.evaluated.js) and unit-tested',
  })),
  {
    check: 'PRELOAD_JS_CHECK',
    file: EVALUATED,
    sample: /^"preload": "\/app\/out\/preload\/preload\.cjs",?$/,
    reason: 'flags any preload; ours (electron/preload.ts) only exposes the BudgetApi invoke wrappers, is scanned itself (out/preload) and tested (test/electron/preload.test.ts)',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'out/main/main.js',
    sample: /shell\.openExternal\(url\)/,
    reason: 'only reached from setWindowOpenHandler after externalWebUrl(): new URL() parsing, http/https only, no credentials (test/electron/trusted-url.test.ts)',
  },
]

function run(command, args, options = {}) {
  return spawnSync(command, args, { cwd: root, encoding: 'utf8', ...options })
}

/** The newest modification time of a source file below `dir` (0 when there is none). */
function newestSource(dir) {
  let newest = 0
  for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.(ts|tsx|mjs|js|json|tsv)$/.test(entry.name)) {
      newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs)
    }
  }
  return newest
}

function ensureBuilt() {
  const needed = ['out/main/main.js', 'out/preload/preload.cjs']
  // A build older than the sources would scan yesterday's main process and miss what was added since.
  const fresh = needed.every((file) => existsSync(join(root, file)))
    && Math.min(...needed.map((file) => statSync(join(root, file)).mtimeMs)) >= Math.max(newestSource('electron'), newestSource('shared'))
  if (fresh) return
  console.log('out/ is missing, incomplete or older than the sources: building with electron-vite …')
  const build = run(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { stdio: 'inherit' })
  if (build.status !== 0 || !needed.every((file) => existsSync(join(root, file)))) {
    console.error('electron-vite build failed; nothing to scan.')
    process.exit(2)
  }
}

/** Evaluates the real window options (TypeScript, via tsx) and writes them as a literal. */
async function writeEvaluatedWindowOptions(path) {
  const { tsImport } = await import('tsx/esm/api')
  const { getMainWindowOptions } = await tsImport('../electron/window-options.ts', import.meta.url)
  const options = getMainWindowOptions('/app/out/preload/preload.cjs', true)
  writeFileSync(path, `import { BrowserWindow } from 'electron'\nnew BrowserWindow(${JSON.stringify(options, null, 2)})\n`)
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''))
}

// Columns as the tool writes them (checked with electronegativity 1.10.3): the header line is
// "issue, severity, confidence, filename, location, sample, description, url".
const COLUMNS = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url']
const CONFIDENCE = ['TENTATIVE', 'FIRM', 'CERTAIN']
const WIKI = 'https://github.com/doyensec/electronegativity/wiki/'

/** Copies a built file with its syntax lowered to what the scanner's parsers read (see above). */
function copyLowered(from, to) {
  writeFileSync(to, transformSync(readFileSync(from, 'utf8'), { target: 'es2020', loader: 'js' }).code)
}

/** The findings of a CSV report, or null when the report is damaged (see the header race above). */
function parseReport(text) {
  const rows = parseCsv(text)
  const [header, ...body] = rows
  if (!header || header.map((h) => h.trim()).join() !== COLUMNS.join()) return null
  const findings = []
  for (const row of body) {
    if (row.length !== COLUMNS.length) return null
    const f = Object.fromEntries(COLUMNS.map((name, i) => [name, row[i].trim()]))
    const valid = /^[A-Z0-9_]+$/.test(f.issue) && f.severity in SEVERITY && CONFIDENCE.includes(f.confidence) &&
      /^\d+:\d+$/.test(f.location) && f.url === WIKI + f.issue
    if (!valid) return null
    findings.push({ ...f, sample: f.sample === 'N/A' ? '' : f.sample })
  }
  return findings
}

/** One key per finding, comparable between the CSV and the SARIF report. */
const keyOf = (issue, file, line) => `${issue}@${file}@${Math.max(1, Number(line))}`

function sarifKeys(text) {
  const results = JSON.parse(text).runs?.[0]?.results ?? []
  return results.map((r) => keyOf(r.ruleId, r.locations?.[0]?.physicalLocation?.artifactLocation?.uri, r.locations?.[0]?.physicalLocation?.region?.startLine)).sort()
}

const execFileAsync = promisify(execFile)
const cli = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js')

async function scanTo(input, output) {
  rmSync(output, { force: true })
  try {
    await execFileAsync(process.execPath, [cli, '-i', input, '-e', electronVersion, '-o', output, '-v', 'false'], { cwd: root, maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    throw new Error(`electronegativity failed: ${error.stderr || error.message}`, { cause: error })
  }
  if (!existsSync(output)) throw new Error('electronegativity wrote no report')
  return readFileSync(output, 'utf8')
}

/** Scans once to SARIF and to CSV (concurrently), retrying the CSV until it is whole and agrees. */
async function scanReports(input, work) {
  const sarif = scanTo(input, join(work, 'report.sarif')).then(sarifKeys)
  for (let attempt = 1; attempt <= 5; attempt++) {
    const findings = parseReport(await scanTo(input, join(work, `report-${attempt}.csv`)))
    const expected = await sarif
    if (findings && findings.map((f) => keyOf(f.issue, f.filename, f.location.split(':')[0])).sort().join('\n') === expected.join('\n')) return findings
    console.log(`(the CSV report of attempt ${attempt} was damaged or incomplete; scanning again)`)
  }
  throw new Error('electronegativity did not produce a consistent CSV report in 5 attempts')
}

function reviewOf(finding) {
  return REVIEWED.find((r) => r.check === finding.issue && r.file === finding.file && r.sample.test(finding.sample))
}

async function main() {
  ensureBuilt()
  const work = mkdtempSync(join(tmpdir(), 'electronegativity-'))
  try {
    const scan = join(work, 'scan')
    mkdirSync(join(scan, 'main'), { recursive: true })
    mkdirSync(join(scan, 'preload'), { recursive: true })
    mkdirSync(join(scan, 'evaluated'), { recursive: true })
    const names = new Map()
    for (const dir of ['main', 'preload']) {
      for (const file of readdirSync(join(root, 'out', dir)).filter((f) => /\.(c|m)?js$/.test(f))) {
        const copy = join(scan, dir, file.replace(/\.(c|m)js$/, '.js'))
        copyLowered(join(root, 'out', dir, file), copy)
        names.set(copy, `out/${dir}/${file}`)
      }
    }
    const evaluated = join(scan, 'evaluated', 'window-options.evaluated.js')
    await writeEvaluatedWindowOptions(evaluated)
    names.set(evaluated, EVALUATED)

    console.log(`electronegativity ${electronVersion}: scanning ${[...names.values()].join(', ')}`)
    const displayName = (file) => names.get(file) ?? relative(scan, file).split(sep).join('/')
    const findings = (await scanReports(scan, work))
      .map((f) => ({ ...f, file: displayName(f.filename) }))
      .sort((a, b) => SEVERITY[b.severity] - SEVERITY[a.severity])

    let blocking = 0
    for (const f of findings) {
      const review = reviewOf(f)
      const level = SEVERITY[f.severity]
      const status = review ? 'reviewed' : level >= FAIL_AT ? 'FAIL' : 'note'
      if (status === 'FAIL') blocking++
      console.log(`\n[${status}] ${f.severity}/${f.confidence} ${f.issue}  ${f.file}:${f.location}`)
      if (f.sample) console.log(`    ${f.sample.slice(0, 200)}`)
      console.log(`    ${f.description}  ${f.url}`)
      if (review) console.log(`    reviewed: ${review.reason}`)
    }
    console.log(`\n${findings.length} finding(s); ${blocking} unreviewed at ${Object.keys(SEVERITY)[FAIL_AT]} or above.`)
    return blocking === 0 ? 0 : 1
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(2)
  },
)
