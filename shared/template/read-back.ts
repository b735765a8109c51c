// Reading a returned fill-in workbook (from WPS, Excel, LibreOffice or the app) over a plain
// grid of cell values. The hidden sheet gives the identity and the skeleton; the entry sheets
// give the amounts and the rows the unit added. Anything doubtful is reported by sheet and
// cell: errors (text in an amount cell, a changed locked cell, an unknown row) refuse the
// file — nothing of it is merged — and additions are accepted and listed.
import { cloneJson } from '../util/clone'
import Decimal from 'decimal.js'
import { SOURCES, type BudgetBook, type BySource, type EconLine, type Project, type SourceId } from '../model/book'
import { MAX_DECIMALS, fenToString, groupedDecimal, toFen, type AmountUnit } from '../model/money'
import { validateBook } from '../model/validate'
import { bookSubject, revenueSubject } from '../catalog/functions'
import { deptEconByName } from '../catalog/economic'
import { cellAddress } from '../util/cell-address'
import { TEMPLATE_FORMAT, TEMPLATE_FORMAT_VERSION, TEMPLATE_SHEET, type TemplateIdentity } from './identity'
import { ROW_KEY, SHEETS, T10_ITEMS, columnIndex, totalColumn, type LabelField, type SheetDecl, type SheetKind } from './sheets'

export type GridValue = string | number | null
export interface CellGrid {
  /** `formulaCells` (A1 addresses holding a formula), when known, lets the reader check the locked 合计 formulas. */
  sheets: readonly { name: string; rows: readonly (readonly GridValue[])[]; formulaCells?: readonly string[] }[]
}

export interface ReadBackFinding {
  severity: 'error' | 'warning' | 'info'
  /** Sheet and A1 address the finding is about, when it is about one cell or row. */
  sheet?: string
  cell?: string
  message: string
}

export type ReadBack =
  | { kind: 'not-template' }
  | { kind: 'read'; identity: TemplateIdentity | null; book: BudgetBook | null; findings: ReadBackFinding[] }

const text = (v: GridValue | undefined): string => (v === null || v === undefined ? '' : String(v).trim())

/** The identity header and skeleton of the hidden sheet, or why they cannot be used. */
function readIdentity(grid: CellGrid): { identity: TemplateIdentity; skeleton: BudgetBook } | { problem: string } | null {
  const sheet = grid.sheets.find((s) => s.name === TEMPLATE_SHEET)
  if (!sheet) return null
  let header: TemplateIdentity & { chunks: number }
  try {
    header = JSON.parse(text(sheet.rows[1]?.[0])) as TemplateIdentity & { chunks: number }
  } catch {
    return { problem: '填报表的标识无法解析，文件可能已损坏' }
  }
  if (header?.format !== TEMPLATE_FORMAT) return { problem: '填报表的标识不可识别' }
  if (header.formatVersion !== TEMPLATE_FORMAT_VERSION) return { problem: `填报表格式版本 ${String(header.formatVersion)} 不受本版软件支持` }
  let json = ''
  for (let i = 0; i < header.chunks; i++) json += typeof sheet.rows[2 + i]?.[0] === 'string' ? (sheet.rows[2 + i]![0] as string) : ''
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return { problem: '填报表保存的科目框架不完整，文件可能已损坏' }
  }
  const valid = validateBook(parsed)
  if (!valid.ok) return { problem: `填报表保存的科目框架有误：${valid.problems.slice(0, 2).join('；')}` }
  const { chunks: _chunks, ...identity } = header
  return { identity, skeleton: valid.book }
}

/** A cell value as an exact amount string in `unit`, undefined when blank, or an error message. */
export function cellAmount(v: GridValue | undefined, unit: AmountUnit): { amount?: string } | { error: string } {
  if (v === null || v === undefined) return {}
  if (typeof v === 'string') {
    if (v.trim() === '') return {}
    return { error: `填的是文字“${v.length > 20 ? v.slice(0, 20) + '…' : v}”，金额单元格只能填数字` }
  }
  if (!Number.isFinite(v)) return { error: '不是有效的数字' }
  // The shortest decimal that reads back as this number is what was typed; a spreadsheet that
  // recomputed it may leave binary noise beyond 15 significant digits, which is not a typed figure.
  let d = new Decimal(String(v))
  if (d.decimalPlaces() > MAX_DECIMALS[unit]) d = new Decimal(v.toPrecision(15))
  if (d.decimalPlaces() > MAX_DECIMALS[unit]) {
    // Mostly a formula's result (=100/3): the unit saw it through the entry format, 2–6 decimals.
    const [whole = '0', frac = ''] = d.abs().toDecimalPlaces(6).toFixed().split('.')
    const seen = groupedDecimal(`${d.isNegative() ? '-' : ''}${whole}.${frac.padEnd(2, '0')}`)
    return { error: `单元格显示为 ${seen}，实际值是 ${String(v)}，小数位过多（${unit}最多 ${MAX_DECIMALS[unit]} 位小数），多半是公式算出的：请用 ROUND 取两位小数或直接填数` }
  }
  return { amount: fenToString(toFen(d.toFixed(), unit), unit) }
}

interface SheetRead {
  decl: SheetDecl
  /** Rows by key (issued rows) and the rows the unit added (empty key, something typed). */
  byKey: Map<string, { row: number; cells: readonly GridValue[] }>
  added: { row: number; cells: readonly GridValue[] }[]
}

class Reader {
  readonly findings: ReadBackFinding[] = []
  constructor(readonly unit: AmountUnit, readonly prefillUnit: string | null) {}

  error(sheet: string, row: number, col: number, message: string): void {
    this.findings.push({ severity: 'error', sheet, cell: cellAddress(row, col), message })
  }

  sheet(grid: CellGrid, decl: SheetDecl): SheetRead | null {
    const sheet = grid.sheets.find((s) => s.name === decl.name)
    if (!sheet) {
      this.findings.push({ severity: 'error', sheet: decl.name, message: `缺少工作表“${decl.name}”（工作表不能删除或改名）` })
      return null
    }
    const header = sheet.rows.findIndex((r) => text(r[0]) === ROW_KEY.header)
    if (header < 0) {
      this.findings.push({ severity: 'error', sheet: decl.name, message: `工作表“${decl.name}”的表头或隐藏的第一列被删除了` })
      return null
    }
    // Leaf headers sit on the header row, or (spanning both header rows) on the row above.
    const headerText = (col: number): string => text(sheet.rows[header]?.[col]) || text(sheet.rows[header - 1]?.[col])
    for (const [i, c] of decl.columns.entries()) {
      if (headerText(columnIndex(i)).replace(/\s+/g, '') !== c.header.replace(/\s+/g, '')) {
        this.error(decl.name, header, columnIndex(i), `表头应为“${c.header}”，现为“${headerText(columnIndex(i))}”：列被插入、删除或改动过`)
        return null
      }
    }
    const out: SheetRead = { decl, byKey: new Map(), added: [] }
    const formulas = sheet.formulaCells ? new Set(sheet.formulaCells) : null
    for (let r = header + 1; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r] ?? []
      const key = text(cells[0])
      // A 合计 the unit typed over is a figure the reader never takes, but the unit meant it: say so.
      if (formulas && key !== '') this.checkFormulas(decl, r, key, formulas)
      if (key === ROW_KEY.total || key === ROW_KEY.vehicles) continue
      if (key === '') {
        const typed = decl.columns.some((c, i) => text(cells[columnIndex(i)]) !== '' && !(c.kind === 'label' && c.field === 'unit' && text(cells[columnIndex(i)]) === this.prefillUnit))
        if (typed) out.added.push({ row: r, cells })
        continue
      }
      if (out.byKey.has(key)) this.error(decl.name, r, 0, `行标识“${key}”重复（第 ${out.byKey.get(key)!.row + 1} 行和第 ${r + 1} 行）：行被复制过，请删除多余的一行`)
      else out.byKey.set(key, { row: r, cells })
    }
    return out
  }

  checkFormulas(decl: SheetDecl, row: number, key: string, formulas: ReadonlySet<string>): void {
    const cols = [totalColumn(decl)]
    if (key === ROW_KEY.total || key === ROW_KEY.vehicles) decl.columns.forEach((c, i) => c.kind === 'amount' && cols.push(columnIndex(i)))
    for (const col of cols) {
      if (!formulas.has(cellAddress(row, col))) this.error(decl.name, row, col, '锁定的合计公式被改成了固定数字或被删除，请恢复为公式（或重新下载填报表）')
    }
  }

  /** The amounts of one row by column field; errors reported by cell. */
  amounts(read: SheetRead, row: number, cells: readonly GridValue[]): Map<string, string> {
    const out = new Map<string, string>()
    read.decl.columns.forEach((c, i) => {
      if (c.kind !== 'amount') return
      const got = cellAmount(cells[columnIndex(i)], this.unit)
      if ('error' in got) this.error(read.decl.name, row, columnIndex(i), `“${c.header}”${got.error}`)
      else if (got.amount !== undefined) out.set(c.field, got.amount)
    })
    return out
  }

  label(read: SheetRead, cells: readonly GridValue[], field: LabelField): string {
    const i = read.decl.columns.findIndex((c) => c.kind === 'label' && c.field === field)
    return i < 0 ? '' : text(cells[columnIndex(i)])
  }

  /** Locked label cells of an issued row must still say what was issued. */
  checkLocked(read: SheetRead, row: number, cells: readonly GridValue[], expected: Partial<Record<LabelField, string>>): void {
    read.decl.columns.forEach((c, i) => {
      if (c.kind !== 'label' || c.alwaysEditable || !(c.field in expected)) return
      const want = expected[c.field] ?? ''
      const got = text(cells[columnIndex(i)])
      if (got !== want.trim()) this.error(read.decl.name, row, columnIndex(i), `锁定的“${c.header}”原为“${want}”，被改为“${got}”`)
    })
  }
}

const bySource = (values: Map<string, string>, prefix: string): BySource => {
  const out: BySource = {}
  for (const s of SOURCES) {
    const v = values.get(prefix ? `${prefix}.${s}` : s)
    if (v !== undefined) out[s as SourceId] = v
  }
  return out
}

const SEVEN = /^\d{7}$/

/** Read a returned fill-in workbook. `kind: 'not-template'` when it has no fill-in identity. */
export function readBack(grid: CellGrid): ReadBack {
  const found = readIdentity(grid)
  if (found === null) return { kind: 'not-template' }
  if ('problem' in found) return { kind: 'read', identity: null, book: null, findings: [{ severity: 'error', message: found.problem }] }
  const { identity, skeleton } = found
  const reader = new Reader(skeleton.amountUnit, identity.unit?.name ?? null)
  const book: BudgetBook = cloneJson(skeleton)
  const reads = new Map<SheetKind, SheetRead>()
  for (const decl of SHEETS) {
    const read = reader.sheet(grid, decl)
    if (read) reads.set(decl.kind, read)
  }
  const issued = <T>(kind: SheetKind, key: string, what: string, expected: Partial<Record<LabelField, string>>, apply: (values: Map<string, string>, cells: readonly GridValue[], row: number) => T): T | undefined => {
    const read = reads.get(kind)
    if (!read) return undefined
    const hit = read.byKey.get(key)
    if (!hit) {
      reader.findings.push({ severity: 'warning', sheet: read.decl.name, message: `${what}所在的行被删除了，按没有金额读取` })
      return undefined
    }
    read.byKey.delete(key)
    reader.checkLocked(read, hit.row, hit.cells, expected)
    return apply(reader.amounts(read, hit.row, hit.cells), hit.cells, hit.row)
  }

  for (const s of book.subjects) {
    issued('subjects', ROW_KEY.subject(s.code), `功能科目 ${s.code} ${s.name}`, { code: s.code, name: s.name }, (v) => {
      s.basic = bySource(v, 'basic'); s.project = bySource(v, 'project'); s.carry = bySource(v, 'carry')
    })
  }
  for (const e of book.econ) {
    issued('econ', ROW_KEY.econ(e.id), `经济科目“${e.deptName}”`, { deptClass: e.deptClass, deptCode: e.deptCode ?? '', deptName: e.deptName, govCode: e.govCode ?? '', govName: e.govName }, (v) => {
      e.amount = v.get('amount') ?? ''
    })
  }
  const unitName = (id: string): string => book.units.find((u) => u.id === id)?.name ?? ''
  for (const p of book.projects) {
    issued(p.kind, ROW_KEY.project(p.id), `项目“${p.name}”`, { unit: unitName(p.unitId), name: p.name }, (v, cells, row) => {
      p.amounts = bySource(v, '')
      const subject = reader.label(reads.get(p.kind)!, cells, 'subject')
      if (subject && !SEVEN.test(subject)) reader.error(reads.get(p.kind)!.decl.name, row, columnIndex(2), `功能科目编码“${subject}”应为 7 位数字`)
      if (subject) p.subject = subject
      else delete p.subject
    })
  }
  for (const [kind, lines] of [['gfRevenue', book.govFundRevenue], ['soeRevenue', book.soeRevenue]] as const) {
    for (const line of lines) {
      issued(kind, ROW_KEY.revenue(line.code), `收入科目 ${line.code}`, { code: line.code, name: line.name }, (v) => { line.amount = v.get('amount') ?? '' })
    }
  }
  for (const item of T10_ITEMS) {
    issued('threePublic', ROW_KEY.threePublic(item), '三公经费', {}, (v) => { book.threePublic[item] = bySource(v, '') })
  }
  const running = new Map(book.runningCosts.map((r) => [r.unitId, r]))
  for (const u of book.units) {
    issued('runningCosts', ROW_KEY.unit(u.id), `单位“${u.name}”的机关运行经费`, { unit: u.name, unitType: u.type }, (v) => {
      const amounts = bySource(v, '')
      const line = running.get(u.id)
      if (line) line.amounts = amounts
      else if (Object.keys(amounts).length) book.runningCosts.push({ unitId: u.id, amounts })
    })
  }
  for (const read of reads.values()) {
    for (const [key, hit] of read.byKey) reader.error(read.decl.name, hit.row, 0, `行标识“${key}”不属于本填报表：行是从别的文件复制来的，或隐藏的第一列被改动过`)
  }
  addRows(book, reads, reader, identity)
  const errors = reader.findings.some((f) => f.severity === 'error')
  return { kind: 'read', identity, book: errors ? null : book, findings: reader.findings }
}

/** Rows the unit typed into the spare rows: new subjects, 表六 items, revenue lines and projects. */
function addRows(book: BudgetBook, reads: Map<SheetKind, SheetRead>, reader: Reader, identity: TemplateIdentity): void {
  const note = (sheet: string, row: number, message: string): void =>
    void reader.findings.push({ severity: 'info', sheet, cell: cellAddress(row, 1), message })
  const needs = (read: SheetRead, row: number, field: LabelField, what: string): void => {
    const i = read.decl.columns.findIndex((c) => c.kind === 'label' && c.field === field)
    reader.error(read.decl.name, row, columnIndex(i), `新增的行缺少${what}`)
  }
  let serial = 0
  const freshId = (prefix: string, taken: (id: string) => boolean): string => {
    let id: string
    do id = `${prefix}${++serial}`
    while (taken(id))
    return id
  }
  for (const kind of ['subjects', 'econ', 'current', 'carry', 'gfRevenue', 'soeRevenue'] as const) {
    const read = reads.get(kind)
    if (!read) continue
    for (const { row, cells } of read.added) {
      const label = (f: LabelField): string => reader.label(read, cells, f)
      const values = reader.amounts(read, row, cells)
      const sheet = read.decl.name
      if (kind === 'subjects') {
        const code = label('code')
        if (!/^2\d{6}$/.test(code)) { needs(read, row, 'code', '正确的 7 位功能科目编码（如 2010101）'); continue }
        if (book.subjects.some((s) => s.code === code)) { reader.error(sheet, row, columnIndex(0), `功能科目 ${code} 已在表中，请在原行填写`); continue }
        const name = label('name') || bookSubject(book, code)?.name || ''
        if (!name) { needs(read, row, 'name', '科目名称'); continue }
        book.subjects.push({ code, name, basic: bySource(values, 'basic'), project: bySource(values, 'project'), carry: bySource(values, 'carry') })
        note(sheet, row, `新增功能科目 ${code} ${name}`)
      } else if (kind === 'econ') {
        const deptName = label('deptName')
        if (!deptName) { needs(read, row, 'deptName', '部门预算支出经济科目名称'); continue }
        const deptCode = label('deptCode')
        const deptClass = label('deptClass') || deptCode.slice(0, 3) || deptEconByName(deptName)?.code.slice(0, 3) || ''
        if (!/^\d{3}$/.test(deptClass)) { needs(read, row, 'deptClass', '部门经济分类（类）编码（如 301）'); continue }
        const line: EconLine = { id: freshId('e-new', (id) => book.econ.some((e) => e.id === id)), deptClass, deptName, govName: label('govName'), amount: values.get('amount') ?? '' }
        if (deptCode) line.deptCode = deptCode
        if (label('govCode')) line.govCode = label('govCode')
        book.econ.push(line)
        note(sheet, row, `新增经济科目“${deptName}${line.govName ? `｜${line.govName}` : ''}”`)
      } else if (kind === 'current' || kind === 'carry') {
        const name = label('name')
        if (!name) { needs(read, row, 'name', '项目名称'); continue }
        const unit = identity.unit ?? book.units.find((u) => u.name === label('unit'))
        if (!unit) { reader.error(sheet, row, columnIndex(0), `新增项目“${name}”的单位“${label('unit')}”不在本表的单位中`); continue }
        const subject = label('subject')
        if (subject && !SEVEN.test(subject)) { reader.error(sheet, row, columnIndex(2), `功能科目编码“${subject}”应为 7 位数字`); continue }
        const project: Project = { id: freshId('p-new', (id) => book.projects.some((p) => p.id === id)), unitId: unit.id, name, kind, amounts: bySource(values, '') }
        if (subject) project.subject = subject
        book.projects.push(project)
        note(sheet, row, `新增${kind === 'current' ? '本年' : '上年结转'}项目“${name}”`)
      } else {
        const code = label('code')
        const lines = kind === 'gfRevenue' ? book.govFundRevenue : book.soeRevenue
        if (!SEVEN.test(code)) { needs(read, row, 'code', '正确的 7 位收入科目编码'); continue }
        if (lines.some((l) => l.code === code)) { reader.error(sheet, row, columnIndex(0), `收入科目 ${code} 已在表中，请在原行填写`); continue }
        const name = label('name') || revenueSubject(code)?.name || ''
        if (!name) { needs(read, row, 'name', '科目名称'); continue }
        lines.push({ code, name, amount: values.get('amount') ?? '' })
        note(sheet, row, `新增收入科目 ${code} ${name}`)
      }
    }
  }
}
