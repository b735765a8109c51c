// A name typed into the grid. A subject of the official catalog keeps its catalog name in
// every published table: renaming one (usually a slip) asks first.
import type { BudgetBook } from '../../shared/model/book'
import { bookSubject, revenueSubject } from '../../shared/catalog/functions'
import { readText, setText } from '../../shared/edit/text'
import { applyEdit, useBook } from '../store/book-store'
import { ask } from '../dialogs/modal-store'

/** The catalog entry behind a text key, if the name being changed is a catalogued subject's. */
export function catalogued(book: BudgetBook, key: string): { code: string; name: string } | null {
  const [, kind, id = ''] = key.split('|')
  const entry = kind === 'sub' ? bookSubject(book, id) : kind === 'rev7' || kind === 'rev9' ? revenueSubject(id) : undefined
  return entry ? { code: entry.code, name: entry.name } : null
}

/** Rename what `key` names to `text` as one undo step, asking first for a catalogued subject. */
export async function rename(key: string, text: string, label: string): Promise<boolean> {
  const book = useBook.getState().derivation.book
  const before = readText(book, key) ?? ''
  if (text.trim() === before.trim()) return false
  const entry = catalogued(book, key)
  if (entry) {
    const answer = await ask(
      '修改科目名称',
      `科目 ${entry.code}“${before}”是科目目录中的科目，公开表应使用目录中的名称。确定改名为“${text.trim()}”吗？`,
      [{ id: 'cancel', label: '取消', primary: true }, { id: 'rename', label: '改名', danger: true }],
    )
    if (answer !== 'rename') return false
  }
  return applyEdit(setText(useBook.getState().derivation.book, key, text), label)
}
