// Crash-safe file replacement. A clerk's budget file must survive a power cut or a killed
// process at any instant: at every moment the target is either the complete old version or
// the complete new one, and the version before the last save is kept as `<name>.bak`.
import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { copyFile, link, open, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Where the previous version of `path` is kept. */
export function backupPath(path: string): string {
  return `${path}.bak`
}

function tempName(path: string, tag: string): string {
  return join(dirname(path), `.${basename(path)}.${tag}-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined
}

/**
 * On Windows a rename over a file that an antivirus scanner or the search indexer has just
 * opened fails briefly with EPERM/EBUSY/EACCES; retrying for about a second rides that out.
 */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to)
      return
    } catch (error) {
      const code = errorCode(error)
      const transient = code === 'EPERM' || code === 'EBUSY' || code === 'EACCES'
      if (!transient || attempt >= 10) throw error
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)))
    }
  }
}

async function writeAndSync(path: string, data: string | Uint8Array, mode: number | undefined): Promise<void> {
  const handle = await open(path, 'wx', mode ?? 0o666)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Makes the renames durable. Windows cannot open a directory for syncing; there NTFS journals the rename. */
async function syncDirectory(dir: string): Promise<void> {
  let handle
  try {
    handle = await open(dir, constants.O_RDONLY)
    await handle.sync()
  } catch {
    // Not supported on this platform or file system: the data itself is already synced.
  } finally {
    await handle?.close()
  }
}

/**
 * Keeps the current target as `.bak` without ever removing the target: a hard link when the
 * file system has them, otherwise a synced copy; either is renamed over the old `.bak` in one
 * step. (Renaming target → .bak would leave a moment with no target at all.)
 */
async function keepBackup(path: string): Promise<void> {
  const temp = tempName(path, 'bak')
  try {
    try {
      await link(path, temp)
    } catch {
      // FAT/exFAT USB sticks and some network shares have no hard links.
      await copyFile(path, temp)
      const handle = await open(temp, 'r+')
      try {
        await handle.sync()
      } finally {
        await handle.close()
      }
    }
    await renameWithRetry(temp, backupPath(path))
  } finally {
    // POSIX rename() of a name onto another link of the same file does nothing and leaves the
    // source name behind; that happens when .bak already is the current version (a save that
    // was interrupted right after this step, or two saves at once).
    await rm(temp, { force: true })
  }
}

/**
 * Replaces `path` with `data` atomically: write a temp file in the same directory, fsync it,
 * keep the current version as `<path>.bak`, rename the temp file over `path`, fsync the directory.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  let previousMode: number | undefined
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new Error(`不是普通文件：${path}`)
    previousMode = info.mode & 0o777
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error
  }

  const temp = tempName(path, 'new')
  try {
    await writeAndSync(temp, data, previousMode)
    if (previousMode !== undefined) await keepBackup(path)
    await renameWithRetry(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await syncDirectory(dirname(path))
}
