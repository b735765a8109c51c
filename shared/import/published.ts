// "Printed tables": the 13 tables as a published disclosure prints them, with each amount
// as the printed decimal string in 万元 (null = empty cell). This is the shape the fixtures'
// `normalized` JSON holds and the shape the .xlsx reader (electron/xlsx) produces, so one
// builder (fromPublished.ts) turns any published disclosure into a book. The shapes below are
// the 13 readers' row knowledge (subject levels, 表六 classes, project levels, 表一/四 lines);
// a table a set adds needs nothing here: it is read from its own spec into `extra` (SetTableRead,
// its figures by column id, its texts by printed field) and `found` is keyed by any table id.
import type { ReportNote } from './report'
import type { TableId } from '../tables/ids'
import type { SetTableRead } from '../read/set-tables'

export type Printed = string | null

export type TreeLevel = 'total' | '类' | '款' | '项'

/** A row's printed figures by field: the spec's money columns (ColumnDef.read.field, else the column id). */
type Figures<K extends string> = Record<K, Printed>
type BySource = Figures<'total' | 'gp' | 'gf' | 'soe'>

export interface SubjectRow5 extends Figures<'total' | 'basic' | 'project'> { code: string; name: string; level: TreeLevel }
export interface T2Row extends Figures<'total' | 'gp' | 'gf' | 'soe' | 'sp' | 'unit' | 'carry'> { code: string; name: string; level: TreeLevel }
export interface RevenueRow extends Figures<'amount'> { code: string; name: string; level: TreeLevel }
export interface T6Row extends Figures<'total' | 'personnel' | 'public'> { deptEcon: string; govEcon: string; level: 'total' | 'class' | 'item'; class?: string }
export interface T10Row extends BySource { item: string }
export interface T11Row extends BySource { unit: string; level: 'total' | 'unit' }
export interface T13Row extends BySource { name: string; level: 'dept' | 'unit' | 'project' }
export interface T12Row extends T13Row, Figures<'sp' | 'unit'> {}

export type T1Triple = Figures<'total' | 'current' | 'carry'>
export type T4Quad = BySource
export interface T1Exp extends T1Triple { seq: string; name: string }
export interface T4Exp extends T4Quad { seq: string; name: string }

export interface PublishedTables {
  t1: {
    income: Figures<'gp' | 'gf' | 'soe' | 'sp' | 'unit'>
    incomeTotal: Printed
    carryIn: Printed
    grandIncome: Printed
    expenditure: T1Exp[]
    expTotal: T1Triple
    yearEndCarry: T1Triple
    grandExp: T1Triple
    noData: boolean
  }
  t2: { rows: T2Row[]; noData: boolean }
  t3: { rows: SubjectRow5[]; noData: boolean }
  t4: {
    income: Figures<'gp' | 'gf' | 'soe'>
    incomeTotal: Printed
    carry: T4Quad
    grandIncome: Printed
    expenditure: T4Exp[]
    expTotal: T4Quad
    yearEndCarry: T4Quad
    grandExp: T4Quad
    noData: boolean
  }
  t5: { rows: SubjectRow5[]; noData: boolean }
  t6: { rows: T6Row[]; noData: boolean }
  t7: { rows: RevenueRow[]; noData: boolean }
  t8: { rows: SubjectRow5[]; noData: boolean }
  t9: { income: RevenueRow[]; expenditure: SubjectRow5[]; noData: boolean }
  t10: { rows: T10Row[]; noData: boolean }
  t11: { rows: T11Row[]; noData: boolean }
  t12: { rows: T12Row[]; projectCount?: number; noData: boolean }
  t13: { rows: T13Row[]; projectCount?: number; noData: boolean }
}

/** What a published disclosure says about itself besides its tables. */
export interface PublishedMeta {
  department: string
  /** '部门名称' or '单位名称'. */
  nameLabel: '部门名称' | '单位名称'
  year: number
  /** Tables printed in 元: exact to the 分, so any gap between a total and its parts is an error, not a 尾差. */
  yuanTables?: readonly TableId[]
}

export interface PublishedDisclosure {
  meta: PublishedMeta
  tables: PublishedTables
  /** Which of the set's tables were found at all (a table absent from the workbook is reported, and read as empty). */
  found: Partial<Record<TableId, boolean>>
  /**
   * What the reader noticed while reading (a cell that is not a number and was read as empty, a
   * table missing or printed twice, a sheet cut at the row cap …), for the import report.
   */
  notes?: ReportNote[]
  /** Tables the table set adds beyond the standard 13, as read from their own spec. */
  extra?: SetTableRead[]
}
