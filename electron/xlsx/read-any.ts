// Reading any .xlsx: a workbook this app exported carries its exact book in the very-hidden
// `__book__` sheet; if the visible tables are still what was exported, that book is the answer
// and nothing is lost. A workbook whose tables were edited outside the app takes the edited
// figures from its tables and keeps the rest of the embedded book; one made by another tool (or
// with a damaged embedded book) is read from its tables like any published disclosure, with a
// report of what was found.
import type { BudgetBook } from '../../shared/model/book'
import type { ImportReport, ReportNote } from '../../shared/import/report'
import { bookFromPublished } from '../../shared/import/from-published'
import { validateBook } from '../../shared/model/validate'
import type { GridBook } from '../../shared/workbook/grid'
import { loadWorkbookGrid, parseWorkbookGrid } from './read-published'
import { readEmbedded, type EmbedHeader } from '../../shared/workbook/book-sheet'
import { changedCells, printedAt } from '../../shared/workbook/sheet-diff'
import { sheetValues } from '../../shared/workbook/sheet-model'
import { followingEdits, mergeEditedWorkbook } from '../../shared/import/edited-copy'
import { printBook } from '../../shared/printed'
import { STANDARD_TABLES } from '../../shared/tables'
import { printedSheets } from './export'
import { fingerprint } from './export/fingerprint'
import { readBack } from '../../shared/template/read-back'
import { WorkbookReadError } from '../../shared/read/errors'

export interface ReadWorkbookResult {
  book: BudgetBook
  /** null when the embedded book was used unchanged: nothing to report. */
  report: ImportReport | null
}

/** The embedded book if it is usable (and whether the tables are still as exported); else notes saying why not. */
function embeddedBook(grid: GridBook): { book: BudgetBook; fingerprint: EmbedHeader['fingerprint']; unchanged: boolean } | { notes: ReportNote[] } {
  const embedded = readEmbedded(grid)
  if (embedded.kind === 'none') return { notes: [] }
  const unusable = (why: string): { notes: ReportNote[] } => ({
    notes: [{ severity: 'warning', message: `工作簿中保存的预算数据无法使用（${why}），已按表格中的数字读取` }],
  })
  if (embedded.kind === 'damaged') return unusable(embedded.reason)
  let parsed: unknown
  try {
    parsed = JSON.parse(embedded.json)
  } catch {
    return unusable('数据不完整或已损坏')
  }
  const valid = validateBook(parsed)
  if (!valid.ok) return unusable(valid.problems.slice(0, 3).join('；'))
  const { sheets, sha256 } = embedded.header.fingerprint
  return { book: valid.book, fingerprint: embedded.header.fingerprint, unchanged: fingerprint(sheets, grid.sheets) === sha256 }
}

/** At most this many changed cells are listed one by one (a pasted-over block would flood the report). */
const LISTED_CELLS = 50

/**
 * Tables edited outside the app: the figures the edit changed come from the tables, everything
 * else from the embedded book (shared/import/edited-copy.ts). The tables the embedded book prints
 * are written again and must hash to the export's fingerprint — then they are exactly what was
 * exported, and both the changed cells and the changed amounts can be named.
 */
function editedWorkbook(grid: GridBook, embedded: BudgetBook, exported: EmbedHeader['fingerprint'], fileName: string): ReadWorkbookResult {
  const published = bookFromPublished(parseWorkbookGrid(grid), fileName)
  const written = printedSheets(printBook(embedded, STANDARD_TABLES))
  const verified = fingerprint(exported.sheets, written.map(sheetValues)) === exported.sha256
  const unedited = verified
    ? bookFromPublished(parseWorkbookGrid({ sheets: written.map((s) => { const v = sheetValues(s); return { ...v, rowCount: v.rows.length, truncated: false } }) }), fileName)
    : undefined
  const merged = mergeEditedWorkbook({ embedded, edited: published.book, ...(unedited ? { unedited: unedited.book } : {}) })
  // What the reader says of the unedited tables too (how it split a 项 by source …) is not news:
  // wherever the tables did not change, the figures are the embedded book's own.
  const known = new Set(unedited?.report.notes.map((n) => n.message))
  const readerNotes = published.report.notes.filter((n) => !known.has(n.message))
  const cells = verified ? changedCells(written, grid) : []
  const typed = cells.filter((c) => !c.recomputed)
  const listed = typed.slice(0, LISTED_CELLS)
  // What the opened book prints there: a typed-over 合计 is not read, and says so by its figure.
  const now = printedAt(listed, printedSheets(printBook(merged.book, STANDARD_TABLES)), grid)
  const cellNotes: ReportNote[] = listed.map((c) => {
    const shown = now.get(c)
    return {
      severity: 'warning',
      cell: `${c.sheet}!${c.cell}`,
      message: `与导出时不同：${c.sheet}!${c.cell}（${[c.row, c.column].filter(Boolean).join(' | ')}）${c.before} → ${c.after}${shown !== undefined && shown !== c.after ? `；打开后此格印为 ${shown}` : ''}`,
    }
  })
  if (listed.some((c) => now.has(c) && now.get(c) !== c.after)) {
    cellNotes.push({ severity: 'info', message: '“打开后此格印为”与改后的数不同的，是合计等由明细算出的数（本软件不按它读入，按明细重新计算），或以元录入的金额经舍位平衡印出的数' })
  }
  if (typed.length > LISTED_CELLS) cellNotes.push({ severity: 'warning', message: `另有 ${typed.length - LISTED_CELLS} 个单元格与导出时不同，未逐一列出` })
  const recomputed = cells.length - typed.length
  if (recomputed) {
    cellNotes.push({ severity: 'info', message: `另有 ${recomputed} 个合计等公式单元格由表格软件随改动重新计算，与导出时不同；这些数不读入，由本软件按明细重新计算` })
  }
  const [summary, ...rest] = merged.notes
  const differences = unedited ? followingEdits(published.report.differences, published.book, unedited.book) : published.report.differences
  return { book: merged.book, report: { ...published.report, differences, notes: [summary!, ...cellNotes, ...rest, ...readerNotes] } }
}

/**
 * A fill-in workbook (下发的填报表) opens as the book it was issued from with the amounts typed
 * into it; one with errors (text in amount cells, changed locked cells) is refused, by cell.
 */
function templateBook(grid: GridBook, fileName: string): ReadWorkbookResult | null {
  const read = readBack(grid)
  if (read.kind === 'not-template') return null
  const where = (f: { sheet?: string; cell?: string }): string => (f.sheet ? `工作表“${f.sheet}”${f.cell ? ` ${f.cell}` : ''}：` : '')
  if (!read.book) {
    const errors = read.findings.filter((f) => f.severity === 'error')
    const shown = errors.slice(0, 3).map((f) => where(f) + f.message).join('；')
    throw new WorkbookReadError(`填报表有 ${errors.length} 处问题，未能读取：${shown}${errors.length > 3 ? '……' : ''}`)
  }
  const notes: ReportNote[] = read.findings.map((f) => ({ severity: f.severity, message: where(f) + f.message }))
  return { book: read.book, report: notes.length ? { source: fileName, differences: [], notes } : null }
}

/**
 * The embedded book without `asPublished`: this app's export prints every headline as the book
 * computes it, so the headlines as this workbook publishes them are the computed ones — 结转 from
 * it must compare with what it prints, not with the figures of the workbook the book was once
 * read from (which appear nowhere in this one).
 */
function printedAsComputed(book: BudgetBook): BudgetBook {
  if (!book.asPublished) return book
  const { asPublished: _, ...rest } = book
  return rest
}

/** Throws WorkbookReadError (a Chinese message for the clerk) when the file cannot be read at all. */
export async function readWorkbookFile(data: Buffer, fileName: string): Promise<ReadWorkbookResult> {
  // Loaded once, through the zip guard: the fill-in workbook, the embedded book and the printed tables all come from this grid.
  const grid = await loadWorkbookGrid(data, fileName)
  const template = templateBook(grid, fileName)
  if (template) return template
  const found = embeddedBook(grid)
  if ('book' in found) {
    const embedded = printedAsComputed(found.book)
    return found.unchanged ? { book: embedded, report: null } : editedWorkbook(grid, embedded, found.fingerprint, fileName)
  }
  const { book, report } = bookFromPublished(parseWorkbookGrid(grid), fileName)
  return { book, report: { ...report, notes: [...found.notes, ...report.notes] } }
}
