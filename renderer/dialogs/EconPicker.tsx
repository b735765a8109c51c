// 添加经济科目 (表六): pick a 部门 item; the 政府 item is proposed from the unit's type and may be changed.
import { useMemo, useState } from 'react'
import { DEPT_ECON_ITEMS, GOV_ECON_ITEMS, proposeGovEcon } from '../../shared/catalog/economic'
import { addEconLine, unitTypeFor } from '../../shared/edit'
import { useBook, applyEdit } from '../store/book-store'
import { closeModal } from './modal-store'
import { Dialog, ConfirmFooter } from './Dialog'

const ITEMS = DEPT_ECON_ITEMS.filter((i) => i.code.length === 5)
const GOV_ITEMS = GOV_ECON_ITEMS.filter((i) => i.code.length === 5)

export function EconPicker() {
  const book = useBook((s) => s.derivation.book)
  const [unitId, setUnitId] = useState(book.units[0]?.id ?? '')
  const [query, setQuery] = useState('')
  const [picked, setPicked] = useState<string | null>(null)
  const [gov, setGov] = useState('')
  const list = useMemo(() => ITEMS.filter((i) => !query.trim() || i.code.startsWith(query.trim()) || i.name.includes(query.trim())), [query])
  const type = unitTypeFor(book, { unitId })
  const proposed = picked ? proposeGovEcon(picked, type) : undefined

  const add = (): void => {
    if (!picked) return
    const ok = applyEdit(addEconLine(book, picked, { unitId, gov: gov || undefined }), '添加经济科目')
    if (ok) closeModal()
  }

  return (
    <Dialog
      title="添加经济科目（表六）"
      name="econ"
      wide
      onClose={closeModal}
      footer={<ConfirmFooter label="添加" onConfirm={add} onCancel={closeModal} disabled={!picked} />}
    >
      <div className="form-grid">
        <label>支出单位</label>
        <select aria-label="支出单位" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
          {book.units.map((u) => <option key={u.id} value={u.id}>{u.name}（{u.type}）</option>)}
        </select>
        <label>部门经济科目</label>
        <input data-autofocus autoFocus aria-label="查找部门经济科目" placeholder="编码或名称，例如 30101 或 工资" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <ul className="pick-list" role="listbox">
        {list.map((i) => (
          <li key={i.code} role="option" aria-selected={picked === i.code} className={picked === i.code ? 'active' : ''} onClick={() => { setPicked(i.code); setGov('') }} onDoubleClick={add}>
            <span className="code">{i.code}</span> {i.name} <span className="muted">{i.nature}</span>
          </li>
        ))}
      </ul>
      <div className="form-grid">
        <label>政府经济科目</label>
        <select aria-label="政府经济科目" value={gov} onChange={(e) => setGov(e.target.value)} disabled={!picked}>
          <option value="">{proposed ? `${proposed.code} ${proposed.name}（按${type}单位建议）` : '—'}</option>
          {GOV_ITEMS.map((g) => <option key={g.code} value={g.code}>{g.code} {g.name}</option>)}
        </select>
      </div>
    </Dialog>
  )
}
