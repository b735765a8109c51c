// The 最近打开 list: recent-files.json in the user-data folder, most recent first, at most 10.
// Files that are missing right now (a USB stick that is not plugged in) are left out of what
// is shown but stay stored, so they come back when the stick does.
import { readFile, stat } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import { writeFileAtomic } from './atomic'

export const RECENT_FILES_NAME = 'recent-files.json'
export const MAX_RECENT_FILES = 10

interface RecentFilesJson {
  version: 1
  files: string[]
}

/** Windows and macOS file systems are case-insensitive: one file must appear once. */
function samePath(a: string, b: string): boolean {
  return process.platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase()
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

export interface RecentFiles {
  /** Stored entries that exist now, most recent first. */
  list(): Promise<string[]>
  /** Moves `path` to the top; returns the new visible list. */
  add(path: string): Promise<string[]>
  remove(path: string): Promise<string[]>
}

export function createRecentFiles(userDataDir: string): RecentFiles {
  const file = join(userDataDir, RECENT_FILES_NAME)
  // Read-modify-write calls are chained so two quick saves cannot drop each other's entry.
  let queue: Promise<unknown> = Promise.resolve()
  const serialized = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task)
    queue = run.catch(() => undefined)
    return run
  }

  async function readStored(): Promise<string[]> {
    try {
      const parsed: unknown = JSON.parse(await readFile(file, 'utf8'))
      const files = (parsed as Partial<RecentFilesJson> | null)?.files
      if (!Array.isArray(files)) return []
      return files.filter((f): f is string => typeof f === 'string' && isAbsolute(f)).slice(0, MAX_RECENT_FILES)
    } catch {
      // Missing or damaged: start a fresh list rather than fail opening a book.
      return []
    }
  }

  async function store(files: string[]): Promise<void> {
    const json: RecentFilesJson = { version: 1, files }
    await writeFileAtomic(file, JSON.stringify(json, null, 2))
  }

  async function visible(files: string[]): Promise<string[]> {
    const exists = await Promise.all(files.map(isFile))
    return files.filter((_, i) => exists[i])
  }

  return {
    list: () => serialized(async () => visible(await readStored())),
    add: (path) =>
      serialized(async () => {
        const full = resolve(path)
        const files = [full, ...(await readStored()).filter((f) => !samePath(f, full))].slice(0, MAX_RECENT_FILES)
        await store(files)
        return visible(files)
      }),
    remove: (path) =>
      serialized(async () => {
        const full = resolve(path)
        const files = (await readStored()).filter((f) => !samePath(f, full))
        await store(files)
        return visible(files)
      }),
  }
}
