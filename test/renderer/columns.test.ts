import { describe, it, expect } from 'vitest'
import type { ColDef, ColGroupDef } from 'ag-grid-community'
import { tableDef } from '../../shared/tables'
import { Derivation } from '../../shared/engine/derivation'
import type { RowDef } from '../../shared/tables/types'
import {
  headerTree, columnLabels, buildColumnDefs, cellKind, formatMoney, columnWidth, numberRow, suppressKeys,
  type HeaderNode, type GridContext,
} from '../../renderer/grid/columns'
import { smallBook } from './fixtures'
import { t14 } from '../shared/tables/toy-table'

/** The tree as nested [text, children] for compact expectations. */
const shape = (nodes: HeaderNode[]): unknown[] =>
  nodes.map((n) => (n.kind === 'leaf' ? `${n.text}=${n.column.id}` : [n.text, shape(n.children)]))

describe('headerTree: the published header as nested groups', () => {
  it('表二: 项目 and 本年收入 over their columns, 上年结转 spanning both header rows', () => {
    expect(shape(headerTree(tableDef('t2'), 2026))).toEqual([
      ['项目', ['科目编码=code', '科目名称=name']],
      ['本年收入', ['合计=total', '一般公共预算=gp', '政府性基金=gf', '国有资本经营预算=soe', '财政专户管理资金=sp', '单位资金=uf']],
      '上年结转=carry',
    ])
  })

  it('fills in the year and nests three header rows (表九, 表四)', () => {
    expect(shape(headerTree(tableDef('t9'), 2026))).toEqual([
      ['国有资本经营预算收入', [['项目', ['收入科目编码=incCode', '科目名称=incName']], '国有资本经营收入预算=incAmount']],
      ['国有资本经营预算支出', ['科目编码=code', '科目名称=name', '合计=total', '基本支出=basic', '项目支出=project']],
    ])
    expect(shape(headerTree(tableDef('t4'), 2027))).toEqual([
      ['收入', ['项目=incName', '金额=incAmount']],
      ['支出', ['项目=expName', ['金额', ['小计=expTotal', '一般公共预算=gp', '政府性基金预算=gf', '国有资本经营预算=soe']]]],
    ])
    expect(shape(headerTree(tableDef('t12'), 2026))).toEqual([
      '项目名称=name', '合计=total',
      ['2026年财政拨款', ['一般公共预算=gp', '政府性基金预算=gf', '国有资本经营预算=soe']],
      '财政专户管理资金=sp', '单位资金=uf',
    ])
  })

  it('keeps every column exactly once, in order, for all 14 tables', () => {
    for (const id of ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 't10', 't11', 't12', 't13', 'detail'] as const) {
      const def = tableDef(id)
      const leaves: string[] = []
      const walk = (ns: HeaderNode[]): void => ns.forEach((n) => (n.kind === 'leaf' ? leaves.push(n.column.id) : walk(n.children)))
      walk(headerTree(def, 2026))
      expect(leaves, id).toEqual(def.columns.map((c) => c.id))
    }
  })

  it('names columns by their header path, for messages', () => {
    const labels = columnLabels(headerTree(tableDef('t5'), 2026))
    expect(labels.get('basic')).toBe('2026年预算数 / 基本支出')
    expect(labels.get('code')).toBe('项目 / 科目编码')
  })
})

describe('buildColumnDefs', () => {
  const book = smallBook()
  const d = new Derivation(book)
  const ctx: GridContext = { table: 't5', derivation: d, unit: '万元', readOnly: false, markAt: () => undefined, inSelection: () => false }
  const leaf = (defs: (ColDef<RowDef> | ColGroupDef<RowDef>)[], id: string): ColDef<RowDef> => {
    for (const c of defs) {
      if ('children' in c) {
        const found = leaf(c.children, id)
        if (found) return found
      } else if (c.colId === id) return c
    }
    return undefined as never
  }
  const defs = buildColumnDefs(tableDef('t5'), 2026)
  const rows = d.layouts.get('t5')!
  const row = (id: string): RowDef => rows.find((r) => r.id === id)!
  const params = (r: RowDef): Record<string, unknown> => ({ data: r, context: ctx, node: { rowPinned: null }, rowIndex: 0 })

  it('builds column groups with married children', () => {
    expect(defs).toHaveLength(2)
    const group = defs[1] as ColGroupDef<RowDef>
    expect(group.headerName).toBe('2026年预算数')
    expect(group.marryChildren).toBe(true)
    expect(group.children.map((c) => (c as ColDef).colId)).toEqual(['total', 'basic', 'project'])
  })

  it('reads money from the derivation and formats it (zero empty)', () => {
    const basic = leaf(defs, 'basic')
    const getter = basic.valueGetter as (p: unknown) => unknown
    const formatter = basic.valueFormatter as (p: unknown) => string
    const v = getter(params(row('s:2080505')))
    expect(v).toBe(427_750_000n)
    expect(formatter({ value: v, context: ctx })).toBe('427.75')
    expect(formatter({ value: getter(params(row('total'))), context: ctx })).toBe('463.75')
    expect(formatter({ value: 0n, context: ctx })).toBe('')
  })

  it('makes only typed cells editable, and shades derived ones', () => {
    const basic = leaf(defs, 'basic')
    const total = leaf(defs, 'total')
    const name = leaf(defs, 'name')
    const editable = (c: ColDef<RowDef>, r: RowDef) => (c.editable as (p: unknown) => boolean)(params(r))
    const cls = (c: ColDef<RowDef>, r: RowDef) => (c.cellClass as (p: unknown) => string)(params(r))
    expect(editable(basic, row('s:2080505'))).toBe(true)
    expect(editable(basic, row('s:20805'))).toBe(false)
    expect(editable(total, row('s:2080505'))).toBe(false)
    expect(editable(name, row('s:2080505'))).toBe(true)
    expect(editable(name, row('s:20805'))).toBe(true) // a 款 the catalog lacks is named by the clerk
    expect(editable(name, row('total'))).toBe(false)
    expect(cls(basic, row('s:2080505'))).toBe('cell-money cell-input')
    expect(cls(total, row('s:2080505'))).toBe('cell-money cell-derived')
    expect(basic.cellEditor).toBe('moneyEditor')
    expect(basic.cellDataType).toBe(false)
  })

  it('explains derived cells and shows check messages in the tooltip', () => {
    const total = leaf(defs, 'total')
    const tip = (c: ColDef<RowDef>, r: RowDef, context: GridContext) => (c.tooltipValueGetter as (p: unknown) => string | undefined)({ data: r, context, node: { rowPinned: null } })
    expect(tip(total, row('s:2080505'), ctx)).toBe('计算：= 基本支出 + 项目支出')
    const marked: GridContext = { ...ctx, markAt: (r, c) => (r === 'total' && c === 'total' ? { severity: 'error', messages: ['不符'] } : undefined) }
    expect(tip(total, row('total'), marked)).toBe('错误：不符\n计算：= 各类之和')
    const cls = (c: ColDef<RowDef>, r: RowDef, context: GridContext) => (c.cellClass as (p: unknown) => string)({ ...params(r), context })
    expect(cls(total, row('total'), marked)).toBe('cell-money cell-derived cell-error')
    expect(cls(total, row('s:2080505'), marked)).toBe('cell-money cell-derived')
    const warned: GridContext = { ...ctx, markAt: () => ({ severity: 'warning', messages: ['提示'] }), inSelection: (i, c) => i === 0 && c === 'name' }
    expect(cls(leaf(defs, 'name'), row('total'), warned)).toBe('cell-text cell-fixed cell-warning cell-selected')
  })
})

describe('helpers', () => {
  it('cellKind tells typed money, editable names and read-only cells apart', () => {
    const d = new Derivation(smallBook())
    const def = tableDef('t12')
    const rows = d.layouts.get('t12')!
    const project = rows.find((r) => r.id.startsWith('p:'))!
    const col = (id: string) => def.columns.find((c) => c.id === id)!
    expect(cellKind(project, col('gp'), (r) => d.isInput(r))).toEqual({ kind: 'money', ref: expect.stringMatching(/^prj\|p1\|gp$/) })
    expect(cellKind(project, col('total'), (r) => d.isInput(r))).toEqual({ kind: 'readonly' })
    expect(cellKind(project, col('name'), (r) => d.isInput(r))).toEqual({ kind: 'text', key: 'name|prj|p1' })
    expect(cellKind(rows[0]!, col('name'), (r) => d.isInput(r))).toEqual({ kind: 'readonly' })
  })

  it('formats errors and widths', () => {
    expect(formatMoney({ error: 'CYCLE', message: 'x' }, '万元')).toBe('#错误')
    expect(formatMoney(-1_234_500_000n, '万元')).toBe('-1,234.50')
    expect(formatMoney(123_456n, '元')).toBe('1,234.56')
    expect(columnWidth({ id: 'x', kind: 'money', width: 14 })).toBeGreaterThanOrEqual(118)
    expect(columnWidth({ id: 'x', kind: 'text', width: 34 }, 1.5)).toBe(Math.round(Math.round(34 * 7.4 + 12) * 1.5))
  })

  it('numbers the columns of 表十二', () => {
    expect(numberRow(tableDef('t12')).text).toEqual({ name: '1', total: '2', gp: '3', gf: '4', soe: '5', sp: '6', uf: '7' })
  })

  it('lets the owner handle Delete/Backspace outside editing, and never starts renaming on a typed character', () => {
    const ev = (key: string, editing: boolean, cellEditor = 'moneyEditor') => ({ editing, event: { key }, colDef: { cellEditor } }) as never
    expect(suppressKeys(ev('Delete', false))).toBe(true)
    expect(suppressKeys(ev('Backspace', false))).toBe(true)
    expect(suppressKeys(ev('Backspace', true))).toBe(false)
    expect(suppressKeys(ev('3', false))).toBe(false)
    expect(suppressKeys(ev('3', false, 'nameEditor'))).toBe(true)
    expect(suppressKeys(ev('F2', false, 'nameEditor'))).toBe(false)
    expect(suppressKeys(ev('3', true, 'nameEditor'))).toBe(false)
  })

  it('opens names in their own editor, money in the money editor', () => {
    const defs = buildColumnDefs(tableDef('t5'), 2026).flatMap((d) => ('children' in d ? d.children : [d])) as { colId?: string; cellEditor?: string }[]
    expect(defs.find((d) => d.colId === 'name')?.cellEditor).toBe('nameEditor')
    expect(defs.find((d) => d.colId === 'basic')?.cellEditor).toBe('moneyEditor')
  })
})

describe('a table a table set adds (the toy 14th table of test/shared/tables/toy-table.ts)', () => {
  it('gets its header groups and columns from its own spec', () => {
    expect(shape(headerTree(t14, 2026))).toEqual(['项目=label', ['2026年财政拨款', ['合计=total', '一般公共预算=gp', '政府性基金预算=gf', '国有资本经营预算=soe']]])
    const defs = buildColumnDefs(t14, 2026)
    expect(defs.length).toBe(2)
    expect(JSON.stringify(defs)).toContain('2026年财政拨款')
  })
})
