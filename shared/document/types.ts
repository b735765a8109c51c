// The whole disclosure document as plain data, laid out once and rendered three ways: the
// .docx (electron/document/docx-*.ts), the HTML Chromium prints to PDF (electron/document/html.ts)
// and the 公开文本 pane. The tables come from the printed figures (the ones the export prints);
// the text and charts from the Disclosure (shared/explanation).
import type { ChartSpec, Disclosure, Section } from '../explanation/types'
import type { PublishedTableId } from '../tables/ids'
import type { ColumnKind } from '../tables/types'

export type CellAlign = 'left' | 'center' | 'right'

/** One cell as printed; covered cells of a span are not listed. */
export interface DocCell {
  text: string
  colSpan: number
  rowSpan: number
  align: CellAlign
  bold: boolean
  /** Indent steps (款 under 类, 项 under 款 …). */
  indent: number
}

export interface DocTable {
  id: PublishedTableId
  /** 表一 … */
  short: string
  /** '预算公开表1' or null. */
  label: string | null
  title: string
  /** '部门名称：…' / '单位名称：…'. */
  nameLine: string
  /** Column widths in Excel character units (relative widths are what matter). */
  widths: number[]
  /** What each column holds: amounts and codes never break across lines (table-layout.ts). */
  kinds: ColumnKind[]
  /** The header block, repeated on every page the table runs onto. */
  header: DocCell[][]
  body: DocCell[][]
  landscape: boolean
  /** '注：本表无数据' when nothing in the table is nonzero. */
  note: string | null
}

/** A heading the 目录 lists: level 1 = 第…部分, level 2 = 一、… / 表… */
export interface TocEntry {
  id: string
  level: 1 | 2
  text: string
}

export type DocBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { kind: 'section'; section: Section }
  | { kind: 'table'; table: DocTable; id: string }
  | { kind: 'chart'; chart: ChartSpec }
  /** A paragraph about the tables, printed before the first (the 舍位平衡 注 of a 元 book). */
  | { kind: 'note'; text: string }

export interface DocPart {
  id: string
  title: string
  blocks: DocBlock[]
}

export interface DisclosureDocument {
  cover: Disclosure['cover'] & { heading: string }
  toc: TocEntry[]
  parts: DocPart[]
}
