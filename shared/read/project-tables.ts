// 表十二 (projects of this year) and 表十三 (projects carried over): department row, unit rows,
// project rows; which is which is worked out by project-levels.ts.
import type { Printed, PublishedTables, T12Row, T13Row } from '../import/published'
import { toMicro } from './amount'
import type { TableReader } from './context'
import type { SheetRow } from './locate'
import { projectLevels } from './project-levels'
import { textKey } from './text'
import { formatAmount } from '../model/money'

type Level = T12Row['level']

function levelRows<T extends { name: string; level: Level }>(
  reader: TableReader, rows: T[], amounts: readonly (readonly Printed[])[], unitNames: ReadonlySet<string>,
): { rows: T[]; projectCount: number } {
  const inputs = rows.map((r, i) => ({ name: textKey(r.name), amounts: (amounts[i] ?? []).map(toMicro) }))
  const { levels, consistent, off = [] } = projectLevels(inputs, unitNames)
  rows.forEach((row, i) => { row.level = levels[i] ?? 'project' })
  if (!consistent) {
    // Which row does not add up, with both figures: the clerk finds it in the file, and can tell it from a misprint the report lists.
    const where = off.slice(0, 3).map((o) => `“${rows[o.row]?.name ?? ''}”一行印 ${formatAmount(o.printed, '万元')} 万元，其下${o.row === 0 && levels.includes('unit') ? '各单位' : '各项目'}相加 ${formatAmount(o.sum, '万元')} 万元`)
    const more = off.length > 3 ? `等 ${off.length} 处` : ''
    reader.warn(`${reader.short}的单位行金额与其下项目之和对不上${where.length ? `（${where.join('；')}${more}）` : ''}，已按名称区分单位行和项目行`)
  }
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
  return { ...readProjects<T12Row>(reader, unitNames), noData: reader.noData() }
}

export function readT13(reader: TableReader, unitNames: ReadonlySet<string>): PublishedTables['t13'] {
  return { ...readProjects<T13Row>(reader, unitNames), noData: reader.noData() }
}

/** The rows of 表十二 or 表十三: a name and the spec's money columns, each row's level worked out. */
function readProjects<T extends T12Row | T13Row>(reader: TableReader, unitNames: ReadonlySet<string>): { rows: T[]; projectCount: number } {
  const map = reader.columns()
  const cols = reader.moneyColumns<string>(map)
  const figures = readNamedRows(reader, map.name, Object.values(cols)).map((row) => ({ name: reader.text(row, map.name), amounts: reader.figures(row, cols) }))
  const rows = figures.map((r) => ({ name: r.name, ...r.amounts, level: 'project' }) as T)
  return levelRows(reader, rows, figures.map((r) => Object.values(r.amounts)), unitNames)
}
