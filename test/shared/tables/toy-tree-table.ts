// A subject tree a set adds (表十五: 一般公共预算 basic expenditure by subject), one spec: its printed
// rows are compared by code (read.place) and its rows delete subjects (removes), as 表五's do;
// the grid's toolbar offers 添加科目, 删除行 and 隐藏无金额的行 from its `entry`; nothing in
// shared/import, shared/edit or renderer/ names it.
import { inputKey } from '../../../shared/model/keys'
import { cellId } from '../../../shared/tables/cell-ids'
import { rowIdOfSubject, treeRows } from '../../../shared/tables/tree-rows'
import type { TableDef } from '../../../shared/tables/types'

export const tTree: TableDef = {
  id: 't15',
  reads: ['subjects', 'subjectNames', 'knownSubjects'],
  short: '表十五',
  label: '预算公开表15',
  title: (y) => `${y}年一般公共预算基本支出功能分类表`,
  read: { place: [{ by: 'code', rows: 'rows' }] },
  removes: { 's:': 'subject' },
  entry: { adds: [{ kind: 'subject' }], hidesEmpty: true, hint: '本表由表五的基本支出计算得出。' },
  columns: [{ id: 'code', kind: 'code', width: 12 }, { id: 'name', kind: 'text', width: 34 }, { id: 'basic', kind: 'money', width: 16 }],
  headerRows: 1,
  header: [{ text: '科目编码', row: 0, col: 0 }, { text: '科目名称', row: 0, col: 1 }, { text: '基本支出', row: 0, col: 2 }],
  build: (book) => treeRows(book, 't15', ['basic'], (code) => ({
    ref: cellId('t15', rowIdOfSubject(code), 'basic'), formula: { plus: [inputKey.subject(code, 'b', 'gp')], explain: '= 表五 基本支出' },
  })),
}
