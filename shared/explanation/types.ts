// Contract B: the generated disclosure text (第一部分 概况, 第三部分 情况说明, 第四部分 名词解释).
// Every figure in the text is a `figure` run that names where it is printed (`ref`) or what it is
// computed from (`from`), so the pane can show its table and cell on hover and the inspection can
// verify it; every clerk-typed piece is a `field` run naming its path in the book.
import type { TableId } from '../tables/ids'

/** A cell of a printed table; `prior` = its 上年数 rather than this year's figure. */
export interface FigureRef {
  table: TableId
  row: string
  col: string
  prior?: boolean
}

export type FigureUnit = '万元' | '%' | '个' | '家' | '辆' | '平方米' | '台/套' | ''
export type FigureRole = 'amount' | 'change' | 'percent' | 'share' | 'count'

export type Run =
  | { kind: 'text'; text: string }
  | {
      kind: 'figure'
      /** As printed in the sentence ("1,234.56", "5.81", "3"). */
      text: string
      /** The exact value: a decimal string in `unit` ("1234.56", "5.81", "3"). */
      value: string
      unit: FigureUnit
      role: FigureRole
      /** Printed at this cell. */
      ref?: FigureRef
      /** Computed from these cells (a change: [this year, last year]; a share: [part, total]). */
      from?: FigureRef[]
      /** Typed by the clerk (no table prints it): its path in the book. */
      field?: string
    }
  | { kind: 'field'; field: string; text: string; missing: boolean }

export interface Paragraph {
  runs: Run[]
  style?: 'body' | 'heading2' | 'heading3'
}

export interface ChartSpec {
  id: 'general-by-class' | 'sangong'
  title: string
  items: { name: string; cents: bigint; ref?: FigureRef }[]
}

export interface Section {
  id: string
  /** '一' … '十二' ('' for an unnumbered section). */
  number: string
  title: string
  paragraphs: Paragraph[]
  chart?: ChartSpec
}

export interface MissingField {
  /** Path of the field in the book (as in a `field` run). */
  field: string
  /** Id of the section that needs it. */
  section: string
  message: string
}

export interface Disclosure {
  cover: { title: string; department: string; year: number; scope: 'dept' | 'unit' }
  /** 第一部分 概况. */
  overview: Section[]
  /** 第三部分 情况说明 (一 … 十二). */
  explanation: Section[]
  /** 第四部分 名词解释. */
  glossary: Section
  /** Reasons and data the clerk has not typed yet. */
  missing: MissingField[]
}
