// 表六 (economic classes and items), 表十 (三公经费 items) and 表十一 (units): flat lists.
import type { Printed, PublishedTables, T6Row } from '../import/published'
import type { FiscalSourceId } from '../model/book'
import { deptEconByName } from '../catalog/economic'
import { toMicro } from './amount'
import { sumMicro, type TableReader } from './context'
import { textKey } from './text'

interface T6Read extends Omit<T6Row, 'level' | 'class'> {
  r: number
  /** 合计, a class, an item, or (an unknown name with no 政府 name) either: decided by sums. */
  kind: 'total' | 'class' | 'item' | 'unsure'
}

export function readT6(reader: TableReader): PublishedTables['t6'] {
  const map = reader.columns()
  const cols = reader.moneyColumns<'total' | 'personnel' | 'public'>(map)
  const read: T6Read[] = []
  for (const row of reader.table.dataRows) {
    const deptEcon = reader.text(row, map.dept)
    const govEcon = reader.text(row, map.gov)
    if (deptEcon === '' && govEcon === '') {
      if (reader.anyFilled(row, Object.values(cols))) reader.warn(`${reader.short}第 ${row.r + 1} 行有金额但没有经济科目名称，已跳过`)
      continue
    }
    read.push({ r: row.r, deptEcon, govEcon, ...reader.figures(row, cols), kind: t6Kind(deptEcon, govEcon) })
  }
  settleUnsure(read)
  const rows: T6Row[] = []
  let currentClass = ''
  for (const { r, kind, ...row } of read) {
    if (kind === 'total') rows.push({ ...row, deptEcon: '合计', level: 'total' })
    else if (kind === 'class') {
      // A class row prints no 政府预算 name; its items follow until the next class.
      currentClass = row.deptEcon
      rows.push({ ...row, level: 'class' })
    } else {
      // An item whose 政府 cell was left empty still holds its money; the clerk should name it.
      if (row.govEcon === '') reader.warn(`${reader.short}第 ${r + 1} 行“${row.deptEcon}”没有政府预算支出经济科目名称，已按经济科目读入`)
      const item: T6Row = { ...row, level: 'item' }
      if (currentClass !== '') item.class = currentClass
      rows.push(item)
    }
  }
  return { rows, noData: reader.noData() }
}

/**
 * What a 表六 row is by its names. A class row prints no 政府 name, but neither does an item
 * whose 政府 cell a clerk left empty: a 部门 name from the catalog settles it (301 工资福利支出 is
 * a class, 30101 基本工资 an item); an unknown name with no 政府 name is settled by sums.
 */
function t6Kind(deptEcon: string, govEcon: string): T6Read['kind'] {
  if (textKey(deptEcon) === '合计') return 'total'
  const known = deptEconByName(deptEcon)
  if (known) return known.code.length === 3 ? 'class' : 'item'
  return govEcon === '' ? 'unsure' : 'item'
}

/**
 * An unsure row is a class when its amounts are the sums of the items below it, up to the next
 * class, 合计 or unsure row; failing that, up to the next class or 合计, counting the unsure rows
 * on the way as items (an unknown class may hold an item whose 政府 cell is empty too).
 */
function settleUnsure(rows: T6Read[]): void {
  const addsUp = (row: T6Read, items: readonly T6Read[]): boolean =>
    toMicro(row.total) === sumMicro(items.map((x) => x.total)) &&
    // A class row may print its 合计 alone.
    (['personnel', 'public'] as const).every((c) => row[c] === null || toMicro(row[c]) === sumMicro(items.map((x) => x[c])))
  const run = (from: number, through: ReadonlySet<T6Read['kind']>): T6Read[] => {
    const out: T6Read[] = []
    for (let j = from; j < rows.length && through.has(rows[j]!.kind); j++) out.push(rows[j]!)
    return out
  }
  rows.forEach((row, i) => {
    if (row.kind !== 'unsure') return
    const isClass = addsUp(row, run(i + 1, new Set(['item']))) || addsUp(row, run(i + 1, new Set(['item', 'unsure'])))
    row.kind = isClass ? 'class' : 'item'
  })
}

export function readT10(reader: TableReader): PublishedTables['t10'] {
  return { rows: readFiscalList(reader, '项目名称', (item, figures) => ({ item, ...figures })), noData: reader.noData() }
}

export function readT11(reader: TableReader): PublishedTables['t11'] {
  const rows = readFiscalList(reader, '单位名称', (unit, figures) => ({ unit, ...figures, level: textKey(unit).endsWith('合计') ? 'total' as const : 'unit' as const }))
  return { rows, noData: reader.noData() }
}

/** 表十, 表十一: a label, then 合计 and the three fiscal sources; a row with money but no label is skipped, and said. */
function readFiscalList<R>(reader: TableReader, what: string, make: (label: string, figures: Record<'total' | FiscalSourceId, Printed>) => R): R[] {
  const map = reader.columns()
  const cols = reader.moneyColumns<'total' | FiscalSourceId>(map)
  const rows: R[] = []
  for (const row of reader.table.dataRows) {
    const label = reader.text(row, map.label)
    if (label === '') {
      if (reader.anyFilled(row, Object.values(cols))) reader.warn(`${reader.short}第 ${row.r + 1} 行有金额但没有${what}，已跳过`)
      continue
    }
    rows.push(make(label, reader.figures(row, cols)))
  }
  return rows
}
