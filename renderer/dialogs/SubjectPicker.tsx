// 添加科目: search the 功能分类 catalog by code or name; an unknown 7-digit code is accepted
// with the clerk's own name, and the 款's name when neither the catalog nor the book has it
// (the 款 row would otherwise print its code as its name).
import { useMemo, useState } from 'react'
import { searchSubjects, bookSubject, subjectCatalog } from '../../shared/catalog/functions'
import { addSubject, kuanNeedsName } from '../../shared/edit'
import { tableAdding } from '../../shared/tables/table-set'
import { useBook, applyEdit, isTableView, setView, jumpTo } from '../store/book-store'
import { closeModal } from './modal-store'
import { Dialog, ConfirmFooter } from './Dialog'
import { enterKey, imeKey } from '../ime-keys'

export function SubjectPicker() {
  const book = useBook((s) => s.derivation.book)
  const view = useBook((s) => s.view)
  const [query, setQuery] = useState('')
  const [name, setName] = useState('')
  const [kuanName, setKuanName] = useState('')
  const [active, setActive] = useState(0)
  const used = useMemo(() => new Set(book.subjects.map((s) => s.code)), [book])
  const catalog = useMemo(() => subjectCatalog(book), [book])
  const items = useMemo(() => searchSubjects(query, catalog.filter((s) => s.level === '项' && !used.has(s.code)), 200, [...used]), [query, used, catalog])
  const code = query.trim()
  const unknown = /^\d{7}$/.test(code) && !bookSubject(book, code) && !used.has(code)
  const kuanUnknown = unknown && kuanNeedsName(book, code)

  const add = (c: string, n?: string): void => {
    const ok = applyEdit(addSubject(book, c, n, { kuanName }), `添加科目 ${c}`)
    if (ok) {
      closeModal()
      if (!isTableView(view)) {
        // Added from outside the tables: show the entry sheet subjects are entered on (支出明细).
        const sheet = tableAdding(useBook.getState().derivation.tables, (a) => a.kind === 'subject', (t) => !!t.internal)
        if (sheet) setView(sheet.id)
      }
      // The new row may be far down the table: show it.
      else jumpTo(view, `s:${c.trim()}`, 'name')
    }
  }
  const submit = (): void => {
    if (unknown) return add(code, name)
    const pick = items[active]
    if (pick) add(pick.code)
    else if (/^\d{7}$/.test(code)) add(code)
  }

  return (
    <Dialog
      title="添加功能分类科目"
      name="subject"
      onClose={closeModal}
      footer={<ConfirmFooter label="添加" onConfirm={submit} onCancel={closeModal} disabled={!unknown && items.length === 0} />}
    >
      <p className="form-note">输入科目编码或名称查找（只需添加“项”，类、款行自动生成）。目录中没有的 7 位编码也可以添加，需填写科目名称（目录中没有其款时，还需填写款名称）。</p>
      <input
        data-autofocus
        autoFocus
        className="search"
        aria-label="科目编码或名称"
        placeholder="例如 2080505 或 养老"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={(e) => {
          if (imeKey(e.nativeEvent)) return
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, items.length - 1))
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0))
          else if (e.key === 'Enter') submit()
          else return
          e.preventDefault()
        }}
      />
      {unknown ? (
        <div className="unknown-code">
          <p>科目目录中没有 {code}。请填写科目名称：</p>
          <input aria-label="科目名称" placeholder="项名称" value={name} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => enterKey(e) && submit()} />
          {kuanUnknown && (
            <>
              <p>科目目录中也没有款 {code.slice(0, 5)}，请填写款名称：</p>
              <input aria-label="款名称" placeholder={`款 ${code.slice(0, 5)} 的名称`} value={kuanName} onChange={(e) => setKuanName(e.target.value)} onKeyDown={(e) => enterKey(e) && submit()} />
            </>
          )}
        </div>
      ) : (
        <ul className="pick-list" role="listbox">
          {items.map((s, i) => (
            <li key={s.code} role="option" aria-selected={i === active} className={i === active ? 'active' : ''} onMouseEnter={() => setActive(i)} onClick={() => add(s.code)}>
              <span className="code">{s.code}</span> {s.name}
              {/* Which 类 and 款 it opens: the same 项 name stands under many 款. */}
              <span className="pick-where">{[bookSubject(book, s.code.slice(0, 3))?.name, bookSubject(book, s.code.slice(0, 5))?.name].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
          {items.length === 0 && <li className="empty">{used.has(code) ? `科目 ${code} 已在表中` : '没有匹配的科目'}</li>}
        </ul>
      )}
    </Dialog>
  )
}
