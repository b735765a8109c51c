// 汇总单位文件: main reads the chosen files; the department book is rebuilt here from the open
// book and the files (shared/consolidate) and applied as one undo step, then the report shows.
import { consolidate } from '../shared/consolidate/consolidate'
import { api, failureText } from './api'
import { useBook, applyEdit, toast, refuseInPreview } from './store/book-store'
import { openModal } from './dialogs/modal-store'
import { commitPendingEntry } from './store/pending-entry'

export async function consolidateUnits(): Promise<void> {
  if (!commitPendingEntry()) return
  if (refuseInPreview()) return
  let returns
  try {
    returns = await api().readUnitFiles()
  } catch (error) {
    return toast('error', failureText('汇总', error))
  }
  if (!returns) return
  const base = useBook.getState().derivation.book
  // A new, empty book becomes the department the files make up.
  const blank = base.units.length <= 1 && base.subjects.length === 0 && base.projects.length === 0 && !base.consolidation
  const { book, report } = consolidate(blank ? null : base, returns, blank && base.department ? { department: base.department } : {})
  if (book) applyEdit(book, '汇总单位文件')
  openModal({ kind: 'consolidation', report })
}
