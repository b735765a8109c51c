// The actions a table offers: add its kind of row, delete the selected row.
import type { TableId } from '../../shared/tables/ids'
import type { RevenueTable } from '../../shared/edit/revenue'
import { openModal } from '../dialogs/modal-store'
import { deleteRow } from '../commands'
import { useBook, togglePrior, toggleHideEmpty } from '../store/book-store'
import { comparesWithPrior } from '../grid/prior-columns'
import { HIDES_EMPTY_ROWS } from '../grid/visible-rows'

const SUBJECT_TABLES = new Set<TableId>(['detail', 't2', 't3', 't5', 't8', 't9'])
const DELETABLE = new Set<TableId>(['detail', 't2', 't3', 't5', 't6', 't7', 't8', 't9', 't12', 't13'])

const HINTS: Partial<Record<TableId, string>> = {
  t1: '本表全部由其他表计算得出。',
  t2: '本表由支出明细计算得出；在表五、表八、表九或支出明细中录入金额。',
  t3: '本表由支出明细计算得出。',
  t4: '本表全部由其他表计算得出。',
  t5: '录入一般公共预算的基本支出和项目支出。',
  t6: '录入一般公共预算基本支出的经济科目金额；人员经费、公用经费自动归类。',
  t8: '录入政府性基金预算的基本支出和项目支出。',
  t10: '录入三公经费各项金额。',
  t11: '录入各单位的机关运行经费。',
  t12: '录入本年预算项目的金额。',
  t13: '录入上年结转项目的金额。',
  detail: '财政专户管理资金、单位资金和上年结转在这里录入。',
}

/** The tables whose rows are revenue subjects (添加收入科目). */
const REVENUE_TABLES: Partial<Record<TableId, RevenueTable>> = { t7: 't7', t9: 't9' }

export function TableToolbar({ table }: { table: TableId }) {
  const hasPrior = useBook((s) => !!s.derivation.book.prior)
  const priorYear = useBook((s) => s.derivation.book.prior?.year)
  const showPrior = useBook((s) => s.showPrior)
  const hideEmpty = useBook((s) => s.hideEmpty)
  const inPreview = useBook((s) => s.preview !== null)
  const revenueTable = REVENUE_TABLES[table]
  return (
    <div className="table-toolbar" role="toolbar">
      {SUBJECT_TABLES.has(table) && (
        <button type="button" onClick={() => openModal({ kind: 'subject' })}>添加科目</button>
      )}
      {table === 't6' && <button type="button" onClick={() => openModal({ kind: 'econ' })}>添加经济科目</button>}
      {revenueTable && (
        <button type="button" onClick={() => openModal({ kind: 'revenue', which: revenueTable })}>添加收入科目</button>
      )}
      {(table === 't12' || table === 't13') && (
        <button type="button" onClick={() => openModal({ kind: 'project', projectKind: table === 't12' ? 'current' : 'carry' })}>添加项目</button>
      )}
      {DELETABLE.has(table) && (
        <button type="button" onClick={() => void deleteRow()}>删除行</button>
      )}
      {comparesWithPrior(table) && (
        <label
          className={hasPrior && !inPreview ? 'toolbar-toggle' : 'toolbar-toggle disabled'}
          title={!hasPrior ? '本预算没有上年数：用“结转”从上年的预算书或公开表生成本年预算后才有' : inPreview ? '万元预览中不显示上年数' : `在右侧显示${priorYear ?? ''}年公开数及增减额、增减率`}
        >
          <input type="checkbox" data-toggle="prior" checked={showPrior && hasPrior && !inPreview} disabled={!hasPrior || inPreview} onChange={togglePrior} />
          上年数对比
        </label>
      )}
      {HIDES_EMPTY_ROWS.has(table) && (
        <label className="toolbar-toggle" title="只显示有金额的科目行（合计行始终显示）">
          <input type="checkbox" data-toggle="hide-empty" checked={hideEmpty} onChange={toggleHideEmpty} />
          隐藏无金额的行
        </label>
      )}
      <span className="toolbar-hint">{HINTS[table] ?? ''}</span>
      <span className="toolbar-legend">
        <i className="swatch input" /> 录入
        <i className="swatch derived" /> 计算
      </span>
    </div>
  )
}
