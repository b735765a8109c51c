// The actions a table offers: add its kind of row, delete the selected row, its toggles. What a
// table offers is declared on its spec (TableDef.entry, removes), read from the document's set.
import type { TableId } from '../../shared/tables/ids'
import type { RowAddition, TableDef } from '../../shared/tables/types'
import { openModal } from '../dialogs/modal-store'
import { deleteRow } from '../commands'
import { useBook, togglePrior, toggleHideEmpty } from '../store/book-store'
import { comparesWithPrior } from '../grid/prior-columns'

const ADD_LABEL: Record<RowAddition['kind'], string> = { subject: '添加科目', econ: '添加经济科目', revenue: '添加收入科目', project: '添加项目' }

/** 删除行 is offered where the spec says what a row removes, unless it declines. */
export const offersDelete = (def: TableDef): boolean => !!def.removes && def.entry?.deletes !== false

export function TableToolbar({ table }: { table: TableId }) {
  const def = useBook((s) => s.derivation.tables.def(table))
  const hasPrior = useBook((s) => !!s.derivation.book.prior)
  const priorYear = useBook((s) => s.derivation.book.prior?.year)
  const showPrior = useBook((s) => s.showPrior)
  const hideEmpty = useBook((s) => s.hideEmpty)
  const inPreview = useBook((s) => s.preview !== null)
  return (
    <div className="table-toolbar" role="toolbar">
      {(def.entry?.adds ?? []).map((add) => (
        <button key={add.kind} type="button" onClick={() => openModal(add)}>{ADD_LABEL[add.kind]}</button>
      ))}
      {offersDelete(def) && (
        <button type="button" onClick={() => void deleteRow()}>删除行</button>
      )}
      {comparesWithPrior(def) && (
        <label
          className={hasPrior && !inPreview ? 'toolbar-toggle' : 'toolbar-toggle disabled'}
          title={!hasPrior ? '本预算没有上年数：用“结转”从上年的预算书或公开表生成本年预算后才有' : inPreview ? '万元预览中不显示上年数' : `在右侧显示${priorYear ?? ''}年公开数及增减额、增减率`}
        >
          <input type="checkbox" data-toggle="prior" checked={showPrior && hasPrior && !inPreview} disabled={!hasPrior || inPreview} onChange={togglePrior} />
          上年数对比
        </label>
      )}
      {def.entry?.hidesEmpty && (
        <label className="toolbar-toggle" title="只显示有金额的科目行（合计行始终显示）">
          <input type="checkbox" data-toggle="hide-empty" checked={hideEmpty} onChange={toggleHideEmpty} />
          隐藏无金额的行
        </label>
      )}
      <span className="toolbar-hint">{def.entry?.hint ?? ''}</span>
      <span className="toolbar-legend">
        <i className="swatch input" /> 录入
        <i className="swatch derived" /> 计算
      </span>
    </div>
  )
}
