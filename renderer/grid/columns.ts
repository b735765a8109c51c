// TableDef → AG Grid column definitions: the published multi-row header (cells with row and
// column spans) becomes nested column groups, and each column reads its values from the
// live Derivation through the grid context, so an edit only needs a cell refresh.
import type {
  CellClassParams, ColDef, ColGroupDef, EditableCallbackParams, ITooltipParams, SuppressKeyboardEventParams, ValueFormatterParams, ValueGetterParams,
} from 'ag-grid-community'
import type { ColumnDef, RowDef, TableDef } from '../../shared/tables/types'
import { headerText } from '../../shared/tables'
import type { TableId } from '../../shared/tables/ids'
import type { Derivation } from '../../shared/engine/derivation'
import { isCellError } from '../../shared/engine/graph'
import { formatAmount, type AmountUnit } from '../../shared/model/money'
import { imeKey } from '../ime-keys'

// ---- the header as a tree (pure, no AG Grid)

export type HeaderNode =
  | { kind: 'group'; text: string; children: HeaderNode[] }
  | { kind: 'leaf'; text: string; column: ColumnDef }

/** Nest the header cells: a cell reaching the last header row is a column, any other a group over the cells below it. */
export function headerTree(def: Pick<TableDef, 'columns' | 'header' | 'headerRows'>, year: number): HeaderNode[] {
  const at = new Map(def.header.map((h) => [`${h.row}:${h.col}`, h]))
  const build = (from: number, to: number, row: number): HeaderNode[] => {
    const out: HeaderNode[] = []
    let c = from
    while (c < to) {
      const column = def.columns[c]!
      if (row >= def.headerRows) {
        out.push({ kind: 'leaf', text: '', column })
        c++
        continue
      }
      const cell = at.get(`${row}:${c}`)
      if (!cell) {
        // Nothing starts here on this header row: the column's header sits lower.
        out.push(...build(c, c + 1, row + 1))
        c++
        continue
      }
      const span = Math.max(1, Math.min(cell.colSpan ?? 1, to - c))
      const below = row + (cell.rowSpan ?? 1)
      const text = headerText(cell.text, year)
      if (below >= def.headerRows && span === 1) out.push({ kind: 'leaf', text, column })
      else out.push({ kind: 'group', text, children: build(c, c + span, below) })
      c += span
    }
    return out
  }
  return build(0, def.columns.length, 0)
}

/** Leaf columns in display order with their header path ('本年收入 / 一般公共预算'), for messages. */
export function columnLabels(tree: readonly HeaderNode[]): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (nodes: readonly HeaderNode[], path: string[]): void => {
    for (const n of nodes) {
      if (n.kind === 'leaf') out.set(n.column.id, [...path, n.text].filter(Boolean).join(' / '))
      else walk(n.children, [...path, n.text])
    }
  }
  walk(tree, [])
  return out
}

// ---- AG Grid column definitions

export interface CellMark {
  severity: 'error' | 'warning'
  messages: string[]
}

/** What the columns need from the app; a mutable object handed to the grid as its context. */
export interface GridContext {
  table: TableId
  derivation: Derivation
  unit: AmountUnit
  /** Nothing is editable (the 万元 print preview). */
  readOnly: boolean
  markAt(rowId: string, col: string): CellMark | undefined
  inSelection(rowIndex: number, col: string): boolean
}

/** Excel character units to pixels (money columns get room for 1,234,567,890.00 and an 8-character header). */
export function columnWidth(column: ColumnDef, zoom = 1): number {
  const px = Math.round(column.width * 7.4 + 12)
  return Math.round((column.kind === 'money' ? Math.max(px, 118) : Math.max(px, 60)) * zoom)
}

export type CellKind = { kind: 'money'; ref: string } | { kind: 'text'; key: string } | { kind: 'readonly' }

/** Whether a grid cell takes typed input, and where it goes. */
export function cellKind(row: RowDef, column: ColumnDef, isInput: (ref: string) => boolean): CellKind {
  if (column.kind === 'money') {
    const cell = row.cells[column.id]
    return cell && !cell.formula && isInput(cell.ref) ? { kind: 'money', ref: cell.ref } : { kind: 'readonly' }
  }
  const key = row.textKeys?.[column.id]
  return key ? { kind: 'text', key } : { kind: 'readonly' }
}

/** The display text of a money value: grouped with two decimals, zero empty. */
export function formatMoney(value: unknown, unit: AmountUnit): string {
  if (typeof value === 'bigint') return value === 0n ? '' : formatAmount(value, unit)
  if (isCellError(value)) return '#错误'
  return value == null ? '' : String(value)
}

const ctx = (p: { context: unknown }): GridContext => p.context as GridContext

function leafColDef(column: ColumnDef, text: string, zoom: number, pinLeft: ReadonlySet<string>): ColDef<RowDef> {
  const id = column.id
  const base: ColDef<RowDef> = {
    colId: id,
    ...(pinLeft.has(id) ? { pinned: 'left' as const, lockPinned: true } : {}),
    headerName: text,
    width: columnWidth(column, zoom),
    cellDataType: false,
    sortable: false,
    suppressMovable: true,
    resizable: true,
    headerClass: 'hdr-cell',
    tooltipValueGetter: (p: ITooltipParams<RowDef>) => tooltipFor(p, column),
  }
  if (column.kind === 'money') {
    return {
      ...base,
      type: 'rightAligned',
      valueGetter: (p: ValueGetterParams<RowDef>) => {
        const cell = p.data?.cells[id]
        return cell ? ctx(p).derivation.value(cell.ref) : (p.data?.text[id] ?? null)
      },
      valueFormatter: (p: ValueFormatterParams<RowDef>) => formatMoney(p.value, ctx(p).unit),
      editable: (p: EditableCallbackParams<RowDef>) => !ctx(p).readOnly && !!p.data && cellKind(p.data, column, (r) => ctx(p).derivation.isInput(r)).kind === 'money',
      cellClass: (p: CellClassParams<RowDef>) => {
        if (p.node.rowPinned) return 'cell-number-row'
        const cell = p.data?.cells[id]
        if (!cell) return 'cell-money cell-empty' + stateClasses(p, id)
        return (!cell.formula && ctx(p).derivation.isInput(cell.ref) ? 'cell-money cell-input' : 'cell-money cell-derived') + stateClasses(p, id)
      },
      cellEditor: 'moneyEditor',
      cellEditorPopup: true,
      cellEditorPopupPosition: 'over',
    }
  }
  return {
    ...base,
    valueGetter: (p: ValueGetterParams<RowDef>) => p.data?.text[id] ?? '',
    editable: (p: EditableCallbackParams<RowDef>) => !ctx(p).readOnly && !!p.data?.textKeys?.[id],
    cellClass: (p: CellClassParams<RowDef>) => {
      if (p.node.rowPinned) return 'cell-number-row'
      const cls = column.kind === 'code' ? 'cell-code' : 'cell-text'
      return (p.data?.textKeys?.[id] ? `${cls} cell-input` : `${cls} cell-fixed`) + stateClasses(p, id)
    },
    cellEditor: 'nameEditor',
    cellEditorPopup: true,
    cellEditorPopupPosition: 'over',
  }
}

/**
 * A cell's check mark and selection, as classes after its kind's: one string per cell, not a
 * rule function per class (the grid calls each rule and toggles each class on every cell it draws,
 * and drawing the first screen's cells is most of a table switch). The grid applies a cell's
 * classes again when it refreshes the cell with `force` (a selection or a mark changed: both do)
 * or its value changed, removing the ones it applied before.
 */
function stateClasses(p: CellClassParams<RowDef>, col: string): string {
  if (!p.data) return ''
  const c = ctx(p)
  const mark = c.markAt(p.data.id, col)
  const marked = mark ? (mark.severity === 'error' ? ' cell-error' : ' cell-warning') : ''
  return p.rowIndex != null && c.inSelection(p.rowIndex, col) ? `${marked} cell-selected` : marked
}

function tooltipFor(p: ITooltipParams<RowDef>, column: ColumnDef): string | undefined {
  const row = p.data as RowDef | undefined
  if (!row || p.node?.rowPinned) return undefined
  const lines: string[] = []
  const mark = ctx(p).markAt(row.id, column.id)
  if (mark) lines.push(...mark.messages.map((m) => `${mark.severity === 'error' ? '错误' : '提示'}：${m}`))
  const explain = row.cells[column.id]?.formula?.explain
  if (explain) lines.push(`计算：${explain}`)
  else if (column.kind === 'text' && row.text[column.id] && !row.textKeys?.[column.id] && column.width >= 20) lines.push(row.text[column.id]!)
  return lines.length ? lines.join('\n') : undefined
}

let groupSeq = 0

function toColDef(node: HeaderNode, zoom: number, pinLeft: ReadonlySet<string>): ColDef<RowDef> | ColGroupDef<RowDef> {
  if (node.kind === 'leaf') return leafColDef(node.column, node.text, zoom, pinLeft)
  return {
    groupId: `g${++groupSeq}`,
    headerName: node.text,
    headerClass: 'hdr-group',
    marryChildren: true,
    children: node.children.map((n) => toColDef(n, zoom, pinLeft)),
  }
}

/**
 * The columns that say which row a figure belongs to: the codes and names before a table's first
 * amount column (科目编码 + 科目名称, 项目名称 …). They stay pinned at the grid's left edge, so a
 * clerk scrolled right to 单位资金 or 上年结转 still sees the row they type into. A table of two
 * blocks side by side (表一, 表四, 表九) has names in both blocks and is narrow: nothing pinned.
 */
function pinnedLeftColumns(def: Pick<TableDef, 'columns' | 'sideBySide'>): Set<string> {
  if (def.sideBySide) return new Set()
  const first = def.columns.findIndex((c) => c.kind === 'money')
  return new Set(def.columns.slice(0, first < 0 ? 0 : first).map((c) => c.id))
}

/** The grid's column definitions for a table. */
export function buildColumnDefs(def: TableDef, year: number, zoom = 1): (ColDef<RowDef> | ColGroupDef<RowDef>)[] {
  const pinLeft = pinnedLeftColumns(def)
  return headerTree(def, year).map((n) => toColDef(n, zoom, pinLeft))
}

/**
 * Keys the grid must not act on when no cell is being edited: Delete/Backspace (the grid's
 * owner clears cells and selections), characters typed on a name cell, which would start
 * renaming it (a name changes only by F2 or a double click), and keys of a Chinese input
 * method, which some IMEs report with the letter as key (and keyCode 229): the grid would start
 * the editor with that Latin letter ("n你好"); the grid's owner opens it empty instead (ime.ts).
 * While editing, the IME's keys (Enter confirming a candidate …) never close the editor.
 */
export function suppressKeys(p: SuppressKeyboardEventParams): boolean {
  if (imeKey(p.event)) return true
  if (p.editing) return false
  const key = p.event.key
  if (key === 'Delete' || key === 'Backspace') return true
  const typing = key.length === 1 && !p.event.ctrlKey && !p.event.metaKey && !p.event.altKey
  return typing && p.colDef.cellEditor === 'nameEditor'
}

/** 表十二/十三 print a row of column numbers 1 … n under the header. */
export function numberRow(def: TableDef): RowDef {
  const text: Record<string, string> = {}
  def.columns.forEach((c, i) => (text[c.id] = String(i + 1)))
  return { id: '#numbers', kind: 'fixed', text, cells: {} }
}
