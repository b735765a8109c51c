// The options every table grid is created with that do not depend on the table shown: shared by
// TableGrid and the warm-up grid (warm-up.ts), so the warm-up runs the very code a switch runs.
import type { GetRowIdParams, GridOptions, RowClassParams } from 'ag-grid-community'
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale'
import type { RowDef } from '../../shared/tables/types'
import { suppressKeys } from './columns'
import { MoneyEditor } from './MoneyEditor'
import { NameEditor } from './NameEditor'

const getRowId = (p: GetRowIdParams<RowDef>): string => p.data.id
const getRowClass = (p: RowClassParams<RowDef>): string => (p.node.rowPinned ? 'row-numbers' : `row-${p.data?.kind ?? 'item'}`)
/** Rows drawn beyond the viewport (AG Grid's default 10): each is ~7 cells built on every table switch. */
const ROW_BUFFER = 3

// autoHeaderHeight is set per header cell (header-heights.ts): only where the text may wrap.
// ensureDomOrder: rows, cells and header cells in the DOM in the order shown (screen readers read it);
// AG Grid's own DOM would otherwise append a header cell kept from the previous table after new ones.
export const GRID_OPTIONS = {
  localeText: AG_GRID_LOCALE_CN,
  defaultColDef: { suppressKeyboardEvent: suppressKeys, wrapHeaderText: true, suppressHeaderMenuButton: true },
  defaultColGroupDef: { wrapHeaderText: true },
  components: { moneyEditor: MoneyEditor, nameEditor: NameEditor },
  getRowId,
  getRowClass,
  readOnlyEdit: true,
  enterNavigatesVertically: true,
  suppressStartEditOnTab: true,
  tooltipShowDelay: 400,
  tooltipHideDelay: 15000,
  suppressColumnMoveAnimation: true,
  animateRows: false,
  suppressDragLeaveHidesColumns: true,
  rowBuffer: ROW_BUFFER,
  ensureDomOrder: true,
} satisfies GridOptions<RowDef>
