// What a file on disk was when this window last read or wrote it: modification time, size and
// a SHA-256 of its bytes. Two copies of the app (two PCs on a shared folder, or the app and
// the CLI) saving the same file would otherwise silently wipe each other's edits; comparing
// the stamp before a save tells "still the file I had" from "someone saved it meanwhile".
import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { readRegularFile } from './bounded-read'
import { MAX_NATIVE_BYTES } from './native'

export interface DiskStamp {
  mtimeMs: number
  size: number
  sha256: string
}

export function stampOf(bytes: string | Uint8Array, mtimeMs: number): DiskStamp {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes
  return { mtimeMs, size: data.byteLength, sha256: createHash('sha256').update(data).digest('hex') }
}

/** The stamp of the file at `path` now, or null when there is none (deleted, moved away). */
export async function readStamp(path: string): Promise<DiskStamp | null> {
  let mtimeMs: number
  let bytes: Buffer
  try {
    mtimeMs = (await stat(path)).mtimeMs
    bytes = await readRegularFile(path, MAX_NATIVE_BYTES)
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ENOENT') return null
    throw error
  }
  return stampOf(bytes, mtimeMs)
}

/**
 * Whether the content changed. A new modification time alone (a copy back from a USB stick,
 * a `touch`) is not a change; equal time and size are not proof of no change either (FAT
 * keeps times to 2 s, and 100 → 200 keeps the size), so the hash decides.
 */
export function contentChanged(before: DiskStamp, now: DiskStamp): boolean {
  return before.size !== now.size || before.sha256 !== now.sha256
}

/** Whether the stamp is valid JSON data (as stored in recovery.json). */
export function isStamp(x: unknown): x is DiskStamp {
  if (typeof x !== 'object' || x === null) return false
  const s = x as Record<string, unknown>
  return typeof s.mtimeMs === 'number' && typeof s.size === 'number' && typeof s.sha256 === 'string' && /^[0-9a-f]{64}$/.test(s.sha256)
}
