// Crash-safe file replacement. A clerk's budget file must survive a power cut or a killed
// process at any instant: at every moment the target is either the complete old version or
// the complete new one, and the version before the last save is kept as `<name>.bak`.
//
// Order (each step only after the one before succeeded):
//   1. write and fsync a temp file beside the target;
//   2. keep the current target under a second temp name (hard link, or a synced copy);
//   3. rename the new temp over the target — retried while Windows reports it locked;
//   4. only now rename the kept copy over `.bak`.
// A save that fails at 1–3 leaves the target and `.bak` exactly as they were, and removes
// both temp files. A `.bak` that cannot be written (step 4) does not undo a good save: it is
// reported as a warning naming the `.bak`.
import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import * as nodeFs from 'node:fs/promises'
import { dirname, join } from 'node:path'

/** Where the previous version of `path` is kept. */
export function backupPath(path: string): string {
  return `${path}.bak`
}

/** The parts of node:fs/promises the write uses; tests inject failures (a locked file) here. */
export type AtomicFs = Pick<typeof nodeFs, 'copyFile' | 'link' | 'open' | 'rename' | 'rm' | 'stat'>

export interface AtomicOptions {
  /** Keep the replaced version as `<path>.bak` (default true). */
  backup?: boolean
  /** How long a rename waits for a file another program holds open (default 20 s). */
  lockWaitMs?: number
  /** Called once per write when a rename has waited noticeably for a lock, with the locked file. */
  onWaiting?(file: string): void
  fs?: AtomicFs
  sleep?(ms: number): Promise<void>
  now?(): number
}

export interface AtomicResult {
  /** The save succeeded but `.bak` could not be updated; the error carries `culprit` (the .bak path). */
  backupError: Error | null
}

/** graceful-fs waits up to 60 s; a clerk should not stare at a frozen save that long, but WPS's autosave needs seconds. */
export const DEFAULT_LOCK_WAIT_MS = 20_000
/** Below this a lock is an antivirus scanner's blink: not worth a message. */
const QUIET_WAIT_MS = 200

/**
 * The temp name does not contain the target's name: a target whose name is already near the
 * file system's 255-byte limit must still be savable.
 */
function tempName(path: string): string {
  return join(dirname(path), `.~bt${randomBytes(5).toString('hex')}.tmp`)
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined
}

/** The file that really failed (a locked target, an unwritable .bak), for the clerk's message. */
export function culpritOf(error: unknown): string | undefined {
  const culprit = typeof error === 'object' && error !== null ? (error as { culprit?: unknown }).culprit : undefined
  return typeof culprit === 'string' ? culprit : undefined
}

function blame(error: unknown, file: string): Error {
  const e = error instanceof Error ? error : new Error(String(error))
  if (culpritOf(e) === undefined) Object.assign(e, { culprit: file })
  return e
}

/** What Windows answers while another program (WPS, Excel, an antivirus scanner) holds the file open. */
export function isLockError(error: unknown): boolean {
  const code = errorCode(error)
  return code === 'EPERM' || code === 'EBUSY' || code === 'EACCES'
}

interface Run {
  fs: AtomicFs
  sleep(ms: number): Promise<void>
  now(): number
  lockWaitMs: number
  waiting(file: string): void
}

/** Renames, retrying with growing pauses while the destination is locked, for up to `lockWaitMs`. */
async function renameWhenUnlocked(run: Run, from: string, to: string): Promise<void> {
  const start = run.now()
  for (let attempt = 0; ; attempt++) {
    try {
      await run.fs.rename(from, to)
      return
    } catch (error) {
      const waited = run.now() - start
      if (!isLockError(error) || waited >= run.lockWaitMs) throw blame(error, to)
      if (waited >= QUIET_WAIT_MS) run.waiting(to)
      await run.sleep(Math.min(500, 10 * 2 ** attempt, run.lockWaitMs - waited))
    }
  }
}

async function writeAndSync(fs: AtomicFs, path: string, data: string | Uint8Array, mode: number | undefined): Promise<void> {
  const handle = await fs.open(path, 'wx', mode ?? 0o666)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Makes the renames durable. Windows cannot open a directory for syncing; there NTFS journals the rename. */
async function syncDirectory(fs: AtomicFs, dir: string): Promise<void> {
  let handle
  try {
    handle = await fs.open(dir, constants.O_RDONLY)
    await handle.sync()
  } catch {
    // Not supported on this platform or file system: the data itself is already synced.
  } finally {
    await handle?.close()
  }
}

/** A second name for the current version: a hard link, or a synced copy where there are none (FAT, some shares). */
async function keepCurrent(fs: AtomicFs, path: string, kept: string): Promise<void> {
  try {
    await fs.link(path, kept)
    return
  } catch {
    // FAT/exFAT USB sticks and some network shares have no hard links.
  }
  await fs.copyFile(path, kept)
  const handle = await fs.open(kept, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Replaces `path` with `data` atomically (see the order above). Throws with `culprit` set to
 * the file that failed; resolves with a warning when only `.bak` could not be updated.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicOptions = {}): Promise<AtomicResult> {
  const fs = options.fs ?? nodeFs
  let announced = false
  const run: Run = {
    fs,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    now: options.now ?? Date.now,
    lockWaitMs: options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS,
    waiting: (file) => {
      if (announced) return
      announced = true
      options.onWaiting?.(file)
    },
  }

  let previousMode: number | undefined
  try {
    const info = await fs.stat(path)
    if (!info.isFile()) throw blame(new Error(`不是普通文件：${path}`), path)
    previousMode = info.mode & 0o777
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw blame(error, path)
  }

  const temp = tempName(path)
  const kept = previousMode !== undefined && options.backup !== false ? tempName(path) : null
  try {
    try {
      await writeAndSync(fs, temp, data, previousMode)
    } catch (error) {
      throw blame(error, path)
    }
    if (kept) {
      try {
        await keepCurrent(fs, path, kept)
      } catch (error) {
        throw blame(error, path)
      }
    }
    await renameWhenUnlocked(run, temp, path)
    await syncDirectory(fs, dirname(path))
    if (!kept) return { backupError: null }
    try {
      await renameWhenUnlocked(run, kept, backupPath(path))
    } catch (error) {
      return { backupError: blame(error, backupPath(path)) }
    }
    await syncDirectory(fs, dirname(path))
    return { backupError: null }
  } finally {
    // Every way out removes what this write created. (POSIX rename() of a name onto another
    // link of the same file does nothing and leaves the source name behind: that happens when
    // .bak already is the current version, so `kept` is removed even after its rename.)
    await fs.rm(temp, { force: true }).catch(() => undefined)
    if (kept) await fs.rm(kept, { force: true }).catch(() => undefined)
  }
}
