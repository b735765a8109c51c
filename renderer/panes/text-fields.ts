// Committing a clerk's field of the disclosure text (a reason, 概况, 其他说明 …) as one undo step.
import { setDisclosureField } from '../../shared/edit'
import { applyEdit, useBook } from '../store/book-store'

export function commitField(field: string, text: string): boolean {
  const book = useBook.getState().derivation.book
  return applyEdit(setDisclosureField(book, field, text), '修改公开文本')
}
