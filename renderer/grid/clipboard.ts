// Copy and paste as Excel/WPS do it: tab-separated rows. Pasting is planned here (pure):
// which typed cells receive which values, which derived cells are skipped, and what did not
// fit. A block with any value that is not a number changes nothing.
import type { ColumnDef, RowDef } from '../../shared/tables/types'
import { largeAmountNote, parseEntry, spaceGroupingNote } from '../../shared/model/parse-entry'
import { clip } from '../../shared/model/validate'
import { fenToString, formatAmount, type AmountUnit, type Fen } from '../../shared/model/money'
import { cellKind } from './columns'
import type { Rect } from './selection'

/** Excel's clipboard text → rows of cells (\r?\n rows, \t cells, one trailing empty line dropped). */
export function parseTsv(text: string): string[][] {
  const lines = text.split(/\r?\n/)
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines.map((line) => line.split('\t').map(unquote))
}

/** Excel quotes a cell that holds a tab or newline; a plain quoted cell "x" reads as x. */
function unquote(cell: string): string {
  const m = /^"(.*)"$/s.exec(cell)
  return m ? m[1]!.replace(/""/g, '"') : cell
}

export function formatTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\r\n') + '\r\n'
}

/** A money value as Excel reads it back: plain, no grouping, two decimals at least; zero empty. */
export function plainAmount(fen: Fen, unit: AmountUnit): string {
  if (fen === 0n) return ''
  const s = fenToString(fen, unit)
  const [int, frac = ''] = s.split('.')
  return `${int}.${frac.padEnd(2, '0')}`
}

/** The visible grid as paste and copy see it: rows and columns in display order. */
export interface GridModel {
  rows: readonly RowDef[]
  columns: readonly ColumnDef[]
  isInput(ref: string): boolean
  /** How a row is named in a message: '2080505 机关事业单位基本养老保险缴费支出'. */
  rowLabel(row: RowDef): string
  /** How a column is named in a message: its header text. */
  columnLabel(column: ColumnDef): string
}

export type PastePlan =
  | {
      ok: true
      amounts: [ref: string, fen: Fen][]
      texts: [key: string, text: string][]
      /** Non-empty values that landed on derived or fixed cells. */
      skipped: number
      /** Non-empty values beyond the last row or column. */
      outside: number
      /** The rectangle of the grid the block covered (display indices). */
      rect: Rect
      /** Values read through a space between digits taken as a thousands separator, as pasted, with their amount. */
      spaceGrouped: [text: string, fen: Fen][]
      unit: AmountUnit
    }
  | { ok: false; message: string }

export function planPaste(block: readonly (readonly string[])[], grid: GridModel, start: { row: number; col: number }, unit: AmountUnit): PastePlan {
  const amounts = new Map<string, Fen>()
  const texts = new Map<string, string>()
  const spaceGrouped: [string, Fen][] = []
  let skipped = 0
  let outside = 0
  let bottom = start.row
  let right = start.col
  for (let i = 0; i < block.length; i++) {
    const line = block[i]!
    for (let j = 0; j < line.length; j++) {
      const value = line[j]!
      const row = grid.rows[start.row + i]
      const column = grid.columns[start.col + j]
      if (!row || !column) {
        if (value.trim() !== '') outside++
        continue
      }
      bottom = Math.max(bottom, start.row + i)
      right = Math.max(right, start.col + j)
      const kind = cellKind(row, column, grid.isInput)
      if (kind.kind === 'readonly') {
        if (value.trim() !== '') skipped++
      } else if (kind.kind === 'text') {
        texts.set(kind.key, value.trim())
      } else {
        const parsed = parseEntry(value, unit)
        if (!parsed.ok) {
          const where = `${grid.rowLabel(row)}｜${grid.columnLabel(column)}`
          return { ok: false, message: `未粘贴任何内容：${where} 的“${clip(value.trim())}”无法识别为金额。${parsed.message}` }
        }
        amounts.set(kind.ref, parsed.fen)
        if (parsed.spaceGrouped) spaceGrouped.push([value, parsed.fen])
      }
    }
  }
  return { ok: true, amounts: [...amounts], texts: [...texts], skipped, outside, rect: { top: start.row, left: start.col, bottom, right }, spaceGrouped, unit }
}

/** What a successful paste reports beyond "done". */
export function pasteNotes(plan: Extract<PastePlan, { ok: true }>): string[] {
  const notes: string[] = []
  if (plan.outside) notes.push(`${plan.outside} 个单元格超出表格范围，未粘贴`)
  if (plan.skipped) notes.push(`${plan.skipped} 个单元格是计算或固定单元格，已跳过`)
  const large = plan.amounts.filter(([, fen]) => largeAmountNote(fen, plan.unit) !== null)
  if (large.length === 1) notes.push(largeAmountNote(large[0]![1], plan.unit)!)
  else if (large.length) notes.push(`${large.length} 个值按万元读入后每个都在 10 亿元以上（如 ${formatAmount(large[0]![1], plan.unit)} 万元）；如果粘贴的是元数，请按 Ctrl+Z 撤销，换算成万元后再粘贴`)
  const [first, ...more] = plan.spaceGrouped
  if (first && more.length === 0) notes.push(spaceGroupingNote(first[0], first[1], plan.unit))
  else if (first) {
    notes.push(
      `${plan.spaceGrouped.length} 个值中的空格已按千位分隔读入（如“${first[0].trim()}”读作 ${formatAmount(first[1], plan.unit)}）；如有两个数误在一格，请按 Ctrl+Z 撤销后改正`,
    )
  }
  return notes
}

/** The rectangle as tab-separated text: amounts plain, names as shown. */
export function copyBlock(grid: GridModel, rect: Rect, value: (ref: string) => unknown, unit: AmountUnit): string[][] {
  const out: string[][] = []
  for (let i = rect.top; i <= rect.bottom; i++) {
    const row = grid.rows[i]
    if (!row) break
    const line: string[] = []
    for (let j = rect.left; j <= rect.right; j++) {
      const column = grid.columns[j]
      if (!column) break
      if (column.kind === 'money') {
        const cell = row.cells[column.id]
        const v = cell ? value(cell.ref) : undefined
        line.push(typeof v === 'bigint' ? plainAmount(v, unit) : '')
      } else {
        line.push(row.text[column.id] ?? '')
      }
    }
    out.push(line)
  }
  return out
}
