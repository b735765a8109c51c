// 十、绩效管理情况 2: which projects are under 绩效目标管理, their 类别 (其他运转类 / 特定目标类) and
// whether their 绩效目标表 is published. The text counts and adds them up from here; saved as one
// undo step. A department may have thousands of projects (5,000 rows took ~5 s to open): the
// form lists the first LISTED of them, a 查找 box narrows the list by name or unit, the 全部设为
// buttons act on every project found (listed or not), and a row re-renders only on its own change.
import { memo, useCallback, useState } from 'react'
import { setProjectsPerformance } from '../../shared/edit'
import type { Project } from '../../shared/model/book'
import { PERF_CATEGORIES, type ProjectPerformance } from '../../shared/model/disclosure'
import { figuresOfDerivation } from '../../shared/explanation/figures'
import { wanText } from '../../shared/explanation/format'
import { applyEdit, useBook } from '../store/book-store'
import { closeModal } from './modal-store'
import { ConfirmFooter, Dialog } from './Dialog'

type Category = ProjectPerformance['category'] | ''
interface Row {
  category: Category
  published: boolean
}

const LISTED = 200

const same = (a: Row, perf: ProjectPerformance | undefined): boolean => (perf ? a.category === perf.category && a.published === perf.published : a.category === '')

const ProjectRow = memo(function ProjectRow(props: { project: Project; unit: string; amount: string; row: Row; onChange: (id: string, row: Partial<Row>) => void }) {
  const { project: p, row: r, onChange } = props
  return (
    <tr data-project={p.id}>
      <td>{props.unit}</td>
      <td>{p.name}{p.kind === 'carry' ? '（上年结转）' : ''}</td>
      <td className="amount">{props.amount}</td>
      <td>
        <select aria-label={`${p.name} 绩效类别`} value={r.category} onChange={(e) => onChange(p.id, { category: e.target.value as Category, published: e.target.value ? r.published : false })}>
          <option value="">不纳入绩效目标管理</option>
          {PERF_CATEGORIES.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </td>
      <td>
        <input type="checkbox" aria-label={`${p.name} 公开绩效目标`} disabled={!r.category} checked={r.published} onChange={(e) => onChange(p.id, { published: e.target.checked })} />
      </td>
    </tr>
  )
})

export function ProjectPerfDialog() {
  const [book] = useState(() => useBook.getState().derivation.book)
  // Each project's 合计 as its table shows it, to tell the projects apart and weigh them.
  const [amounts] = useState(() => {
    const d = useBook.getState().derivation
    const figures = figuresOfDerivation(d.book, d)
    return new Map(d.book.projects.map((p) => [p.id, wanText(figures.cents(p.kind === 'carry' ? 't13' : 't12', `p:${p.id}`, 'total'))]))
  })
  const [units] = useState(() => new Map(book.units.map((u) => [u.id, u.name])))
  const [rows, setRows] = useState<Record<string, Row>>(() => Object.fromEntries(book.projects.map((p) => [p.id, { category: p.perf?.category ?? '', published: p.perf?.published ?? false }])))
  const [filter, setFilter] = useState('')
  const word = filter.trim()
  const shown = word ? book.projects.filter((p) => p.name.includes(word) || (units.get(p.unitId) ?? '').includes(word)) : book.projects
  const setRow = useCallback((id: string, row: Partial<Row>): void => setRows((r) => ({ ...r, [id]: { ...r[id]!, ...row } })), [])
  const setAll = (change: (x: Row) => Row): void => setRows((r) => ({ ...r, ...Object.fromEntries(shown.map((p) => [p.id, change(r[p.id]!)])) }))
  const save = (): void => {
    const now = useBook.getState().derivation.book
    const changes = new Map<string, ProjectPerformance | null>()
    for (const p of now.projects) {
      const r = rows[p.id]
      if (!r || same(r, p.perf)) continue
      changes.set(p.id, r.category ? { category: r.category, published: r.published } : null)
    }
    if (!changes.size || applyEdit(setProjectsPerformance(now, changes), '标明项目绩效类别')) closeModal()
  }
  return (
    <Dialog title="标明项目绩效类别" name="project-perf" wide onClose={closeModal} footer={<ConfirmFooter label="确定" onConfirm={save} onCancel={closeModal} />}>
      {book.projects.length === 0 ? (
        <p>预算中还没有项目（表十二、表十三）。</p>
      ) : (
        <>
          <p className="perf-all">
            {book.projects.length > 10 ? <input className="perf-filter" aria-label="查找项目或单位" placeholder="查找项目或单位" value={filter} onChange={(e) => setFilter(e.target.value)} /> : null}
            {word ? `找到的 ${shown.length} 个项目` : `全部 ${shown.length} 个项目`}设为：
            {PERF_CATEGORIES.map((c) => <button key={c} type="button" data-all={c} onClick={() => setAll((x) => ({ ...x, category: c }))}>{c}</button>)}
            <button type="button" data-all="" onClick={() => setAll(() => ({ category: '', published: false }))}>不纳入</button>
            <button type="button" data-all="published" onClick={() => setAll((x) => ({ ...x, published: x.category !== '' }))}>公开绩效目标</button>
          </p>
          <table className="perf-projects">
            <thead>
              <tr><th>单位</th><th>项目</th><th className="amount">合计（万元）</th><th>绩效类别</th><th>公开绩效目标</th></tr>
            </thead>
            <tbody>
              {shown.slice(0, LISTED).map((p) => <ProjectRow key={p.id} project={p} unit={units.get(p.unitId) ?? ''} amount={amounts.get(p.id) ?? ''} row={rows[p.id]!} onChange={setRow} />)}
            </tbody>
          </table>
          {shown.length > LISTED ? <p className="form-note" data-more={shown.length - LISTED}>另有 {shown.length - LISTED} 个项目未列出，请用查找缩小范围；“设为”对找到的全部 {shown.length} 个项目有效。</p> : null}
        </>
      )}
      <p className="form-note">说明中纳入绩效目标管理的项目个数、金额和公开的绩效目标个数、金额都按这里的标注由表十二、表十三相加。</p>
    </Dialog>
  )
}
