// 添加项目 (表十二 本年 / 表十三 上年结转): the unit and the project's name.
import { useState } from 'react'
import type { Project } from '../../shared/model/book'
import { addProject } from '../../shared/edit'
import { tableAdding } from '../../shared/tables/table-set'
import { useBook, applyEdit, jumpTo } from '../store/book-store'
import { closeModal } from './modal-store'
import { Dialog, ConfirmFooter } from './Dialog'
import { enterKey } from '../ime-keys'

export function ProjectDialog({ projectKind }: { projectKind: Project['kind'] }) {
  const book = useBook((s) => s.derivation.book)
  // The table listing projects of this kind (表十二 本年, 表十三 上年结转), as the set declares.
  const table = useBook((s) => tableAdding(s.derivation.tables, (a) => a.kind === 'project' && a.projectKind === projectKind))
  const sel = useBook((s) => s.selection)
  const fromRow = sel?.rowId.startsWith('u:') ? sel.rowId.slice(2) : book.projects.find((p) => `p:${p.id}` === sel?.rowId)?.unitId
  const [unitId, setUnitId] = useState(fromRow ?? book.units[0]?.id ?? '')
  const [name, setName] = useState('')
  const add = (): void => {
    if (!applyEdit(addProject(book, unitId, projectKind, name), `添加项目“${name.trim()}”`)) return
    closeModal()
    // The new row may be far down the table: show it, with the focus on its first amount.
    const added = useBook.getState().derivation.book.projects.find((p) => !book.projects.some((q) => q.id === p.id))
    if (added && table) jumpTo(table.id, `p:${added.id}`, 'gp')
  }
  return (
    <Dialog
      title={`添加项目（${table?.short ?? ''} ${projectKind === 'current' ? '本年预算' : '上年结转'}）`}
      name="project"
      onClose={closeModal}
      footer={<ConfirmFooter label="添加" onConfirm={add} onCancel={closeModal} />}
    >
      <div className="form-grid">
        <label>所属单位</label>
        <select aria-label="所属单位" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
          {book.units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
        <label>项目名称</label>
        <input data-autofocus autoFocus aria-label="项目名称" value={name} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => enterKey(e) && add()} style={{ width: 360 }} />
      </div>
    </Dialog>
  )
}
