// Finding the tables: every title row starts a block that runs to the next title (any sheet
// layout: one table per sheet, several stacked on one sheet, or one table spread over sheets).
// Inside a block the rows are sorted into preamble (label, 部门名称, 单位), header, data and notes.
import type { TableId } from '../tables/ids'
import type { TableSet } from '../tables/table-set'
import type { GridBook, GridCell, GridSheet } from '../workbook/grid'
import { classifyHeaderRow, headerSignature, headerVocabulary, isRepeatedHeader } from './columns'
import { cellText, rowTexts } from './text'
import type { NameLabel, TitleMatch } from './titles'
import {
  isContinuationText, isFurnitureText, isLabelText, isNoteText, matchNameLine, matchTitle, matchUnitLine, saysNoData,
} from './titles'

export interface SheetRow {
  /** 0-based row index in the sheet. */
  r: number
  cells: readonly GridCell[]
}

export interface LocatedTable {
  id: TableId
  year: number | null
  sheet: string
  titleRow: number
  nameLine: { label: NameLabel; name: string } | null
  unit: '万元' | '元'
  headerRows: SheetRow[]
  dataRows: SheetRow[]
  notes: string[]
  noDataNote: boolean
}

export interface Located {
  tables: LocatedTable[]
  /** Tables printed twice (not as a continuation): the first one is read, these are reported. */
  duplicates: Array<{ id: TableId; sheet: string; row: number }>
}

/** The tables of `set` in the workbook, found by their titles, their header rows told from data by the set's header words. */
export function locateTables(book: GridBook, set: TableSet): Located {
  const blocks: Array<LocatedTable & { continued: boolean }> = []
  const vocabulary = headerVocabulary(set)
  for (const sheet of book.sheets) blocks.push(...sheetBlocks(sheet, set, vocabulary))
  const tables: LocatedTable[] = []
  const duplicates: Located['duplicates'] = []
  let previous: LocatedTable | null = null
  for (const block of blocks) {
    const sameAsPrevious = previous !== null && previous.id === block.id && (block.year === null || block.year === previous.year)
    if (previous && sameAsPrevious) {
      // A table broken over pages or sheets: the repeated title and header say nothing new.
      previous.dataRows.push(...block.dataRows)
      previous.notes.push(...block.notes)
      previous.noDataNote ||= block.noDataNote
      if (previous.headerRows.length === 0) previous.headerRows = block.headerRows
      continue
    }
    if (tables.some((t) => t.id === block.id)) {
      duplicates.push({ id: block.id, sheet: block.sheet, row: block.titleRow })
      previous = null
      continue
    }
    const { continued: _continued, ...table } = block
    tables.push(table)
    previous = table
  }
  return { tables, duplicates }
}

function titleOf(cells: readonly GridCell[], set: TableSet): TitleMatch | null {
  // Deduplicated: a conversion may write a merged title into every cell it spans.
  const texts = [...new Set(rowTexts(cells))]
  if (texts.length === 0 || texts.length > 4) return null
  let found: TitleMatch | null = null
  for (const text of texts) {
    const m = matchTitle(text, set)
    if (m) found ??= m
    else if (!isLabelText(text)) return found ? null : matchTitle(texts.join(''), set)
  }
  return found
}

function sheetBlocks(sheet: GridSheet, set: TableSet, vocabulary: ReadonlySet<string>): Array<LocatedTable & { continued: boolean }> {
  const starts: Array<{ r: number; title: TitleMatch }> = []
  sheet.rows.forEach((cells, r) => {
    const title = titleOf(cells, set)
    if (title) starts.push({ r, title })
  })
  return starts.map((start, i) => {
    const end = starts[i + 1]?.r ?? sheet.rows.length
    return readBlock(sheet, start.r, end, start.title, vocabulary)
  })
}

function readBlock(sheet: GridSheet, titleRow: number, end: number, title: TitleMatch, vocabulary: ReadonlySet<string>): LocatedTable & { continued: boolean } {
  const table: LocatedTable & { continued: boolean } = {
    id: title.id, year: title.year, sheet: sheet.name, titleRow, continued: title.continued,
    nameLine: null, unit: '万元', headerRows: [], dataRows: [], notes: [], noDataNote: false,
  }
  let inData = false
  let afterBreak = false
  const signatures = new Set<string>()
  for (let r = titleRow + 1; r < end; r++) {
    const cells = sheet.rows[r] ?? []
    const texts = rowTexts(cells)
    if (texts.length === 0) continue
    if (texts.every((t) => isLabelText(t) || isFurnitureText(t))) {
      if (texts.some(isContinuationText) || inData) afterBreak = true
      continue
    }
    if (readPreambleLine(table, texts)) continue
    const first = texts[0] ?? ''
    if (isNoteText(first)) {
      table.notes.push(texts.join(' '))
      if (saysNoData(first)) table.noDataNote = true
      continue
    }
    const kind = classifyHeaderRow(cells, vocabulary)
    if (kind === 'colnums') continue
    if (kind === 'header') {
      if (!inData) {
        table.headerRows.push({ r, cells })
        signatures.add(headerSignature(cells))
        continue
      }
      if (afterBreak || isRepeatedHeader(cells, signatures, vocabulary)) continue
    }
    inData = true
    afterBreak = false
    table.dataRows.push({ r, cells })
  }
  return table
}

/** The 部门名称 / 单位 lines (first ones win; a continuation repeats them). */
function readPreambleLine(table: LocatedTable, texts: readonly string[]): boolean {
  const first = texts[0] ?? ''
  const name = matchNameLine(first)
  const unitText = texts.find((t) => matchUnitLine(t) !== null)
  if (!name && unitText === undefined) return false
  if (name && table.nameLine === null) {
    const next = texts[1]
    const value = name.name !== '' ? name.name : next !== undefined && matchUnitLine(next) === null ? cellText(next) : ''
    table.nameLine = { label: name.label, name: value }
  }
  if (unitText !== undefined) table.unit = matchUnitLine(unitText) ?? '万元'
  return true
}
