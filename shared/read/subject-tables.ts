// The subject-tree tables: 表二, 表三, 表五, 表八 (function subjects), 表七 (revenue subjects)
// and 表九 (revenue on the left, expenditure on the right, on the same rows).
import type { Printed, PublishedTables, RevenueRow, SubjectRow5, T2Row, TreeLevel } from '../import/published'
import type { TableReader } from './context'
import { firstUsedColumn } from './context'
import type { SheetRow } from './locate'
import { textKey } from './text'
import { readBlocks } from './blocks'

interface Label { code: string; name: string; level: TreeLevel }

const TOTAL_WORDS = new Set(['合计', '总计', '部门合计'])

type Expenditure = 'total' | 'basic' | 'project'

/** Code and name of a row; the code may be in the name cell ('2080505 机关…') or the two merged. */
function subjectLabel(codeCell: string, nameCell: string): Label | null {
  if (TOTAL_WORDS.has(textKey(codeCell)) || TOTAL_WORDS.has(textKey(nameCell))) return { code: '', name: '合计', level: 'total' }
  let code = textKey(codeCell)
  let name = nameCell
  if (!/^\d*$/.test(code)) {
    name = `${codeCell}${nameCell}`
    code = ''
  }
  if (code === '') {
    const m = /^([0-9０-９]{3,})\s*[、.．]?\s*(.*)$/.exec(name)
    if (m) [code, name] = [(m[1] ?? '').normalize('NFKC'), (m[2] ?? '').trim()]
  }
  if (code === '' && name === '') return null
  return { code, name, level: levelOf(code) }
}

/** 3 digits 类, 5 款, 7 项; other lengths go to the nearest level so the tree still reads. */
function levelOf(code: string): TreeLevel {
  if (code === '') return '项'
  if (code.length <= 3) return '类'
  if (code.length <= 5) return '款'
  return '项'
}

/**
 * Rows of one subject tree. A row with a name but neither code nor amounts continues the name
 * of the row above (a long name wrapped onto two rows by a PDF conversion).
 */
function readTree<K extends string>(
  reader: TableReader, rows: readonly SheetRow[], codeCol: number | undefined, nameCol: number | undefined,
  amountCols: Readonly<Record<K, number | undefined>>,
): Array<Label & Record<K, Printed>> {
  const out: Array<Label & Record<K, Printed>> = []
  const keys = Object.keys(amountCols) as K[]
  for (const row of rows) {
    const label = subjectLabel(reader.text(row, codeCol), reader.text(row, nameCol))
    const filled = reader.anyFilled(row, keys.map((k) => amountCols[k]))
    if (!label) {
      if (filled) reader.warn(`${reader.short}第 ${row.r + 1} 行有金额但没有科目编码和名称，已跳过`)
      continue
    }
    const previous = out[out.length - 1]
    if (label.code === '' && label.level !== 'total' && !filled && previous) {
      previous.name += label.name
      continue
    }
    if (label.code === '' && label.level !== 'total') reader.warn(`${reader.short}第 ${row.r + 1} 行"${label.name}"没有科目编码`)
    const amounts = {} as Record<K, Printed>
    for (const k of keys) amounts[k] = reader.amount(row, amountCols[k])
    out.push({ ...label, ...amounts })
  }
  return out
}

function codeAndName(reader: TableReader, map: { code?: number; name?: number }): { code: number; name: number } {
  // A header that prints only '项目' over both columns still has code first, name second.
  const code = map.code ?? firstUsedColumn(reader.table)
  return { code, name: map.name ?? code + 1 }
}

export function readT2(reader: TableReader): PublishedTables['t2'] {
  const map = reader.columns()
  const { code, name } = codeAndName(reader, map)
  const rows: T2Row[] = readTree(reader, reader.table.dataRows, code, name, reader.moneyColumns<keyof Omit<T2Row, 'code' | 'name' | 'level'>>(map))
  return { rows, noData: reader.noData() }
}

/** 表三, 表五, 表八: 合计 | 基本支出 | 项目支出. */
export function readExpenditureTree(reader: TableReader): { rows: SubjectRow5[]; noData: boolean } {
  const map = reader.columns()
  const { code, name } = codeAndName(reader, map)
  const rows = readTree(reader, reader.table.dataRows, code, name, reader.moneyColumns<Expenditure>(map))
  return { rows, noData: reader.noData() }
}

export function readT7(reader: TableReader): PublishedTables['t7'] {
  const map = reader.columns()
  const { code, name } = codeAndName(reader, map)
  const rows: RevenueRow[] = readTree(reader, reader.table.dataRows, code, name, reader.moneyColumns<'amount'>(map))
  return { rows, noData: reader.noData() }
}

export function readT9(reader: TableReader): PublishedTables['t9'] {
  const map = reader.columns()
  const incomeCols = reader.moneyColumns<'amount'>(map, 0)
  const expCols = reader.moneyColumns<Expenditure>(map, 1)
  // One 合计 row serves both blocks when only one of them prints the word.
  const rows = reader.table.dataRows.map((row) => {
    const l = subjectLabel(reader.text(row, map.incCode), reader.text(row, map.incName))
    const r = subjectLabel(reader.text(row, map.code), reader.text(row, map.name))
    if (l?.level === 'total' && !r) return withTotal(row, map.name)
    if (r?.level === 'total' && !l) return withTotal(row, map.incName)
    return row
  })
  const { left, right } = readBlocks(reader, map, rows)
  const income: RevenueRow[] = readTree(reader, left, map.incCode, map.incName, incomeCols)
  const expenditure: SubjectRow5[] = readTree(reader, right, map.code, map.name, expCols)
  return { income, expenditure, noData: reader.noData() }
}

function withTotal(row: SheetRow, col: number | undefined): SheetRow {
  if (col === undefined) return row
  const cells = [...row.cells]
  while (cells.length <= col) cells.push(null)
  cells[col] = '合计'
  return { r: row.r, cells }
}
