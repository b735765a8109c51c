// The editor of a name (科目名称, 项目名称, 单位名称 …), opened only by F2 or a double click:
// typing on a name cell does not start it, so a number meant for the money cell beside it can
// never rename a subject. Enter applies and stays, Tab applies and moves to the next money cell.
// Pinyin typed through a Chinese input method on a selected name cell does open it (empty: the
// composition replaces the name, as typing over a cell does); see ime.ts.
import type { ICellEditorParams } from 'ag-grid-community'
import type { RowDef } from '../../shared/tables/types'
import { EntryEditor, entryStep, type AfterKey } from './entry-editor'

export class NameEditor extends EntryEditor {
  override init(params: ICellEditorParams<RowDef>): void {
    super.init(params)
    this.input.classList.add('name-editor-input')
  }

  protected startValue(params: ICellEditorParams<RowDef>): string {
    if (this.imeStart) return ''
    return params.value == null ? '' : String(params.value)
  }

  protected afterKey(e: KeyboardEvent): AfterKey | null {
    if (e.key === 'Enter') return 'stay'
    const step = entryStep(e)
    return step ? { step } : null
  }

  protected apply(): boolean {
    this.done = true
    if (this.changed && this.params.data) this.ctx.commitText(this.params.data, this.params.column.getColId(), this.input.value)
    return true
  }
}
