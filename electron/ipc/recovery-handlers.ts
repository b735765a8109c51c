// The crash-recovery channels. The copy remembers which file the edits belong to and what that
// file looked like when they began, so restoring never passes off a copy older than the file
// on disk without saying so, and saving the restored edits over a file changed since asks first.
import type { RecoveryInfo } from '../../shared/ipc-contract'
import { contentChanged, readStamp } from '../files/disk-stamp'
import type { RecoveryStore } from '../files/recovery'
import type { ChosenFiles } from './chosen-files'
import { describeFileError } from './errors'
import type { ApiHandlers } from './register'

type RecoveryChannels = Pick<ApiHandlers, 'writeRecovery' | 'clearRecovery' | 'pendingRecovery' | 'loadRecovery'>

export function recoveryHandlers(recovery: RecoveryStore, files: ChosenFiles): RecoveryChannels {
  return {
    async writeRecovery(book, path) {
      // The path comes back as a chosen one on restore, so only a chosen one may be recorded.
      if (path !== null) files.require(path, '记录')
      try {
        await recovery.write(book, path, path === null ? null : (files.stamp(path) ?? null))
      } catch (error) {
        throw describeFileError('写入恢复文件', recovery.file, error)
      }
    },

    clearRecovery: () => recovery.clear(),

    async pendingRecovery(): Promise<RecoveryInfo | null> {
      const record = await recovery.read()
      if (!record) return null
      const info = { savedAt: record.savedAt, path: record.path, department: record.book.department, year: record.book.year }
      if (record.path === null) return { ...info, diskChanged: null }
      const now = await readStamp(record.path).catch(() => null)
      // Without a stamp (a copy written by an older version) the times are all there is.
      const changed = now !== null && (record.base ? contentChanged(record.base, now) : now.mtimeMs > Date.parse(record.savedAt))
      return { ...info, diskChanged: changed && now ? { modifiedAt: new Date(now.mtimeMs).toISOString() } : null }
    },

    async loadRecovery() {
      const record = await recovery.read()
      if (!record) return null
      if (record.path !== null) {
        // Main recorded this path (it was chosen when the copy was made). The edits started
        // from `base`, so saving them over a file changed since asks first.
        files.choose(record.path)
        files.remember(record.path, record.base)
      }
      return { path: record.path, source: record.path ?? recovery.file, book: record.book, report: null }
    },
  }
}
