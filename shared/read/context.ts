// Reading cells of one located table, with every doubtful cell reported as a note naming the
// table, the sheet and the cell, so the import report can show the clerk where to look.
import type { Printed } from '../import/published'
import type { ReportNote } from '../import/report'
import { cellAddress } from '../workbook/grid'
import { parseAmount, toMicro } from './amount'
import type { LocatedTable, SheetRow } from './locate'
import type { ColumnMap } from './columns'
import type { TableDef } from '../tables/types'
import { blockColumns, specRoles } from './spec-columns'
import { mapColumns } from './columns'
import { cellText } from './text'
import { WorkbookReadError } from './errors'
import { AMOUNT_LIMIT_RULE } from '../model/money'
import { clip } from '../model/validate'

export class TableReader {
  /** Set once any amount cell of the table holds a non-zero number. */
  hasAmounts = false
  /** Set when the table's header was recognised (not the standard layout assumed). */
  headerKnown = false

  constructor(
    readonly table: LocatedTable,
    private readonly notes: ReportNote[],
    /** The table's spec: its columns are found by the header it prints (see spec-columns.ts). */
    readonly def: TableDef,
  ) {}

  get short(): string {
    return this.def.short
  }

  text(row: SheetRow, col: number | undefined): string {
    return col === undefined ? '' : cellText(row.cells[col])
  }

  /**
   * An amount cell. Text that is not a number does not stop the import: a clerk importing last
   * year's file wants the book, with the odd cell listed, not a refusal over one cell. The value
   * reads as empty and a warning names the cell.
   */
  amount(row: SheetRow, col: number | undefined): Printed {
    if (col === undefined) return null
    const parsed = parseAmount(row.cells[col], this.table.unit === '元' ? 10000 : 1)
    const cell = this.cell(row.r, col)
    if (!parsed.ok) {
      // A number past what a book holds is not skipped like stray text: it is refused, with the file.
      if (parsed.tooLarge) throw new WorkbookReadError(`${this.where(row.r, col)}的金额"${clip(parsed.text)}"超出上限：${AMOUNT_LIMIT_RULE}。文件未导入`)
      this.warn(`${this.where(row.r, col)}的"${clip(parsed.text)}"不是金额，已按空白读取`, cell)
      return null
    }
    if (parsed.exact) this.warn(`${this.where(row.r, col)}的金额 ${parsed.value} 有两位以上小数（公开表只印两位），已按原数读取，未四舍五入`, cell)
    if (parsed.roundedFrom) this.warn(`${this.where(row.r, col)}的金额 ${clip(parsed.roundedFrom)} 比 1 分更细，已四舍五入为 ${parsed.value} 万元`, cell)
    if (parsed.value !== null) this.hasAmounts = true
    return parsed.value
  }

  /** 工作表!A1 of a cell of this table. */
  cell(r: number, col: number): string {
    return `${this.table.sheet}!${cellAddress(r, col)}`
  }

  /** True when any of the given columns of the row holds something (a number or stray text). */
  anyFilled(row: SheetRow, cols: ReadonlyArray<number | undefined>): boolean {
    return cols.some((c) => c !== undefined && cellText(row.cells[c]) !== '')
  }

  where(r: number, col: number): string {
    return `${this.short}（工作表"${this.table.sheet}"单元格 ${cellAddress(r, col)}）`
  }

  warn(message: string, cell?: string): void {
    this.notes.push({ table: this.table.id, severity: 'warning', message, ...(cell ? { cell } : {}) })
  }

  info(message: string): void {
    this.notes.push({ table: this.table.id, severity: 'info', message })
  }

  /** The spec's columns by header text, by column id; a note says so when the standard layout had to be assumed. */
  columns(): ColumnMap<string> {
    const { map, positional } = mapColumns(this.table.headerRows.map((h) => h.cells), specRoles(this.def), firstUsedColumn(this.table))
    this.headerKnown = !positional
    if (positional && this.table.dataRows.length > 0) this.info(`${this.short}的表头无法识别，已按标准列顺序读取`)
    return map
  }

  /**
   * The places of the spec's money columns of block `block` (0: the left one), keyed by where the
   * printed tables keep their figure (ColumnDef.read.field, else the column id), in the spec's order.
   */
  moneyColumns<K extends string>(map: ColumnMap<string>, block = 0): Record<K, number | undefined> {
    const out: Record<string, number | undefined> = {}
    for (const col of blockColumns(this.def, block)) if (col.kind === 'money') out[col.read?.field ?? col.id] = map[col.id]
    return out as Record<K, number | undefined>
  }

  /** The row's amounts in `cols` (see moneyColumns), each read as amount() reads it. */
  figures<K extends string>(row: SheetRow, cols: Readonly<Record<K, number | undefined>>): Record<K, Printed> {
    const out = {} as Record<K, Printed>
    for (const k of Object.keys(cols) as K[]) out[k] = this.amount(row, cols[k])
    return out
  }

  /** A table prints no data when it says 本表无数据 or holds no amount at all. */
  noData(): boolean {
    return this.table.noDataNote || !this.hasAmounts
  }
}

/** Sum of printed amounts, exact. */
export function sumMicro(values: readonly Printed[]): bigint {
  return values.reduce((acc, v) => acc + toMicro(v), 0n)
}

/** Leftmost column any header or data row of the table uses (where a standard layout starts). */
export function firstUsedColumn(table: LocatedTable): number {
  let first = Number.POSITIVE_INFINITY
  for (const row of [...table.headerRows, ...table.dataRows]) {
    const c = row.cells.findIndex((v) => cellText(v) !== '')
    if (c >= 0 && c < first) first = c
  }
  return Number.isFinite(first) ? first : 0
}
