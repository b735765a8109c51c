// Saving over the book's own file when someone else saved it meanwhile (another PC on a shared
// folder, or the CLI): main writes nothing and reports the conflict; the clerk chooses
// 覆盖 / 另存为 / 取消 here. Also the words for a save that worked with a warning (.bak).
import type { DiskConflict, SavedFile, SaveResult } from '../../shared/ipc-contract'
import type { BudgetBook } from '../../shared/model/book'
import { api } from '../api'
import { toast } from '../store/book-store'
import { ask } from './modal-store'

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path

function isConflict(result: SaveResult): result is DiskConflict {
  return result !== null && 'conflict' in result
}

/** 覆盖, 另存为 or 取消 (null) for a file changed on disk. */
export async function askOverwrite(conflict: DiskConflict['conflict']): Promise<'overwrite' | 'save-as' | null> {
  const when = new Date(conflict.modifiedAt).toLocaleString('zh-CN')
  const answer = await ask(
    '文件已被其他程序修改',
    `“${fileName(conflict.path)}”在本窗口打开或上次保存之后，又被保存过（${when}，可能是另一台电脑或命令行工具）。覆盖会丢失那次保存的内容。`,
    [
      { id: 'cancel', label: '取消' },
      { id: 'save-as', label: '另存为…', primary: true },
      { id: 'overwrite', label: '覆盖', danger: true },
    ],
    conflict.path,
  )
  return answer === 'overwrite' || answer === 'save-as' ? answer : null
}

/**
 * Saves `book` (to `path`, or a chosen file when null). 'save-as' means the clerk chose to
 * save under another name instead; null that nothing was saved.
 */
export async function saveChecked(book: BudgetBook, path: string | null): Promise<SavedFile | 'save-as' | null> {
  const result = await api().save(book, path, false)
  if (!isConflict(result)) return result
  const choice = await askOverwrite(result.conflict)
  if (choice === 'save-as') return 'save-as'
  if (choice !== 'overwrite') return null
  const again = await api().save(book, path, true)
  return isConflict(again) ? null : again
}

/** 已保存 — or, when the file was written but its .bak was not, the warning saying so. */
export function toastSaved(saved: SavedFile, done: string): void {
  if (saved.warning) toast('error', saved.warning)
  else toast('success', `${done}：${fileName(saved.path)}`)
}
