// The clerk's fields of the disclosure text: which are typed here, their whole stored text (a
// 职责 of many paragraphs is edited as one text), and committing a change as one undo step.
import { isDisclosureText, readDisclosureText, setDisclosureText } from '../../shared/edit'
import { applyEdit, useBook } from '../store/book-store'

export const isEditableField = isDisclosureText

export function fieldText(field: string): string {
  return readDisclosureText(useBook.getState().derivation.book, field) ?? ''
}

/** Apply the text as one undo step; false only when it was refused (the toast says why). */
export function commitField(field: string, text: string): boolean {
  const book = useBook.getState().derivation.book
  if ((readDisclosureText(book, field) ?? '') === text.trim()) return true
  return applyEdit(setDisclosureText(book, field, text), '修改公开文本')
}
