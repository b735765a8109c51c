// 支出明细 (the entry sheet), 表二, 表三, 表五 and 表八: the tables laid out on the subject tree.
import { FISCAL_SOURCES, SOURCES, SOURCE_NAMES, type SourceId } from '../model/book'
import { inputKeysOf, PART_OFFSET, SOURCE_INDEX, type Part } from '../model/keys'
import type { TableId } from './ids'
import type { CellDef, ColumnDef, HeaderCell, TableDef } from './types'
import { cellId, inputCell } from './cell-ids'
import { leafRows, rowIdOfSubject, treeRows, type LeafCell } from './tree-rows'
import { sourceColumn } from './source-columns'
import { priorBySubject } from './prior-comparisons'
import { negativeSubjects, subjectCatalog } from './subject-checks'

const CODE: ColumnDef = { id: 'code', kind: 'code', width: 12, read: { also: ['编码'] } }
const NAME: ColumnDef = { id: 'name', kind: 'text', width: 34, read: { also: ['名称'] } }
const money = (id: string, width = 14): ColumnDef => ({ id, kind: 'money', width })

const input = inputCell

/** The app's entry sheet: every typed amount of every 项, by part and source. Not published. */
const detailCols = [
  ...SOURCES.map((s) => `b_${s}`),
  ...SOURCES.map((s) => `p_${s}`),
  ...FISCAL_SOURCES.map((s) => `c_${s}`),
]
/** Each column's input key among a subject's (`inputKeysOf.subject`: part offset + source). */
const DETAIL_KEY = detailCols.map((col) => {
  const [part, source] = col.split('_') as [Part, SourceId]
  return PART_OFFSET[part] + SOURCE_INDEX[source]
})

export const detail: TableDef = {
  checks: [negativeSubjects],
  id: 'detail',
  reads: ['subjects', 'subjectNames', 'knownSubjects'],
  removes: { 's:': 'subject' },
  short: '支出明细',
  entry: {
    adds: [{ kind: 'subject' }],
    hint: '财政专户管理资金、单位资金和上年结转在这里录入。',
    about: '按功能科目录入基本支出、项目支出和上年结转（含财政专户、单位资金）',
  },
  label: null,
  title: (y) => `${y}年支出明细（录入）`,
  internal: true,
  landscape: true,
  columns: [CODE, NAME, ...detailCols.map((c) => money(c, 12))],
  headerRows: 2,
  header: [
    { text: '科目编码', row: 0, col: 0, rowSpan: 2 },
    { text: '科目名称', row: 0, col: 1, rowSpan: 2 },
    { text: '基本支出', row: 0, col: 2, colSpan: 5 },
    { text: '项目支出', row: 0, col: 7, colSpan: 5 },
    { text: '上年结转', row: 0, col: 12, colSpan: 3 },
    ...[...SOURCES, ...SOURCES, ...FISCAL_SOURCES].map((s, i) => ({ text: SOURCE_NAMES[s], row: 1, col: 2 + i })),
  ],
  build: (book) =>
    treeRows(book, 'detail', detailCols, leafRows('detail', (code) => {
      const keys = inputKeysOf.subject(code)
      const cells: Partial<Record<string, CellDef>> = {}
      for (let k = 0; k < detailCols.length; k++) cells[detailCols[k]!] = input(keys[DETAIL_KEY[k]!]!)
      return cells
    })),
}


export const t2: TableDef = {
  checks: [subjectCatalog],
  id: 't2',
  reads: ['subjects', 'subjectNames', 'knownSubjects'],
  removes: { 's:': 'subject' },
  short: '表二',
  prior: priorBySubject,
  entry: { adds: [{ kind: 'subject' }], hint: '本表由支出明细计算得出；在表五、表八、表九或支出明细中录入金额。' },
  label: '预算公开表2',
  title: (y) => `${y}年预算收入总表`,
  read: { titles: [/^(部门|单位)?(预算)?收入总表$/], place: [{ by: 'code', rows: 'rows' }] },
  landscape: true,
  columns: [CODE, NAME, money('total'), ...SOURCES.map((s) => sourceColumn(s, 14)), { ...money('carry'), read: { first: true } }],
  headerRows: 2,
  header: [
    { text: '项目', row: 0, col: 0, colSpan: 2 },
    { text: '本年收入', row: 0, col: 2, colSpan: 6 },
    { text: '上年结转', row: 0, col: 8, rowSpan: 2 },
    { text: '科目编码', row: 1, col: 0 },
    { text: '科目名称', row: 1, col: 1 },
    { text: '合计', row: 1, col: 2 },
    { text: '一般公共预算', row: 1, col: 3 },
    { text: '政府性基金', row: 1, col: 4 },
    { text: '国有资本经营预算', row: 1, col: 5 },
    { text: '财政专户管理资金', row: 1, col: 6 },
    { text: '单位资金', row: 1, col: 7 },
  ],
  build: (book) =>
    treeRows(book, 't2', ['total', ...SOURCES, 'carry'], leafRows('t2', (code) => {
      const row = rowIdOfSubject(code)
      const keys = inputKeysOf.subject(code)
      const bySource = SOURCES.map((s): CellDef => ({
        ref: cellId('t2', row, s),
        formula: {
          plus: [keys[PART_OFFSET.b + SOURCE_INDEX[s]]!, keys[PART_OFFSET.p + SOURCE_INDEX[s]]!],
          explain: `= ${SOURCE_NAMES[s]}的基本支出 + 项目支出`,
        },
      }))
      const cells: Partial<Record<string, CellDef>> = {
        total: { ref: cellId('t2', row, 'total'), formula: { plus: bySource.map((c) => c.ref), explain: '= 本年收入各来源之和（不含上年结转）' } },
      }
      SOURCES.forEach((s, k) => (cells[s] = bySource[k]))
      cells.carry = {
        ref: cellId('t2', row, 'carry'),
        formula: { plus: FISCAL_SOURCES.map((s) => keys[PART_OFFSET.c + SOURCE_INDEX[s]]!), explain: '= 支出明细中本科目各财政拨款的上年结转之和' },
      }
      return cells
    })),
}

const expenditureHeader = (): HeaderCell[] => [
  { text: '项目', row: 0, col: 0, colSpan: 2 },
  { text: '{year}年预算数', row: 0, col: 2, colSpan: 3 },
  { text: '科目编码', row: 1, col: 0 },
  { text: '科目名称', row: 1, col: 1 },
  { text: '合计', row: 1, col: 2 },
  { text: '基本支出', row: 1, col: 3 },
  { text: '项目支出', row: 1, col: 4 },
]

const EXP_COLUMNS = [CODE, NAME, money('total', 16), money('basic', 16), money('project', 16)]

export const t3: TableDef = {
  id: 't3',
  reads: ['subjects', 'subjectNames', 'knownSubjects'],
  removes: { 's:': 'subject' },
  short: '表三',
  prior: priorBySubject,
  entry: { adds: [{ kind: 'subject' }], hint: '本表由支出明细计算得出。' },
  label: '预算公开表3',
  title: (y) => `${y}年预算支出总表`,
  read: { titles: [/^(部门|单位)?(预算)?支出总表$/], place: [{ by: 'code', rows: 'rows' }] },
  columns: EXP_COLUMNS,
  headerRows: 2,
  header: expenditureHeader(),
  build: (book) =>
    treeRows(book, 't3', ['total', 'basic', 'project'], leafRows('t3', (code) => {
      const row = rowIdOfSubject(code)
      const keys = inputKeysOf.subject(code)
      const key = (part: Part, s: SourceId): string => keys[PART_OFFSET[part] + SOURCE_INDEX[s]]!
      const basic: CellDef = { ref: cellId('t3', row, 'basic'), formula: { plus: SOURCES.map((s) => key('b', s)), explain: '= 各来源的基本支出之和' } }
      const project: CellDef = {
        ref: cellId('t3', row, 'project'),
        formula: { plus: [...SOURCES.map((s) => key('p', s)), ...FISCAL_SOURCES.map((s) => key('c', s))], explain: '= 各来源的项目支出 + 上年结转' },
      }
      return { total: { ref: cellId('t3', row, 'total'), formula: { plus: [basic.ref, project.ref], explain: '= 基本支出 + 项目支出' } }, basic, project }
    })),
}

/** A 项 row of one source's expenditure (表五, 表八, 表九's right block): its typed basic and project amounts and their total. */
export function oneSourceLeaf(table: TableId, source: SourceId): LeafCell {
  return leafRows(`${table}:${source}`, (code) => {
    const keys = inputKeysOf.subject(code)
    const basic = keys[PART_OFFSET.b + SOURCE_INDEX[source]]!
    const project = keys[PART_OFFSET.p + SOURCE_INDEX[source]]!
    return {
      total: { ref: cellId(table, rowIdOfSubject(code), 'total'), formula: { plus: [basic, project], explain: '= 基本支出 + 项目支出' } },
      basic: input(basic),
      project: input(project),
    }
  })
}

/** 表五 (一般公共预算), 表八 (政府性基金): 表三's layout restricted to one source's money of this year. */
function oneSourceTable(id: TableId, short: string, n: number, title: string, titles: RegExp, source: SourceId, more: Pick<TableDef, 'entry' | 'ifEmpty'>): TableDef {
  return {
    id,
    reads: ['subjects', 'subjectNames', 'knownSubjects'],
    removes: { 's:': 'subject' },
    short,
    ...more,
    label: `预算公开表${n}`,
    title: (y) => `${y}年${title}`,
    read: { titles: [titles], place: [{ by: 'code', rows: 'rows' }] },
    columns: EXP_COLUMNS,
    headerRows: 2,
    header: expenditureHeader(),
    build: (book) => treeRows(book, id, ['total', 'basic', 'project'], oneSourceLeaf(id, source)),
  }
}

export const t5 = oneSourceTable('t5', '表五', 5, '一般公共预算支出预算表（不含上年结转）', /^(部门|单位)?一般公共预算支出(预算)?表$/, 'gp', {
  entry: { adds: [{ kind: 'subject' }], hint: '录入一般公共预算的基本支出和项目支出。' },
  ifEmpty: { cause: '一般公共预算当年支出' },
})
export const t8 = oneSourceTable('t8', '表八', 8, '政府性基金预算支出表（不含上年结转）', /^(部门|单位)?政府性基金(预算)?支出(预算)?表$/, 'gf', {
  entry: { adds: [{ kind: 'subject' }], hidesEmpty: true, hint: '录入政府性基金预算的基本支出和项目支出。' },
  ifEmpty: { cause: '政府性基金预算', explained: { what: '政府性基金预算支出', words: /政府性基金/ } },
})

