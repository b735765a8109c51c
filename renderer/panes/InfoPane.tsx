// 基本信息: the disclosure's department, scope, year and amount unit, its units, and the
// 功能分类 catalog the book knows (shipped, plus subjects learned or imported).
import { useEffect, useState } from 'react'
import { UNIT_TYPES, type UnitType } from '../../shared/model/book'
import type { AmountUnit } from '../../shared/model/money'
import { convertUnit } from '../../shared/model/convert-unit'
import { addUnit, removeUnit, renameUnit, setDepartment, setScope, setUnitType, setYear } from '../../shared/edit'
import { useBook, applyEdit, toast } from '../store/book-store'
import { confirm } from '../dialogs/modal-store'
import { fileName, importCatalog } from '../commands'
import { FUNCTION_SUBJECTS } from '../../shared/catalog/functions'
import { enterKey, escapeKey } from '../ime-keys'

/** A text input that commits on Enter or when it loses focus, and reverts on Esc. */
function CommitInput(props: { value: string; onCommit: (v: string) => boolean | void; label: string; width?: number; type?: string }) {
  const [text, setText] = useState(props.value)
  useEffect(() => setText(props.value), [props.value])
  const commit = (): void => {
    // A refused edit (the toast says why) must not leave the refused text on screen.
    if (text.trim() !== props.value.trim() && props.onCommit(text) === false) setText(props.value)
  }
  return (
    <input
      aria-label={props.label}
      type={props.type ?? 'text'}
      value={text}
      style={props.width ? { width: props.width } : undefined}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (enterKey(e)) commit()
        if (escapeKey(e)) setText(props.value)
      }}
    />
  )
}

export function InfoPane() {
  const book = useBook((s) => s.derivation.book)
  const path = useBook((s) => s.path)
  const source = useBook((s) => s.source)
  const [newName, setNewName] = useState('')
  const [newType, setNewType] = useState<UnitType>('事业')

  const changeUnit = (unit: AmountUnit): void => {
    try {
      applyEdit(convertUnit(book, unit), `金额单位改为${unit}`)
    } catch (e) {
      toast('error', `无法换算金额单位：${e instanceof Error ? e.message : String(e)}`)
    }
  }
  const remove = async (id: string, name: string): Promise<void> => {
    // Refused before asked: a unit that still has amounts is not offered for deletion at all.
    const result = removeUnit(book, id)
    if (!result.ok) return toast('error', result.message)
    if (!(await confirm('删除单位', `删除单位“${name}”及其（没有金额的）项目？`, '删除', true))) return
    applyEdit(result, `删除单位“${name}”`)
  }
  const add = (): void => {
    if (applyEdit(addUnit(book, newName, newType), `添加单位“${newName.trim()}”`)) setNewName('')
  }

  return (
    <section className="info-pane" aria-label="基本信息">
      <h1 className="pane-title">基本信息</h1>
      <div className="form-grid">
        <label>部门名称</label>
        <CommitInput label="部门名称" value={book.department} width={320} onCommit={(v) => applyEdit(setDepartment(book, v), '修改部门名称')} />
        <label>公开类型</label>
        <select aria-label="公开类型" value={book.scope} onChange={(e) => applyEdit(setScope(book, e.target.value as '部门' | '单位'), '修改公开类型')}>
          <option value="部门">部门预算公开（部门名称）</option>
          <option value="单位">单位预算公开（单位名称）</option>
        </select>
        <label>预算年度</label>
        <CommitInput label="预算年度" type="number" value={String(book.year)} width={100} onCommit={(v) => applyEdit(setYear(book, Number(v)), '修改预算年度')} />
        <label>金额单位</label>
        <div>
          <select aria-label="金额单位" value={book.amountUnit} onChange={(e) => changeUnit(e.target.value as AmountUnit)}>
            <option value="万元">万元（公开表的单位）</option>
            <option value="元">元</option>
          </select>
          <span className="form-note">录入和显示的单位；导出的公开表始终以万元为单位。</span>
        </div>
        <label>文件</label>
        <div className="form-note">{path ? fileName(path) : source ? `${fileName(source)}（尚未保存为预算书）` : '尚未保存'}</div>
      </div>

      <h2 className="pane-subtitle">单位</h2>
      <table className="plain-table units-table">
        <thead>
          <tr>
            <th>单位名称</th>
            <th style={{ width: 120 }}>单位类型</th>
            <th style={{ width: 90 }}>项目数</th>
            <th style={{ width: 80 }} />
          </tr>
        </thead>
        <tbody>
          {book.units.map((u) => (
            <tr key={u.id} data-unit={u.id}>
              <td>
                <CommitInput label="单位名称" value={u.name} width={360} onCommit={(v) => applyEdit(renameUnit(book, u.id, v), '修改单位名称')} />
              </td>
              <td>
                <select aria-label="单位类型" value={u.type} onChange={(e) => applyEdit(setUnitType(book, u.id, e.target.value as UnitType), '修改单位类型')}>
                  {UNIT_TYPES.map((t) => <option key={t} value={t}>{t === '参公' ? '参公（参照公务员法管理）' : t}</option>)}
                </select>
              </td>
              <td className="num">{book.projects.filter((p) => p.unitId === u.id).length}</td>
              <td>
                <button type="button" className="link-button" onClick={() => void remove(u.id, u.name)}>删除</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="add-unit">
        <input aria-label="新单位名称" placeholder="新单位名称" value={newName} onChange={(e) => setNewName(e.target.value)} onKeyDown={(e) => enterKey(e) && add()} style={{ width: 320 }} />
        <select aria-label="新单位类型" value={newType} onChange={(e) => setNewType(e.target.value as UnitType)}>
          {UNIT_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
        <button type="button" onClick={add}>添加单位</button>
      </div>
      <p className="form-note">单位类型决定表六中政府预算支出经济科目的对应关系（行政、参公对应 501–503，事业对应 505–506），以及表十一机关运行经费的范围。</p>

      <h2 className="pane-subtitle">功能分类科目目录</h2>
      <div className="catalog-info">
        <span className="catalog-counts">
          本软件自带 {FUNCTION_SUBJECTS.length} 个科目；本预算书另知道 {Object.keys(book.knownSubjects ?? {}).length} 个（来自上年公开表或导入的目录）
        </span>
        <button type="button" data-cmd="import-catalog" onClick={() => void importCatalog()}>导入科目目录…</button>
      </div>
      <p className="form-note">可导入财政局下发的支出功能分类科目目录（Excel 工作簿 .xlsx 或 CSV 文件，每行为科目编码和科目名称）；导入后，审核按这份目录核对科目的编码和名称。</p>
    </section>
  )
}
