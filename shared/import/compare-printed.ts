// Compare every figure a disclosure prints with the value recomputed from the book built
// out of its detail rows. A difference is either a rounding residue (尾差) the publisher
// left, or a table printed wrong (seed 004's empty 表八).
import { plainAmount, type Fen } from '../model/money'
import type { Derivation } from '../engine/derivation'
import { isCellError } from '../engine/graph'
import type { PublishedTableId, TableId } from '../tables/ids'
import { cellId } from '../tables/cell-ids'
import { tableDef, headersOver } from '../tables'
import { FUNCTION_CLASSES } from '../catalog/classes'
import type { Printed, PublishedTables, SubjectRow5, T12Row, T13Row, T2Row } from './published'
import type { PrintedDifference } from './report'
import type { ColumnKind, RowDef } from '../tables/types'
import { blockRowsOf, cellAt } from '../tables/side-by-side'
import { printedFen } from './printed-amount'
import { groupBy } from '../util/group-by'

/** A printed row's field and the layout column it is compared with. */
type Col<R> = readonly [printedKey: keyof R & string, col: string]

const T2_COLS: Col<T2Row>[] = [['total', 'total'], ['gp', 'gp'], ['gf', 'gf'], ['soe', 'soe'], ['sp', 'sp'], ['unit', 'uf'], ['carry', 'carry']]
const EXP_COLS: Col<SubjectRow5>[] = [['total', 'total'], ['basic', 'basic'], ['project', 'project']]

// A root difference up to this size between a printed total and its printed parts is a rounding residue.
const RESIDUE_LIMIT = 50_000n // 0.05 万元
// A table printed in 元 rounds nothing (two decimals of 元 are exact): a gap of more than 0.01 元 is an error.
const YUAN_RESIDUE_LIMIT = 1n // 0.01 元

class Comparer {
  readonly out: PrintedDifference[] = []
  /** The printed value of every compared cell, to tell a residue from a figure that inherits one. */
  readonly printedByRef = new Map<string, Fen>()
  constructor(private readonly d: Derivation, private readonly year: number, private readonly yuanTables: ReadonlySet<TableId> = new Set()) {}

  private columnName(table: PublishedTableId, col: string): string {
    const def = tableDef(table)
    return headersOver(def, def.columns.findIndex((c) => c.id === col), this.year).pop() ?? col
  }

  one(table: PublishedTableId, ref: string | null, printed: Printed | undefined, rowLabel: string, col: string): void {
    const v = ref ? this.d.value(ref) : 0n
    const computed: Fen = v === undefined || isCellError(v) ? 0n : v
    const p = printedFen(printed)
    if (ref) this.printedByRef.set(ref, p)
    if (p === computed) return
    this.out.push({
      kind: 'follows',
      ...(ref ? { ref } : {}),
      table,
      row: rowLabel,
      column: this.columnName(table, col),
      printed: printed ?? null,
      computed: computed === 0n ? null : plainAmount(computed, '万元'),
    })
  }

  /** Subject-tree tables: every printed row by code, and every derived row with money that was not printed. */
  tree<R extends { code: string; name: string }>(table: PublishedTableId, rows: readonly R[], cols: readonly Col<R>[], prefix = ''): void {
    const seen = new Set<string>()
    for (const r of rows) {
      const code = r.code
      const rowId = code ? `s:${code}` : prefix ? prefix : 'total'
      seen.add(rowId)
      const label = code ? `${code} ${r.name}` : '合计'
      for (const [key, col] of cols) this.one(table, this.ref(table, rowId, col), r[key] as Printed, label, col)
    }
    // A table of two blocks side by side (表九) pairs rows of both; each block row counts on its own.
    const layout = (this.d.layouts.get(table) ?? []).flatMap(blockRowsOf)
    for (const row of layout) {
      if (seen.has(row.id) || !row.id.startsWith('s:')) continue
      for (const [, col] of cols) {
        const ref = row.cells[col]?.ref
        if (!ref) continue
        const v = this.d.value(ref)
        if (typeof v === 'bigint' && v !== 0n) this.one(table, ref, null, this.label(table, row), col)
      }
    }
  }

  /** A layout row as the report names it: its code and name (of its own block, side by side). */
  private label(table: PublishedTableId, row: RowDef): string {
    const first = (kind: ColumnKind): string => row.text[tableDef(table).columns.find((c) => c.kind === kind && row.text[c.id] !== undefined)?.id ?? ''] ?? ''
    return `${first('code')} ${first('text')}`.trim()
  }

  ref(table: PublishedTableId, row: string, col: string): string | null {
    return cellAt(this.d.layouts.get(table) ?? [], row, col)?.ref ?? null
  }

  /** Decide for each difference whether it is where a residue arises or only inherits one. */
  classify(): PrintedDifference[] {
    const formulas = new Map<string, { plus: readonly string[]; minus: readonly string[] }>()
    for (const rows of this.d.layouts.values()) {
      for (const r of rows) for (const cell of Object.values(r.cells)) if (cell?.formula) formulas.set(cell.ref, { plus: cell.formula.plus, minus: cell.formula.minus ?? [] })
    }
    const around = (ref: string): Fen => {
      const p = this.printedByRef.get(ref)
      if (p !== undefined) return p
      const v = this.d.value(ref)
      return typeof v === 'bigint' ? v : 0n
    }
    for (const diff of this.out) {
      const f = diff.ref ? formulas.get(diff.ref) : undefined
      const printed = printedFen(diff.printed)
      if (!f) {
        diff.kind = 'mismatch'
        continue
      }
      const local = f.plus.reduce((t, r) => t + around(r), 0n) - f.minus.reduce((t, r) => t + around(r), 0n)
      const gap = printed > local ? printed - local : local - printed
      const limit = this.yuanTables.has(diff.table) ? YUAN_RESIDUE_LIMIT : RESIDUE_LIMIT
      diff.kind = gap === 0n ? 'follows' : gap <= limit && printed !== 0n ? 'residue' : 'mismatch'
    }
    return this.out
  }
}

export function comparePrinted(t: PublishedTables, d: Derivation, yuanTables: readonly PublishedTableId[] = []): PrintedDifference[] {
  const c = new Comparer(d, d.book.year, new Set(yuanTables))
  const classRow = (i: number): string => `c:${FUNCTION_CLASSES[i]!.code}`

  // 表一
  const inc = t.t1.income
  ;(['gp', 'gf', 'soe', 'sp', 'unit'] as const).forEach((k, i) => c.one('t1', cellId('t1', classRow(i), 'incAmount'), inc[k], FUNCTION_CLASSES[i] ? ['一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金'][i]! : k, 'incAmount'))
  c.one('t1', cellId('t1', 'f:total', 'incAmount'), t.t1.incomeTotal, '本年收入合计', 'incAmount')
  c.one('t1', cellId('t1', 'f:carry', 'incAmount'), t.t1.carryIn, '上年结转', 'incAmount')
  c.one('t1', cellId('t1', 'f:grand', 'incAmount'), t.t1.grandIncome, '收入总计', 'incAmount')
  const t1Triple = (row: string, label: string, p: { total: Printed; current: Printed; carry: Printed }): void => {
    c.one('t1', cellId('t1', row, 'expTotal'), p.total, label, 'expTotal')
    c.one('t1', cellId('t1', row, 'expCurrent'), p.current, label, 'expCurrent')
    c.one('t1', cellId('t1', row, 'expCarry'), p.carry, label, 'expCarry')
  }
  t.t1.expenditure.forEach((e, i) => FUNCTION_CLASSES[i] && t1Triple(classRow(i), `${e.seq}、${e.name}`, e))
  t1Triple('f:total', '本年支出合计', t.t1.expTotal)
  t1Triple('f:grand', '支出总计', t.t1.grandExp)
  for (const k of ['total', 'current', 'carry'] as const) c.one('t1', null, t.t1.yearEndCarry[k], '年终结转', { total: 'expTotal', current: 'expCurrent', carry: 'expCarry' }[k])

  // 表二, 表三, 表五, 表八, 表九 (expenditure side)
  c.tree('t2', t.t2.rows, T2_COLS)
  c.tree('t3', t.t3.rows, EXP_COLS)
  c.tree('t5', t.t5.rows, EXP_COLS)
  c.tree('t8', t.t8.rows, EXP_COLS)
  c.tree('t9', t.t9.expenditure, EXP_COLS)

  // 表四
  const i4 = t.t4.income
  ;(['gp', 'gf', 'soe'] as const).forEach((k, i) => c.one('t4', cellId('t4', classRow(i), 'incAmount'), i4[k], ['一般公共预算', '政府性基金预算', '国有资本经营预算'][i]!, 'incAmount'))
  c.one('t4', cellId('t4', 'f:total', 'incAmount'), t.t4.incomeTotal, '本年收入合计', 'incAmount')
  c.one('t4', cellId('t4', 'f:carry', 'incAmount'), t.t4.carry.total, '上年财政拨款结转', 'incAmount')
  for (const s of ['gp', 'gf', 'soe'] as const) c.one('t4', cellId('t4', `f:carry:${s}`, 'incAmount'), t.t4.carry[s], `上年结转（${{ gp: '一般公共预算', gf: '政府性基金预算', soe: '国有资本经营预算' }[s]}）`, 'incAmount')
  c.one('t4', cellId('t4', 'f:grand', 'incAmount'), t.t4.grandIncome, '收入总计', 'incAmount')
  const t4Quad = (row: string | null, label: string, p: { total: Printed; gp: Printed; gf: Printed; soe: Printed }): void => {
    c.one('t4', row && cellId('t4', row, 'expTotal'), p.total, label, 'expTotal')
    for (const s of ['gp', 'gf', 'soe'] as const) c.one('t4', row && cellId('t4', row, s), p[s], label, s)
  }
  t.t4.expenditure.forEach((e, i) => FUNCTION_CLASSES[i] && t4Quad(classRow(i), `${e.seq}、${e.name}`, e))
  t4Quad('f:total', '本年支出合计', t.t4.expTotal)
  t4Quad(null, '年终结转', t.t4.yearEndCarry)
  t4Quad('f:grand', '支出总计', t.t4.grandExp)

  // 表六: 合计, class rows by name, items by their 部门 and 政府 names (a pair printed twice is
  // matched in order): the layout sorts classes by code, the printed table need not.
  const layout6 = d.layouts.get('t6') ?? []
  const items6 = groupBy(layout6.filter((x) => x.kind === 'item'), (x) => `${x.text.dept}|${x.text.gov}`)
  for (const r of t.t6.rows) {
    const asItem = (): RowDef | undefined => items6.get(`${r.deptEcon}|${r.govEcon}`)?.shift()
    const row = r.level === 'total' ? layout6[0] : r.level === 'class' ? (layout6.find((x) => x.kind === 'class' && x.text.dept === r.deptEcon) ?? asItem()) : asItem()
    const label = r.govEcon ? `${r.deptEcon}（${r.govEcon}）` : r.deptEcon
    for (const col of ['total', 'personnel', 'public'] as const) c.one('t6', row?.cells[col]?.ref ?? null, r[col], label, col)
  }

  // 表七, 表九 income
  c.tree('t7', t.t7.rows, [['amount', 'amount']])
  c.tree('t9', t.t9.income, [['amount', 'incAmount']], 'inc')

  // 表十, 表十一
  const ids10 = ['abroad', 'reception', 'vehicle', 'vehiclePurchase', 'vehicleOps', 'total']
  t.t10.rows.forEach((r, i) => {
    for (const col of ['total', 'gp', 'gf', 'soe'] as const) c.one('t10', ids10[i] ? c.ref('t10', ids10[i]!, col) : null, r[col], r.item, col)
  })
  const layout11 = d.layouts.get('t11') ?? []
  for (const r of t.t11.rows) {
    const row = r.level === 'total' ? layout11[0] : layout11.find((x) => x.kind === 'unit' && x.text.label === r.unit)
    for (const col of ['total', 'gp', 'gf', 'soe'] as const) c.one('t11', row?.cells[col]?.ref ?? null, r[col], r.unit, col)
  }

  // 表十二, 表十三: the dept row, unit rows by name, and the k-th printed project of a unit with
  // the k-th project of that unit (a file without unit rows has all projects under the first unit).
  const projectTable = <R extends T12Row | T13Row>(table: 't12' | 't13', rows: readonly R[], cols: readonly Col<R>[]): void => {
    const layout = d.layouts.get(table) ?? []
    // A 单位 book lays out no unit row: its projects sit under the '' unit.
    const byUnit = new Map<string, RowDef[]>([['', []]])
    let unitName = ''
    for (const x of layout) {
      if (x.kind === 'unit') byUnit.set((unitName = x.text.name ?? ''), [])
      else if (x.kind === 'project') byUnit.get(unitName)?.push(x)
    }
    let current = layout.find((x) => x.kind === 'unit')?.text.name ?? ''
    for (const r of rows) {
      const level = r.level
      if (level === 'unit') current = r.name
      // A 单位 book lays out its name once; a file that prints it again as a unit row repeats the dept row.
      const unitRow = (): RowDef | undefined => layout.find((x) => x.kind === 'unit' && x.text.name === r.name) ?? (byUnit.size === 1 ? layout[0] : undefined)
      const row = level === 'dept' ? layout[0] : level === 'unit' ? unitRow() : byUnit.get(level === 'project' && byUnit.size === 1 ? '' : current)?.shift()
      for (const [key, col] of cols) c.one(table, row?.cells[col]?.ref ?? null, r[key] as Printed, r.name, col)
    }
  }
  projectTable<T12Row>('t12', t.t12.rows, [['total', 'total'], ['gp', 'gp'], ['gf', 'gf'], ['soe', 'soe'], ['sp', 'sp'], ['unit', 'uf']])
  projectTable<T13Row>('t13', t.t13.rows, [['total', 'total'], ['gp', 'gp'], ['gf', 'gf'], ['soe', 'soe']])
  return c.classify()
}
