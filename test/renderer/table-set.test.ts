// @vitest-environment jsdom
// The renderer shows the document's TableSet: a second province's set (a retitled 表十, the toy
// 表十四 and the toy subject tree 表十五) loaded into the store appears in the sidebar, its
// tables in the pane and the grid, and each toolbar offers what its spec declares. Nothing in
// renderer/ names these tables. (The app has no way to open a book in another set yet: the
// main process reads and imports through the standard set, so this goes through the store.)
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { act, createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { Sidebar } from '../../renderer/panes/Sidebar'
import { TablePane } from '../../renderer/panes/TablePane'
import { loadBook, setView, useBook } from '../../renderer/store/book-store'
import { insertRow } from '../../renderer/commands'
import { activeGrid } from '../../renderer/grid/active'
import { useModal } from '../../renderer/dialogs/modal-store'
import { STANDARD_TABLES, withTables } from '../../shared/tables'
import type { TableId } from '../../shared/tables/ids'
import { PROVINCE_T10_TITLE, PROVINCE_TABLES } from '../shared/tables/province-set'
import { tTree } from '../shared/tables/toy-tree-table'
import { smallBook } from './fixtures'
import { ModuleRegistry } from 'ag-grid-community'
import { GRID_MODULES } from '../../renderer/grid/modules'

ModuleRegistry.registerModules(GRID_MODULES)

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const SET = withTables(PROVINCE_TABLES, tTree)

let root: Root
let host: HTMLElement
beforeEach(() => {
  host = document.body.appendChild(document.createElement('div'))
  root = createRoot(host)
})
afterEach(() => {
  act(() => root.unmount())
  host.remove()
  act(() => loadBook(smallBook(), { path: null, tables: STANDARD_TABLES }))
})

function show(element: Parameters<Root['render']>[0]): void {
  act(() => root.render(element))
}

const navLabels = (): string[] => [...host.querySelectorAll('[data-view]')].map((b) => `${b.getAttribute('data-view')}=${b.querySelector('.nav-label')?.textContent ?? ''}`)
const buttons = (): string[] => [...host.querySelectorAll('.table-toolbar button, .table-toolbar label')].map((b) => b.textContent!.trim())

describe('the renderer shows the document’s TableSet', () => {
  it('lists the set’s published tables in the sidebar, its own titles and added tables included', () => {
    act(() => loadBook(smallBook(), { path: null, tables: SET }))
    show(createElement(Sidebar))
    const labels = navLabels()
    expect(labels).toContain('t14=表十四  财政拨款项目支出汇总表')
    expect(labels).toContain('t15=表十五  一般公共预算基本支出功能分类表')
    expect(labels.filter((l) => /^t\d+=/.test(l)).map((l) => l.split('=')[0])).toEqual([...STANDARD_TABLES.published.map((t) => t.id), 't14', 't15'])
    expect(host.querySelector('[data-view="t10"]')!.getAttribute('title')).toBe(PROVINCE_T10_TITLE(2026))
    expect(labels).toContain('detail=支出明细（录入）')

    // Another book opened keeps the document's set; the standard set shows the 13 again.
    act(() => loadBook(smallBook(), { path: null }))
    expect(navLabels()).toContain('t14=表十四  财政拨款项目支出汇总表')
    act(() => loadBook(smallBook(), { path: null, tables: STANDARD_TABLES }))
    expect(navLabels().some((l) => l.startsWith('t14='))).toBe(false)
  })

  it('shows an added table’s title, toolbar and rows in the pane and the grid', async () => {
    act(() => loadBook(smallBook(), { path: null, tables: SET }))
    act(() => setView('t14'))
    show(createElement(TablePane, { table: 't14' as TableId }))
    expect(host.querySelector('h1.table-title')!.textContent).toBe('2026年财政拨款项目支出汇总表')
    expect(host.querySelector('.table-label')!.textContent).toBe('预算公开表14')
    expect(host.querySelector('.toolbar-hint')!.textContent).toBe('本表由表十二、表十三计算得出。')
    expect(buttons()).toEqual([]) // no rows to add, nothing it removes, no toggle
    // Rows drawn by AG Grid: the spec's rows, under its header.
    const drawn = [...host.querySelectorAll('[role="row"]')].map((r) => r.textContent!.trim())
    expect(drawn.slice(-3)).toEqual(['合计', '本年项目支出', '上年结转项目支出'])

    // An amount typed in 表十二 reaches 表十四's rows in the grid (copied as the clerk copies them).
    const project = useBook.getState().derivation.layouts.get('t12')!.find((r) => r.id.startsWith('p:'))!
    act(() => void useBook.getState().setAmounts([[project.cells.gp!.ref, 12_340_000n]], 'test'))
    act(() => activeGrid()!.selectAll())
    expect(activeGrid()!.copyText()).toBe('合计\t12.34\t12.34\t\t\r\n本年项目支出\t12.34\t12.34\t\t\r\n上年结转项目支出\t\t\t\t\r\n')
    expect(drawn.join(' ').split(/\s+/)).toEqual(expect.arrayContaining(['2026年财政拨款', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']))
  })

  it('offers on an added table what its spec declares (表十五: 添加科目, 删除行, 隐藏无金额的行); Insert opens its addition', () => {
    act(() => loadBook(smallBook(), { path: null, tables: SET }))
    act(() => setView('t15'))
    show(createElement(TablePane, { table: 't15' as TableId }))
    expect(buttons()).toEqual(['添加科目', '删除行', '隐藏无金额的行'])
    act(() => insertRow())
    expect(useModal.getState().modal).toEqual({ kind: 'subject' })
    act(() => useModal.setState({ modal: null }))
  })

  it('keeps the standard tables’ toolbars as they were (each declared on its spec now)', () => {
    act(() => loadBook(smallBook(), { path: null, tables: STANDARD_TABLES }))
    const offers: Record<string, string[]> = {}
    for (const t of STANDARD_TABLES.all) {
      act(() => setView(t.id))
      show(createElement(TablePane, { table: t.id }))
      offers[t.id] = buttons()
    }
    expect(offers).toEqual({
      t1: [], t2: ['添加科目', '删除行', '上年数对比'], t3: ['添加科目', '删除行', '上年数对比'], t4: [], t5: ['添加科目', '删除行'],
      t6: ['添加经济科目', '删除行', '上年数对比'], t7: ['添加收入科目', '删除行'], t8: ['添加科目', '删除行', '隐藏无金额的行'],
      t9: ['添加科目', '添加收入科目', '删除行', '隐藏无金额的行'], t10: ['上年数对比'], t11: ['上年数对比'],
      t12: ['添加项目', '删除行', '上年数对比'], t13: ['添加项目', '删除行'], detail: ['添加科目', '删除行'],
    })
  })
})
