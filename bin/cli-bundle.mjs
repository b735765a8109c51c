// The command-line tool built into plain JavaScript (out/cli/), and whether that build is current.
//
// Under tsx every module of the CLI crosses tsx's loader on each start (~0.3–0.6 s of CPU before
// any work). A build of electron/cli/main.ts (esbuild: one file per lazily loaded command, npm
// packages left to Node) starts in ~0.1 s. bin/budget-tables.mjs runs the build only while every
// source it was made from is byte for byte what is on disk now, so an edited source never runs
// stale code: the bin falls back to tsx until the next build (`npm run build`; every vitest run
// builds it first, test/support/build-cli.ts).
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { extname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ENTRY = 'electron/cli/main.ts'

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex')

/**
 * The built entry (an absolute path) when out/cli under `root` holds a build of exactly the
 * sources on disk; otherwise null (no build, a source edited since, a file missing).
 * @param {string} [root]
 * @returns {string | null}
 */
export function currentBuild(root = ROOT) {
  const out = join(root, 'out', 'cli')
  try {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
    const sources = Object.entries(manifest.sources)
    if (sources.length === 0 || !/^[0-9a-f]{16}$/.test(manifest.dir)) return null
    for (const [file, hash] of sources) if (sha256(readFileSync(join(root, file))) !== hash) return null
    const entry = join(out, manifest.dir, 'main.mjs')
    return existsSync(entry) ? entry : null
  } catch {
    return null
  }
}

function readManifestDir(out) {
  try {
    return JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).dir
  } catch {
    return undefined
  }
}

const LOADERS = { '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.json': 'json' }

/**
 * Builds the CLI from the sources on disk into out/cli/<hash of the sources>/ and points
 * out/cli/manifest.json at it (unless that build is current already). The manifest records the
 * hash of the very bytes esbuild compiled, so a source edited while building is caught on the
 * next start. Safe beside a running CLI or a second build: a build goes to a fresh folder and is
 * renamed into place, the manifest is replaced by a rename, and a build is removed only an hour
 * after it was replaced.
 * @returns {Promise<string>} the built entry
 */
export async function buildCli(root = ROOT) {
  const current = currentBuild(root)
  if (current) return current
  const { build, version } = await import('esbuild')
  const out = join(root, 'out', 'cli')
  mkdirSync(out, { recursive: true })
  const tmp = join(out, `.build-${randomBytes(6).toString('hex')}`)
  /** @type {Record<string, string>} */
  const sources = {}
  const record = {
    name: 'record-sources',
    setup(b) {
      b.onLoad({ filter: /.*/, namespace: 'file' }, (args) => {
        const loader = LOADERS[extname(args.path)]
        if (!loader) return undefined
        const contents = readFileSync(args.path)
        sources[relative(root, args.path).split(sep).join('/')] = sha256(contents)
        return { contents, loader }
      })
    },
  }
  const result = await build({
    absWorkingDir: root,
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    splitting: true,
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    metafile: true,
    logLevel: 'warning',
    plugins: [record],
  })
  const missing = Object.keys(result.metafile.inputs).filter((input) => !(input in sources))
  if (missing.length > 0) throw new Error(`cli build: no hash recorded for ${missing.join(', ')}`)
  const sorted = Object.fromEntries(Object.entries(sources).sort(([a], [b]) => (a < b ? -1 : 1)))
  const dir = sha256(JSON.stringify({ esbuild: version, sources: sorted })).slice(0, 16)
  try {
    renameSync(tmp, join(out, dir))
  } catch (error) {
    // The same sources built a moment ago by another run: identical files, keep those.
    if (!existsSync(join(out, dir, 'main.mjs'))) throw error
    rmSync(tmp, { recursive: true, force: true })
  }
  // The build being replaced is dated now, so a CLI started from it an instant ago still finds
  // the commands it loads later; builds replaced over an hour ago are removed.
  const retired = readManifestDir(out)
  if (retired && retired !== dir && existsSync(join(out, retired))) utimesSync(join(out, retired), new Date(), new Date())
  const manifestTmp = join(out, `.manifest-${randomBytes(6).toString('hex')}.json`)
  writeFileSync(manifestTmp, JSON.stringify({ dir, sources: sorted }, null, 1))
  renameSync(manifestTmp, join(out, 'manifest.json'))
  const hourAgo = Date.now() - 3_600_000
  for (const name of readdirSync(out)) {
    if (name === dir || name === 'manifest.json') continue
    const path = join(out, name)
    if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true })
  }
  return join(out, dir, 'main.mjs')
}

// Run as a script (`node bin/cli-bundle.mjs`, npm run build); real paths, as the loader resolves symlinks.
if (process.argv[1] && realpathSync(fileURLToPath(import.meta.url)) === realpathSync(process.argv[1])) {
  const entry = await buildCli()
  process.stdout.write(`CLI built: ${relative(process.cwd(), entry)}\n`)
}
