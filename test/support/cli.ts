// The command-line tool two ways, for the CLI suites. `spawnCli` starts the real program
// (`node bin/budget-tables.mjs …`, its own process, exit code, stdout and stderr): every command
// has at least one test run that way. `runCli` calls the same program in this process
// (electron/cli/run.ts, which main.ts hands the process's streams and exit code): for the tests
// about what a command does with its input rather than about the process (each spawn costs
// ~0.15 s of Node start-up, more while its modules load cold).
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { run } from '../../electron/cli/run'

export const BIN = resolve('bin/budget-tables.mjs')

/** How the program ended: its exit code (null when it was killed or timed out) and its output. */
export interface CliResult { code: number | null; stdout: string; stderr: string }

/** The real program in a child process, run from `cwd`. */
export function spawnCli(args: readonly string[], cwd?: string): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0
      done({ code, stdout, stderr })
    })
  })
}

/**
 * The same program in this process, as if run from `cwd`: the file names among the arguments
 * (a word ending in an extension) are resolved against it, this process's working folder being
 * the repository's. An error that escapes the program (the child would die with a stack trace)
 * rejects, so the calling test fails as it would.
 */
export async function runCli(args: readonly string[], cwd?: string): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const inFolder = cwd === undefined ? args : args.map((a, i) => (i > 0 && !a.startsWith('-') && /\.[a-z]+$/i.test(a) ? resolve(cwd, a) : a))
  const code = await run(inFolder, { out: (t) => (stdout += t), err: (t) => (stderr += t) })
  return { code, stdout, stderr }
}
