// The clerk's fields of the disclosure text (reasons, 概况, 其他说明, 名词解释, and the figures typed
// for the text: 上年数, 政府采购, 资产 …): which can be typed here, their whole stored value (a 职责
// of many paragraphs is edited as one text), and committing a change as one undo step.
import { readDisclosureField, setDisclosureField } from '../../shared/edit'
import { applyEdit, useBook, type ViewId } from '../store/book-store'

const book = () => useBook.getState().derivation.book

export function isEditableField(field: string): boolean {
  return readDisclosureField(book(), field) !== undefined
}

export function fieldText(field: string): string {
  return readDisclosureField(book(), field) ?? ''
}

/** Apply the text as one undo step; false only when it was refused (the toast says why). */
export function commitField(field: string, text: string): boolean {
  if ((readDisclosureField(book(), field) ?? '') === text.trim()) return true
  return applyEdit(setDisclosureField(book(), field, text), '修改公开文本')
}

/**
 * The pane where a gap the text cannot take typing is resolved: the unit counts of 八 wait for
 * the unit types in 基本信息 (shared/explanation/unit-counts.ts).
 */
export function fieldPane(field: string): { view: ViewId; title: string } | undefined {
  return field === 'units' ? { view: 'info', title: '在“基本信息”中核对单位类型（点击前往）' } : undefined
}
