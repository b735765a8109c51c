// 添加收入科目 (表七 政府性基金 / 表九 国有资本经营): a 收入分类 项, from the catalog or named by
// the clerk, who also names its 类 and 款 when neither the catalog nor the book has them.
import { useMemo, useState } from 'react'
import { REVENUE_SUBJECTS, revenueSubject, searchSubjects } from '../../shared/catalog/functions'
import { addRevenueLine, revenueGroupsNeedingNames, type RevenueTable } from '../../shared/edit'
import { useBook, applyEdit } from '../store/book-store'
import { closeModal } from './modal-store'
import { Dialog, ConfirmFooter } from './Dialog'
import { enterKey } from '../ime-keys'

export function RevenueDialog({ which }: { which: RevenueTable }) {
  const book = useBook((s) => s.derivation.book)
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [className, setClassName] = useState('')
  const [kuanName, setKuanName] = useState('')
  const lines = which === 't7' ? book.govFundRevenue : book.soeRevenue
  const list = useMemo(
    () => searchSubjects(code, REVENUE_SUBJECTS.filter((s) => s.level === '项' && !lines.some((l) => l.code === s.code)), 100),
    [code, lines],
  )
  const c7 = code.trim()
  const known = revenueSubject(c7)
  const need = /^1\d{6}$/.test(c7) ? revenueGroupsNeedingNames(book, c7) : { class: false, kuan: false }
  const add = (c = code, n = name): void => {
    if (applyEdit(addRevenueLine(book, which, c, n, { className, kuanName }), `添加收入科目 ${c.trim()}`)) closeModal()
  }
  return (
    <Dialog
      title={which === 't7' ? '添加收入科目（表七 政府性基金收入）' : '添加收入科目（表九 国有资本经营收入）'}
      name="revenue"
      onClose={closeModal}
      footer={<ConfirmFooter label="添加" onConfirm={() => add()} onCancel={closeModal} />}
    >
      <div className="form-grid">
        <label>收入科目编码</label>
        <input data-autofocus autoFocus aria-label="收入科目编码" placeholder="7 位编码，例如 1030148" value={code} onChange={(e) => setCode(e.target.value)} onKeyDown={(e) => enterKey(e) && add()} />
        <label>科目名称</label>
        <input aria-label="收入科目名称" placeholder={known ? known.name : '目录中没有的编码须填写名称'} value={name} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => enterKey(e) && add()} style={{ width: 320 }} />
        {need.class && (
          <>
            <label>类名称</label>
            <input aria-label="类名称" placeholder={`目录中没有类 ${c7.slice(0, 3)}，须填写名称`} value={className} onChange={(e) => setClassName(e.target.value)} onKeyDown={(e) => enterKey(e) && add()} style={{ width: 320 }} />
          </>
        )}
        {need.kuan && (
          <>
            <label>款名称</label>
            <input aria-label="款名称" placeholder={`目录中没有款 ${c7.slice(0, 5)}，须填写名称`} value={kuanName} onChange={(e) => setKuanName(e.target.value)} onKeyDown={(e) => enterKey(e) && add()} style={{ width: 320 }} />
          </>
        )}
      </div>
      <ul className="pick-list short" role="listbox">
        {list.map((s) => (
          <li key={s.code} role="option" aria-selected={false} onClick={() => add(s.code, '')}>
            <span className="code">{s.code}</span> {s.name}
          </li>
        ))}
      </ul>
    </Dialog>
  )
}
