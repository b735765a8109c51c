// A toy table of two independent blocks side by side, for the tests of the one side-by-side
// mechanism (test/shared/tables/side-by-side.test.ts, test/renderer/findings.test.ts).
import type { RowDef, TableDef } from '../../../shared/tables/types'
import { cellId } from '../../../shared/tables/cell-ids'
import { inputKey } from '../../../shared/model/keys'
import { pairBlocks } from '../../../shared/tables/side-by-side'

// On the left 表十二's project totals by source (after a line that is always empty), on the
// right 表十一's units. Nothing outside its spec says it is side by side.
export const toy: TableDef = {
  id: 'tSide',
  reads: ['units'],
  short: '表十五',
  label: null,
  title: (y) => `${y}年对照表`,
  columns: [
    { id: 'lName', kind: 'text', width: 20 },
    { id: 'lAmount', kind: 'money', width: 14 },
    { id: 'rName', kind: 'text', width: 20 },
    { id: 'rAmount', kind: 'money', width: 14 },
  ],
  headerRows: 1,
  header: [
    { text: '来源', row: 0, col: 0 },
    { text: '项目支出', row: 0, col: 1 },
    { text: '单位', row: 0, col: 2 },
    { text: '机关运行经费', row: 0, col: 3 },
  ],
  sideBySide: { left: ['lName', 'lAmount'], right: ['rName', 'rAmount'] },
  build: (book) => {
    // A line that is always empty comes first, so printing moves the lines below it up.
    const none: RowDef = { id: 'none', kind: 'item', text: { lName: '无' }, cells: { lAmount: { ref: cellId('tSide', 'none', 'lAmount'), formula: { plus: [], explain: '= 0' } } } }
    const left: RowDef[] = [none, ...(['gp', 'gf', 'soe'] as const).map((s): RowDef => ({
      id: `s:${s}`, kind: 'item', text: { lName: s }, cells: { lAmount: { ref: cellId('tSide', `s:${s}`, 'lAmount'), formula: { plus: [cellId('t12', 'dept', s)], explain: '= 表十二' } } },
    }))]
    const right: RowDef[] = book.units.map((u) => ({
      id: `u:${u.id}`, kind: 'unit', text: { rName: u.name }, cells: { rAmount: { ref: inputKey.runningCost(u.id, 'gp') } },
    }))
    return pairBlocks(left, right)
  },
}

