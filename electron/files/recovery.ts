// The crash-recovery copy: while the clerk has unsaved edits the renderer sends the book
// every 30 s, and it is written to recovery.json in the user-data folder. At the next start
// the renderer asks whether one is pending and offers it.
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { BudgetBook } from '../../shared/model/book'
import { backupPath, writeFileAtomic } from './atomic'
import { isStamp, type DiskStamp } from './disk-stamp'

export const RECOVERY_FILE_NAME = 'recovery.json'
const RECOVERY_SCHEMA = 'budget-tables/recovery'

export interface RecoveryRecord {
  savedAt: string
  /** The native file the edits belong to, or null for a book never saved. */
  path: string | null
  book: BudgetBook
  /** The native file as the edits started from it (null: unknown, or no file), to tell whether it was saved again since. */
  base: DiskStamp | null
}

interface RecoveryJson extends RecoveryRecord {
  schema: typeof RECOVERY_SCHEMA
  version: 1
}

export interface RecoveryStore {
  readonly file: string
  write(book: BudgetBook, path: string | null, base: DiskStamp | null): Promise<void>
  /** The pending record, or null when there is none or it cannot be used. */
  read(): Promise<RecoveryRecord | null>
  clear(): Promise<void>
}

/**
 * `isBook` decides whether the stored book is usable (the same check IPC applies), so a
 * damaged or foreign recovery file is ignored instead of crashing the start-up.
 */
export function createRecoveryStore(userDataDir: string, isBook: (x: unknown) => x is BudgetBook, now: () => Date = () => new Date()): RecoveryStore {
  const file = join(userDataDir, RECOVERY_FILE_NAME)

  async function readRecord(path: string): Promise<RecoveryRecord | null | 'absent'> {
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch {
      return 'absent'
    }
    try {
      const json = JSON.parse(text) as Partial<RecoveryJson> | null
      if (!json || json.schema !== RECOVERY_SCHEMA || typeof json.savedAt !== 'string') return null
      if (json.path !== null && typeof json.path !== 'string') return null
      if (!isBook(json.book)) return null
      return { savedAt: json.savedAt, path: json.path ?? null, book: json.book, base: isStamp(json.base) ? json.base : null }
    } catch {
      return null
    }
  }

  return {
    file,
    async write(book, path, base) {
      const json: RecoveryJson = { schema: RECOVERY_SCHEMA, version: 1, savedAt: now().toISOString(), path, book, base }
      await writeFileAtomic(file, JSON.stringify(json))
    },
    async read() {
      const current = await readRecord(file)
      if (current === 'absent') return null
      if (current) return current
      // The atomic write never leaves a half-written file, but if something else damaged it,
      // the previous copy is better than nothing.
      const previous = await readRecord(backupPath(file))
      return previous === 'absent' ? null : previous
    },
    async clear() {
      // The backup goes first: read() only falls back to it while recovery.json exists.
      await rm(backupPath(file), { force: true })
      await rm(file, { force: true })
    },
  }
}
