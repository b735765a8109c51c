// The clerk's fields of the disclosure text (reasons, 概况, 其他说明, 名词解释, and the figures typed
// for the text: 上年数, 政府采购, 资产 …): which can be typed here, their whole stored value (a 职责
// of many paragraphs is edited as one text), and committing a change as one undo step. A total
// added up from parts (政府采购, 整体绩效目标, 公务用车) and the projects' 绩效类别 open a small form.
import { fieldGroup, PROJECT_PERF_FIELD, readDisclosureField, setDisclosureField } from '../../shared/edit'
import { applyEdit, setView, useBook, type ViewId } from '../store/book-store'
import { openModal } from '../dialogs/modal-store'

const book = () => useBook.getState().derivation.book

/**
 * leaf: typed in place; group: its parts in a form; projects: the 绩效类别 form; pane: resolved in
 * another pane (fieldPane); none: not typed here.
 */
export type FieldKind = 'leaf' | 'group' | 'projects' | 'pane' | 'none'

export function fieldKind(field: string): FieldKind {
  if (readDisclosureField(book(), field) !== undefined) return 'leaf'
  if (fieldPane(field)) return 'pane'
  if (field === PROJECT_PERF_FIELD) return 'projects'
  return fieldGroup(book(), field) ? 'group' : 'none'
}

/** A field holding one figure (an amount, a count, an area), edited in a narrow box. */
export function isFigureField(field: string): boolean {
  return !/^disclosure\.(duties|organization|purchaseCatalog|otherNotes|reasons|glossary)\b/.test(field)
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
 * Open a field wherever the clerk meets it (the missing list, a 公开检查 finding, a total in the
 * text): a group or the projects' 绩效类别 in their form, a leaf in place in 公开文本.
 */
export function openField(field: string): void {
  const kind = fieldKind(field)
  if (kind === 'group') return openModal({ kind: 'field-group', field })
  if (kind === 'projects') return openModal({ kind: 'project-perf' })
  if (kind === 'pane') return setView(fieldPane(field)!.view)
  if (kind !== 'leaf') return
  if (useBook.getState().view !== 'text') setView('text')
  // The pane may still be building its text: look for the field's run for a few frames.
  let frames = 0
  const find = (): void => {
    const run = document.querySelector<HTMLElement>(`.text-document .field[data-field="${CSS.escape(field)}"]`)
    if (run) {
      run.scrollIntoView({ block: 'center' })
      run.click()
    } else if (++frames < 120) requestAnimationFrame(find)
  }
  find()
}

/**
 * The pane where a gap the text cannot take typing is resolved: the unit counts of 八 wait for
 * the unit types in 基本信息 (shared/explanation/unit-counts.ts).
 */
export function fieldPane(field: string): { view: ViewId; title: string } | undefined {
  return field === 'units' ? { view: 'info', title: '在“基本信息”中核对单位类型（点击前往）' } : undefined
}
