// 表十二 (projects of this year) and 表十三 (projects carried over): department row, unit rows,
// project rows; which is which is worked out by project-levels.ts.
import type { Printed, PublishedTables, T12Row, T13Row } from '../import/published'
import { toMicro } from './amount'
import type { TableReader } from './context'
import type { SheetRow } from './locate'
import { projectLevels } from './project-levels'
import { textKey } from './text'

type Level = T12Row['level']

function levelRows<T extends { name: string; level: Level }>(
  reader: TableReader, rows: T[], amountsOf: (row: T) => Printed[], unitNames: ReadonlySet<string>,
): { rows: T[]; projectCount: number } {
  const inputs = rows.map((r) => ({ name: textKey(r.name), amounts: amountsOf(r).map(toMicro) }))
  const { levels, consistent } = projectLevels(inputs, unitNames)
  rows.forEach((row, i) => { row.level = levels[i] ?? 'project' })
  if (!consistent) reader.warn(`${reader.short}的单位行金额与其下项目之和对不上，已按名称区分单位行和项目行`)
  return { rows, projectCount: levels.filter((l) => l === 'project').length }
}

function readNamedRows(reader: TableReader, nameCol: number | undefined, amountCols: ReadonlyArray<number | undefined>): SheetRow[] {
  const out: SheetRow[] = []
  for (const row of reader.table.dataRows) {
    if (reader.text(row, nameCol) === '' && !reader.anyFilled(row, amountCols)) continue
    // Kept even without a name: a project with money but no name is for the checks to report (C8).
    out.push(row)
  }
  return out
}

export function readT12(reader: TableReader, unitNames: ReadonlySet<string>): PublishedTables['t12'] {
  const map = reader.columns()
  const source = readNamedRows(reader, map.name, [map.total, map.gp, map.gf, map.soe, map.sp, map.uf])
  const rows: T12Row[] = source.map((row) => ({
    name: reader.text(row, map.name), total: reader.amount(row, map.total), gp: reader.amount(row, map.gp),
    gf: reader.amount(row, map.gf), soe: reader.amount(row, map.soe), sp: reader.amount(row, map.sp),
    unit: reader.amount(row, map.uf), level: 'project',
  }))
  const leveled = levelRows(reader, rows, (r) => [r.total, r.gp, r.gf, r.soe, r.sp, r.unit], unitNames)
  return { ...leveled, noData: reader.noData() }
}

export function readT13(reader: TableReader, unitNames: ReadonlySet<string>): PublishedTables['t13'] {
  const map = reader.columns()
  const source = readNamedRows(reader, map.name, [map.total, map.gp, map.gf, map.soe])
  const rows: T13Row[] = source.map((row) => ({
    name: reader.text(row, map.name), total: reader.amount(row, map.total), gp: reader.amount(row, map.gp),
    gf: reader.amount(row, map.gf), soe: reader.amount(row, map.soe), level: 'project',
  }))
  const leveled = levelRows(reader, rows, (r) => [r.total, r.gp, r.gf, r.soe], unitNames)
  return { ...leveled, noData: reader.noData() }
}
