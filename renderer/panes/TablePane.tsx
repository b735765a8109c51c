// One table on screen: its label and title as published, 部门名称 and 单位, a toolbar, the grid.
import type { TableId } from '../../shared/tables/ids'
import { useBook, togglePreview } from '../store/book-store'
import { TableGrid } from '../grid/TableGrid'
import { TableToolbar } from './TableToolbar'

export function TablePane({ table }: { table: TableId }) {
  // Primitives only: an amount edit gives the derivation a new book, and must not re-render the pane.
  const year = useBook((s) => s.derivation.book.year)
  const scope = useBook((s) => s.derivation.book.scope)
  const department = useBook((s) => s.derivation.book.department)
  const unit = useBook((s) => s.derivation.book.amountUnit)
  const count = useBook((s) => s.problemCounts[table] ?? 0)
  const errors = useBook((s) => s.errorCounts[table] ?? 0)
  const preview = useBook((s) => s.preview)
  const def = useBook((s) => s.derivation.tables.def(table))
  return (
    <section className="table-pane" aria-label={def.short}>
      <header className="table-head">
        <div className="table-label">{def.label ?? (def.internal ? '录入表（不公开）' : '')}</div>
        <h1 className="table-title">{def.title(year)}</h1>
        <div className="table-meta">
          <span>
            {scope === '单位' ? '单位名称' : '部门名称'}：{department || '（未填写）'}
          </span>
          {count > 0 && (
            <span className={errors ? 'table-problems' : 'table-problems hint'}>
              {errors ? `本表有 ${errors} 个审核错误${count > errors ? `、${count - errors} 个提示` : ''}` : `本表有 ${count} 个审核提示`}
            </span>
          )}
          {unit === '元' && !def.internal && (
            <button type="button" className="preview-toggle" onClick={togglePreview}>
              {preview ? '返回录入' : '万元预览（舍位平衡）'}
            </button>
          )}
          <span className="table-unit">单位：{preview ? '万元（公开数预览）' : unit}</span>
        </div>
        {preview && (
          <div className="preview-banner" role="status">
            万元预览：按导出时的舍位平衡显示，只读。全书共调整 {preview.adjusted} 个明细数、{preview.totals} 个合计数；
            {(preview.markedCells.get(table) ?? 0) > 0 ? `本表 ${preview.markedCells.get(table)} 格（橙色标出，鼠标停留可看真实数与调整）。` : '本表没有调整。'}
            {preview.problems.length > 0 && <strong> 未能满足：{preview.problems.join('；')}</strong>}
          </div>
        )}
      </header>
      <TableToolbar table={table} />
      <TableGrid table={table} />
    </section>
  )
}
