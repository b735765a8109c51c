// 表六 (economic classes and items), 表十 (三公经费 items) and 表十一 (units): flat lists.
import type { PublishedTables, T6Row } from '../../../shared/import/published'
import type { TableReader } from './context'
import { textKey } from './text'

export function readT6(reader: TableReader): PublishedTables['t6'] {
  const map = reader.columns<'dept' | 'gov' | 'total' | 'personnel' | 'public'>([
    { role: 'dept', pos: 0, match: ['部门预算支出经济', '部门经济', '部门预算'] },
    { role: 'gov', pos: 1, match: ['政府预算支出经济', '政府经济', '政府预算'] },
    { role: 'total', pos: 2, match: ['合计'] },
    { role: 'personnel', pos: 3, match: ['人员经费'] },
    { role: 'public', pos: 4, match: ['公用经费'] },
  ])
  const rows: T6Row[] = []
  let currentClass = ''
  for (const row of reader.table.dataRows) {
    const deptEcon = reader.text(row, map.dept)
    const govEcon = reader.text(row, map.gov)
    const amountCols = [map.total, map.personnel, map.public]
    if (deptEcon === '' && govEcon === '') {
      if (reader.anyFilled(row, amountCols)) reader.warn(`${reader.short}第 ${row.r + 1} 行有金额但没有经济科目名称，已跳过`)
      continue
    }
    const amounts = {
      total: reader.amount(row, map.total), personnel: reader.amount(row, map.personnel), public: reader.amount(row, map.public),
    }
    if (textKey(deptEcon) === '合计') {
      rows.push({ deptEcon: '合计', govEcon: '', ...amounts, level: 'total' })
    } else if (govEcon === '') {
      // A class row prints no 政府预算 name; its items follow until the next class.
      currentClass = deptEcon
      rows.push({ deptEcon, govEcon: '', ...amounts, level: 'class' })
    } else {
      const item: T6Row = { deptEcon, govEcon, ...amounts, level: 'item' }
      if (currentClass !== '') item.class = currentClass
      rows.push(item)
    }
  }
  return { rows, noData: reader.noData() }
}

export function readT10(reader: TableReader): PublishedTables['t10'] {
  const map = reader.columns<'item' | 'total' | 'gp' | 'gf' | 'soe'>([
    { role: 'item', pos: 0, match: ['项目'] },
    { role: 'total', pos: 1, match: ['合计'] },
    { role: 'gp', pos: 2, match: ['一般公共预算'] },
    { role: 'gf', pos: 3, match: ['政府性基金'] },
    { role: 'soe', pos: 4, match: ['国有资本'] },
  ])
  const rows: PublishedTables['t10']['rows'] = []
  for (const row of reader.table.dataRows) {
    const item = reader.text(row, map.item)
    if (item === '') {
      if (reader.anyFilled(row, [map.total, map.gp, map.gf, map.soe])) reader.warn(`${reader.short}第 ${row.r + 1} 行有金额但没有项目名称，已跳过`)
      continue
    }
    rows.push({
      item, total: reader.amount(row, map.total), gp: reader.amount(row, map.gp),
      gf: reader.amount(row, map.gf), soe: reader.amount(row, map.soe),
    })
  }
  return { rows, noData: reader.noData() }
}

export function readT11(reader: TableReader): PublishedTables['t11'] {
  const map = reader.columns<'unit' | 'total' | 'gp' | 'gf' | 'soe'>([
    { role: 'unit', pos: 0, match: ['单位名称', '名称', '单位'] },
    { role: 'total', pos: 1, match: ['合计'] },
    { role: 'gp', pos: 2, match: ['一般公共预算'] },
    { role: 'gf', pos: 3, match: ['政府性基金'] },
    { role: 'soe', pos: 4, match: ['国有资本'] },
  ])
  const rows: PublishedTables['t11']['rows'] = []
  for (const row of reader.table.dataRows) {
    const unit = reader.text(row, map.unit)
    if (unit === '') {
      if (reader.anyFilled(row, [map.total, map.gp, map.gf, map.soe])) reader.warn(`${reader.short}第 ${row.r + 1} 行有金额但没有单位名称，已跳过`)
      continue
    }
    rows.push({
      unit, total: reader.amount(row, map.total), gp: reader.amount(row, map.gp),
      gf: reader.amount(row, map.gf), soe: reader.amount(row, map.soe),
      level: textKey(unit).endsWith('合计') ? 'total' : 'unit',
    })
  }
  return { rows, noData: reader.noData() }
}
