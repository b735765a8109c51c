// One table on screen: its label and title as published, 部门名称 and 单位, a toolbar, the grid.
import { tableDef } from '../../shared/tables'
import type { TableId } from '../../shared/tables/ids'
import { useBook } from '../store/book-store'
import { TableGrid } from '../grid/TableGrid'
import { TableToolbar } from './TableToolbar'

export function TablePane({ table }: { table: TableId }) {
  // Primitives only: an amount edit gives the derivation a new book, and must not re-render the pane.
  const year = useBook((s) => s.derivation.book.year)
  const scope = useBook((s) => s.derivation.book.scope)
  const department = useBook((s) => s.derivation.book.department)
  const unit = useBook((s) => s.derivation.book.amountUnit)
  const count = useBook((s) => s.problemCounts[table] ?? 0)
  const def = tableDef(table)
  return (
    <section className="table-pane" aria-label={def.short}>
      <header className="table-head">
        <div className="table-label">{def.label ?? (def.internal ? '录入表（不公开）' : '')}</div>
        <h1 className="table-title">{def.title(year)}</h1>
        <div className="table-meta">
          <span>
            {scope === '单位' ? '单位名称' : '部门名称'}：{department || '（未填写）'}
          </span>
          {count > 0 && <span className="table-problems">本表有 {count} 个审核问题</span>}
          <span className="table-unit">单位：{unit}</span>
        </div>
      </header>
      <TableToolbar table={table} />
      <TableGrid key={table} table={table} />
    </section>
  )
}
