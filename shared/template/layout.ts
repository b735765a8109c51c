// The fill-in workbook as plain data: every row of the skeleton printed on its entry sheet,
// amounts blank or kept, spare rows for what the unit adds, locked 合计 formulas, a cover
// sheet (填报说明) and the hidden identity sheet. electron/xlsx/template.ts writes it.
import type { BudgetBook, BySource, Project, SourceId } from '../model/book'
import { columnLetter } from '../util/cell-address'
import { coverSheet } from './cover'
import { TEMPLATE_FORMAT, TEMPLATE_FORMAT_VERSION, TEMPLATE_SHEET, skeletonOf, skeletonVersion, unitPart, type TemplateIdentity } from './identity'
import { FRAME, ROW_KEY, SHEETS, T10_ITEMS, T10_LABELS, columnIndex, totalColumn, type SheetDecl, type SheetKind } from './sheets'

export type TemplateValue = string | number | null | { formula: string; result: number | string }

/** How a cell looks and whether the unit may type in it. */
export type CellRole =
  | 'title' | 'nameLine' | 'header' | 'key'
  | 'label'       // fixed text of an issued row (locked)
  | 'entryText'   // text the unit types (unlocked)
  | 'entryAmount' // an amount the unit types (unlocked)
  | 'formula'     // a live formula (locked)
  | 'total'       // a 合计 formula (locked, bold)
  | 'text'        // cover-sheet prose
  | 'hidden'

export interface TemplateCell {
  row: number
  col: number
  value: TemplateValue
  role: CellRole
}

export interface TemplateSheet {
  name: string
  state: 'visible' | 'veryHidden'
  cells: TemplateCell[]
  columnWidths: number[]
  /** Merged ranges, 0-based inclusive. */
  merges: { top: number; left: number; bottom: number; right: number }[]
  /** Columns hidden from view (the key column). */
  hiddenColumns: number[]
  /** Protected: locked cells cannot be edited (no password). */
  protect: boolean
}

export interface TemplateWorkbook {
  identity: TemplateIdentity
  sheets: TemplateSheet[]
}

export interface TemplateOptions {
  /** The unit the workbook is for; null or absent: the whole book. */
  unitId?: string | null
  /** Print the book's amounts as a starting point; otherwise every amount cell starts empty. */
  keepAmounts: boolean
}

/** Characters of the hidden sheet per cell (Excel's limit is 32,767). */
const CHUNK = 32_000

/** The number a cell holds for a book amount: canonical amounts have ≤ 15 significant digits, so it reads back exactly. */
const amountOf = (text: string | undefined): number | null => (text === undefined || text.trim() === '' ? null : Number(text.trim()))

const sourceValue = (field: string, amounts: { basic?: BySource; project?: BySource; carry?: BySource; direct?: BySource; amount?: string }): string | undefined => {
  if (field === 'amount') return amounts.amount
  const [part, source] = field.includes('.') ? field.split('.') : ['direct', field]
  return (amounts as Record<string, BySource | undefined>)[part!]?.[source as SourceId]
}

interface RowData {
  key: string
  labels: Partial<Record<string, string>>
  amounts: Parameters<typeof sourceValue>[1]
}

function rowsOf(kind: SheetKind, part: BudgetBook): RowData[] {
  const unitName = (id: string): string => part.units.find((u) => u.id === id)?.name ?? ''
  const project = (p: Project): RowData => ({ key: ROW_KEY.project(p.id), labels: { unit: unitName(p.unitId), name: p.name, subject: p.subject ?? '' }, amounts: { direct: p.amounts } })
  switch (kind) {
    case 'subjects':
      return part.subjects.map((s) => ({ key: ROW_KEY.subject(s.code), labels: { code: s.code, name: s.name }, amounts: { basic: s.basic, project: s.project, carry: s.carry } }))
    case 'econ':
      return part.econ.map((e) => ({
        key: ROW_KEY.econ(e.id),
        labels: { deptClass: e.deptClass, deptCode: e.deptCode ?? '', deptName: e.deptName, govCode: e.govCode ?? '', govName: e.govName },
        amounts: { amount: e.amount },
      }))
    case 'current':
    case 'carry':
      return part.projects.filter((p) => p.kind === kind).map(project)
    case 'gfRevenue':
    case 'soeRevenue':
      return part[kind === 'gfRevenue' ? 'govFundRevenue' : 'soeRevenue'].map((r) => ({ key: ROW_KEY.revenue(r.code), labels: { code: r.code, name: r.name }, amounts: { amount: r.amount } }))
    case 'threePublic':
      return T10_ITEMS.map((item) => ({ key: ROW_KEY.threePublic(item), labels: { name: T10_LABELS[item] }, amounts: { direct: part.threePublic[item] } }))
    case 'runningCosts':
      return part.units.map((u) => ({
        key: ROW_KEY.unit(u.id),
        labels: { unit: u.name, unitType: u.type },
        amounts: { direct: part.runningCosts.find((r) => r.unitId === u.id)?.amounts ?? {} },
      }))
  }
}

const sum = (values: (number | null)[]): number => values.reduce<number>((t, v) => t + (v ?? 0), 0)

/** One entry sheet. `values` gives the amounts printed; `unitName` pre-fills the unit of spare project rows. */
function entrySheet(decl: SheetDecl, part: BudgetBook, values: BudgetBook | null, nameLine: string, unitName: string | null): TemplateSheet {
  const cells: TemplateCell[] = []
  const put = (row: number, col: number, value: TemplateValue, role: CellRole): void => void cells.push({ row, col, value, role })
  const last = totalColumn(decl)
  const merges: TemplateSheet['merges'] = [{ top: FRAME.title, left: 1, bottom: FRAME.title, right: last }]
  put(FRAME.title, 1, `${part.year}年${decl.title}`, 'title')
  put(FRAME.nameLine, 1, nameLine, 'nameLine')
  put(FRAME.nameLine, last, `单位：${part.amountUnit}\u3000对应${decl.feeds}`, 'nameLine')
  put(FRAME.header, 0, ROW_KEY.header, 'key')
  put(FRAME.total, 0, ROW_KEY.total, 'key')
  // Header: a group header over its amount columns, otherwise one cell spanning both header rows.
  decl.columns.forEach((c, i) => {
    const col = columnIndex(i)
    const group = c.kind === 'amount' ? c.group : null
    if (group === null) {
      put(FRAME.groupHeader, col, c.header, 'header')
      merges.push({ top: FRAME.groupHeader, left: col, bottom: FRAME.header, right: col })
      put(FRAME.header, col, null, 'header')
      return
    }
    put(FRAME.header, col, c.header, 'header')
    const prev = decl.columns[i - 1]
    if (prev?.kind === 'amount' && prev.group === group) {
      put(FRAME.groupHeader, col, null, 'header')
      return
    }
    let end = i
    while (decl.columns[end + 1]?.kind === 'amount' && (decl.columns[end + 1] as { group: string | null }).group === group) end++
    put(FRAME.groupHeader, col, group, 'header')
    merges.push({ top: FRAME.groupHeader, left: col, bottom: FRAME.groupHeader, right: columnIndex(end) })
  })
  put(FRAME.groupHeader, last, '合计', 'header')
  put(FRAME.header, last, null, 'header')
  merges.push({ top: FRAME.groupHeader, left: last, bottom: FRAME.header, right: last })

  const rows = rowsOf(decl.kind, part)
  const printed = values ? new Map(rowsOf(decl.kind, values).map((r) => [r.key, r])) : null
  const amountCols = decl.columns.flatMap((c, i) => (c.kind === 'amount' ? [columnIndex(i)] : []))
  const rowSum = (r: number, nums: (number | null)[]): TemplateValue =>
    ({ formula: `SUM(${columnLetter(amountCols[0]!)}${r + 1}:${columnLetter(amountCols[amountCols.length - 1]!)}${r + 1})`, result: sum(nums) })
  const columnTotals = amountCols.map(() => 0)
  const rowValues = new Map<number, number[]>()
  let r = FRAME.firstData
  const dataRow = (data: RowData | null): void => {
    put(r, 0, data?.key ?? null, 'key')
    const nums: (number | null)[] = []
    decl.columns.forEach((c, i) => {
      const col = columnIndex(i)
      if (c.kind === 'label') {
        const text = data?.labels[c.field] ?? (c.field === 'unit' && unitName !== null && data === null ? unitName : null)
        const fixed = data !== null && !c.alwaysEditable
        put(r, col, text === '' ? null : text, fixed || (c.field === 'unit' && unitName !== null) ? 'label' : 'entryText')
        return
      }
      const kept = data ? printed?.get(data.key) : undefined
      const value = kept ? amountOf(sourceValue(c.field, kept.amounts)) : null
      nums.push(value)
      columnTotals[amountCols.indexOf(col)]! += value ?? 0
      put(r, col, value, 'entryAmount')
    })
    put(r, last, rowSum(r, nums), 'formula')
    rowValues.set(r, [...nums.map((v) => v ?? 0), sum(nums)])
    r++
  }
  if (decl.kind === 'threePublic') {
    // 表十's own order: 出国, 接待, then 公务用车购置及运行费 = ① + ② (a formula) and its two parts.
    const [abroad, reception, purchase, ops] = rows
    dataRow(abroad!)
    dataRow(reception!)
    const vehicles = r++
    dataRow(purchase!)
    dataRow(ops!)
    put(vehicles, 0, ROW_KEY.vehicles, 'key')
    put(vehicles, 1, '公务用车购置及运行费', 'label')
    ;[...amountCols, last].forEach((col, i) => {
      const letter = columnLetter(col)
      const result = (rowValues.get(vehicles + 1)?.[i] ?? 0) + (rowValues.get(vehicles + 2)?.[i] ?? 0)
      put(vehicles, col, { formula: `${letter}${vehicles + 2}+${letter}${vehicles + 3}`, result }, 'formula')
    })
  } else {
    for (const row of rows) dataRow(row)
    for (let i = 0; i < decl.spareRows; i++) dataRow(null)
  }
  const lastData = Math.max(r - 1, FRAME.firstData)
  put(FRAME.total, 1, '合计', 'total')
  for (let i = 2; i < amountCols[0]!; i++) put(FRAME.total, i, null, 'total')
  amountCols.forEach((col, i) => {
    const letter = columnLetter(col)
    // 表十's 公务用车购置及运行费 row is itself a sum of ① and ②: the 合计 leaves it out.
    const range = decl.kind === 'threePublic'
      ? `${letter}${FRAME.firstData + 1}:${letter}${FRAME.firstData + 2},${letter}${FRAME.firstData + 4}:${letter}${lastData + 1}`
      : `${letter}${FRAME.firstData + 1}:${letter}${lastData + 1}`
    put(FRAME.total, col, { formula: `SUM(${range})`, result: columnTotals[i]! }, 'total')
  })
  put(FRAME.total, last, rowSum(FRAME.total, columnTotals), 'total')
  const widths = [4, ...decl.columns.map((c) => (c.kind === 'label' ? c.width : 13)), 14]
  return { name: decl.name, state: 'visible', cells, columnWidths: widths, merges, hiddenColumns: [0], protect: true }
}

function identitySheet(identity: TemplateIdentity, skeleton: BudgetBook): TemplateSheet {
  const json = JSON.stringify(skeleton)
  const chunks: string[] = []
  for (let i = 0; i < json.length; i += CHUNK) chunks.push(json.slice(i, i + CHUNK))
  const cells: TemplateCell[] = [
    { row: 0, col: 0, value: '本工作表由“预算公开表”软件写入，标明本填报表所属的部门、单位、年度和科目框架，读取报送文件时使用。请勿修改。', role: 'hidden' },
    { row: 1, col: 0, value: JSON.stringify({ ...identity, chunks: chunks.length }), role: 'hidden' },
    ...chunks.map((value, i): TemplateCell => ({ row: 2 + i, col: 0, value, role: 'hidden' })),
  ]
  return { name: TEMPLATE_SHEET, state: 'veryHidden', cells, columnWidths: [100], merges: [], hiddenColumns: [], protect: true }
}

/** The fill-in workbook of `book` for one unit (or the whole book). Throws for an unknown unit id. */
export function buildTemplate(book: BudgetBook, options: TemplateOptions): TemplateWorkbook {
  const unitId = options.unitId ?? null
  const part = unitPart(book, unitId)
  const skeleton = skeletonOf(part)
  const unit = unitId === null ? null : part.units[0]!
  const identity: TemplateIdentity = {
    format: TEMPLATE_FORMAT, formatVersion: TEMPLATE_FORMAT_VERSION,
    department: book.department, scope: book.scope, year: book.year, amountUnit: book.amountUnit,
    unit, skeletonVersion: skeletonVersion(skeleton),
  }
  const nameLine = unit ? `单位名称：${unit.name}（${book.department}）` : `${book.scope}名称：${book.department}`
  const values = options.keepAmounts ? part : null
  const entry = SHEETS.map((decl) => entrySheet(decl, skeleton, values, nameLine, unit?.name ?? null))
  return { identity, sheets: [coverSheet(identity, entry), ...entry, identitySheet(identity, skeleton)] }
}
