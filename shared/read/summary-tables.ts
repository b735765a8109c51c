// 表一 and 表四: an income block on the left and the 30 expenditure classes on the right,
// side by side on the same rows, with the footer rows (合计, 结转, 总计) on both sides. Each
// block is read on its own (readBlocks), by the labels it prints.
import type { Printed, PublishedTables, T1Exp, T1Triple, T4Exp, T4Quad } from '../import/published'
import type { PrintedClass } from './classes'
import { FUNCTION_CLASSES } from '../catalog/classes'
import { matchClass } from './classes'
import type { TableReader } from './context'
import type { SheetRow } from './locate'
import { splitOrdinal, textKey } from './text'
import { readBlocks } from './blocks'

type Source = 'gp' | 'gf' | 'soe' | 'sp' | 'unit'
type LeftLine = Source | 'incomeTotal' | 'carry' | 'grand' | 'blank' | 'unknown'
type RightLine = 'expTotal' | 'yearEnd' | 'grand' | 'blank' | 'class'

function leftLine(label: string): LeftLine {
  const key = textKey(splitOrdinal(label).rest)
  if (key === '') return 'blank'
  if (key.includes('收入合计')) return 'incomeTotal'
  if (key.includes('总计')) return 'grand'
  if (key.includes('结转')) return 'carry'
  if (key.includes('一般公共预算')) return 'gp'
  if (key.includes('政府性基金')) return 'gf'
  if (key.includes('国有资本经营')) return 'soe'
  if (key.includes('财政专户')) return 'sp'
  if (key.includes('单位资金')) return 'unit'
  return 'unknown'
}

function rightLine(label: string): RightLine {
  const key = textKey(label)
  if (key === '') return 'blank'
  if (key.includes('支出合计')) return 'expTotal'
  if (key.includes('年终结转') || key.includes('年末结转')) return 'yearEnd'
  if (key.includes('支出总计')) return 'grand'
  return 'class'
}

/** Places printed class rows on the 30 standard classes, reporting rows that match none or collide. */
class ClassSlots<T> {
  private readonly slots = new Map<number, { printed: PrintedClass; values: T }>()
  private position = 0

  constructor(private readonly reader: TableReader) {}

  add(row: SheetRow, label: string, values: T): void {
    const printed = matchClass(label, this.position++)
    if (printed.index === null || this.slots.has(printed.index)) {
      this.reader.warn(`${this.reader.short}第 ${row.r + 1} 行"${label}"不是 30 个支出功能分类之一或重复出现，已忽略`)
      return
    }
    this.slots.set(printed.index, { printed, values })
  }

  /** Always all 30 classes in the standard order; the printed ordinal and name are kept. */
  rows<R>(empty: T, make: (seq: string, name: string, values: T) => R): R[] {
    return FUNCTION_CLASSES.map((c, i) => {
      const slot = this.slots.get(i)
      if (!slot) return make(c.seq, c.name, empty)
      return make(slot.printed.seq || c.seq, slot.printed.name || c.name, slot.values)
    })
  }
}

export function readT1(reader: TableReader): PublishedTables['t1'] {
  const map = reader.columns()
  const exp = reader.moneyColumns<keyof T1Triple>(map, 1)
  const t: PublishedTables['t1'] = {
    income: { gp: null, gf: null, soe: null, sp: null, unit: null },
    incomeTotal: null, carryIn: null, grandIncome: null, expenditure: [],
    expTotal: triple(), yearEndCarry: triple(), grandExp: triple(), noData: false,
  }
  const blocks = readBlocks(reader, map)
  for (const row of blocks.left) {
    const leftLabel = reader.text(row, map.incName)
    const amount = reader.amount(row, map.incAmount)
    const line = leftLine(leftLabel)
    if (line === 'incomeTotal') t.incomeTotal = amount
    else if (line === 'carry') t.carryIn = amount
    else if (line === 'grand') t.grandIncome = amount
    else if (line !== 'blank' && line !== 'unknown') t.income[line] = amount
    else if (line === 'unknown') reader.info(`${reader.short}第 ${row.r + 1} 行收入项目"${leftLabel}"无法识别，已忽略`)
  }
  const classes = new ClassSlots<ReturnType<typeof triple>>(reader)
  for (const row of blocks.right) {
    const rightLabel = reader.text(row, map.expName)
    const values = reader.figures(row, exp)
    const rLine = rightLine(rightLabel)
    if (rLine === 'expTotal') t.expTotal = values
    else if (rLine === 'yearEnd') t.yearEndCarry = values
    else if (rLine === 'grand') t.grandExp = values
    else if (rLine === 'class') classes.add(row, rightLabel, values)
  }
  t.expenditure = classes.rows(triple(), (seq, name, v): T1Exp => ({ seq, name, ...v }))
  t.noData = reader.noData()
  return t
}

export function readT4(reader: TableReader): PublishedTables['t4'] {
  const map = reader.columns()
  const exp = reader.moneyColumns<keyof T4Quad>(map, 1)
  const t: PublishedTables['t4'] = {
    income: { gp: null, gf: null, soe: null }, incomeTotal: null, carry: quad(), grandIncome: null,
    expenditure: [], expTotal: quad(), yearEndCarry: quad(), grandExp: quad(), noData: false,
  }
  const blocks = readBlocks(reader, map)
  // The three source rows repeat under 上年财政拨款结转, where they split the carry by source.
  let afterCarry = false
  for (const row of blocks.left) {
    const leftLabel = reader.text(row, map.incName)
    const amount = reader.amount(row, map.incAmount)
    const line = leftLine(leftLabel)
    if (line === 'incomeTotal') t.incomeTotal = amount
    else if (line === 'grand') t.grandIncome = amount
    else if (line === 'carry') {
      t.carry.total = amount
      afterCarry = true
    } else if (line === 'gp' || line === 'gf' || line === 'soe') {
      if (afterCarry) t.carry[line] = amount
      else t.income[line] = amount
    } else if (line !== 'blank') reader.info(`${reader.short}第 ${row.r + 1} 行收入项目"${leftLabel}"无法识别，已忽略`)
  }
  const classes = new ClassSlots<ReturnType<typeof quad>>(reader)
  for (const row of blocks.right) {
    const rightLabel = reader.text(row, map.expName)
    const values = reader.figures(row, exp)
    const rLine = rightLine(rightLabel)
    if (rLine === 'expTotal') t.expTotal = values
    else if (rLine === 'yearEnd') t.yearEndCarry = values
    else if (rLine === 'grand') t.grandExp = values
    else if (rLine === 'class') classes.add(row, rightLabel, values)
  }
  t.expenditure = classes.rows(quad(), (seq, name, v): T4Exp => ({ seq, name, ...v }))
  t.noData = reader.noData()
  return t
}

function triple(): { total: Printed; current: Printed; carry: Printed } {
  return { total: null, current: null, carry: null }
}

function quad(): { total: Printed; gp: Printed; gf: Printed; soe: Printed } {
  return { total: null, gp: null, gf: null, soe: null }
}
