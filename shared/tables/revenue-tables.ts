// 表七 (政府性基金收入) and 表九 (国有资本经营预算收支): revenue subject trees, and for 表九 the
// 国有资本经营 expenditure tree beside it.
import type { BudgetBook, RevenueLine } from '../model/book'
import { revenueSubject } from '../catalog/functions'
import { inputKey, textKey } from '../model/keys'
import type { TableDef } from './types'
import { pairBlocks } from './side-by-side'
import { cellId } from './cell-ids'
import { treeRows } from './tree-rows'
import { oneSourceLeaf } from './subject-tables'
import { comparisons, negatives } from '../checks/checks'

/** C4: 表七's revenue = 表八's expenditure (政府性基金, without carry-over). */
const govFundTotal = comparisons('gov-fund-total', [], (compare) => {
  compare('C4', 'gf', cellId('t7', 'total', 'amount'), '表七 政府性基金收入合计', cellId('t8', 'total', 'total'), '表八 政府性基金支出合计')
})
const negativeGovFund = negatives('negative-gov-fund-revenue', ['govFundRevenue'], (book, negative) => {
  negative('rev:t7', book.govFundRevenue.map((r) => ({ deps: [inputKey.govFundRevenue(r.code)], where: `表七 ${r.code} ${r.name}`, cells: [{ table: 't7', row: `s:${r.code}`, col: 'name' }] })))
})
/** C5: 表九's two blocks add up to the same total. */
const soeTotal = comparisons('soe-total', [], (compare) => {
  compare('C5', 'soe', cellId('t9', 'inc', 'incAmount'), '表九 收入合计', cellId('t9', 'total', 'total'), '表九 支出合计')
})
const negativeSoe = negatives('negative-soe-revenue', ['soeRevenue'], (book, negative) => {
  // A finding names the income block's row; the grid finds the row pairing it (side-by-side.ts).
  negative('rev:t9', book.soeRevenue.map((r) => ({ deps: [inputKey.soeRevenue(r.code)], where: `表九 ${r.code} ${r.name}`, cells: [{ table: 't9', row: `s:${r.code}`, col: 'incName' }] })))
})

function revenueNamer(book: BudgetBook, lines: readonly RevenueLine[]) {
  return (code: string): string =>
    lines.find((l) => l.code === code)?.name || book.subjectNames[code] || revenueSubject(code)?.name || code
}

export const t7: TableDef = {
  checks: [govFundTotal, negativeGovFund],
  id: 't7',
  reads: ['govFundRevenue', 'subjectNames', 'knownSubjects'],
  removes: { 's:': 'govFundRevenue' },
  short: '表七',
  ifEmpty: { cause: '政府性基金预算', explained: { what: '政府性基金预算收入', words: /政府性基金/ } },
  entry: { adds: [{ kind: 'revenue', which: 't7' }] },
  label: '预算公开表7',
  title: (y) => `${y}年政府性基金预算收入表（不含上年结转）`,
  read: { titles: [/^(部门|单位)?政府性基金(预算)?收入(预算)?表$/], place: [{ by: 'code', rows: 'rows' }] },
  columns: [
    { id: 'code', kind: 'code', width: 14, read: { also: ['编码'] } },
    { id: 'name', kind: 'text', width: 34, read: { also: ['名称'] } },
    { id: 'amount', kind: 'money', width: 20, read: { also: ['收入预算', '预算数', '金额', '收入'] } },
  ],
  headerRows: 2,
  header: [
    { text: '项目', row: 0, col: 0, colSpan: 2 },
    { text: '政府性基金收入预算', row: 0, col: 2, rowSpan: 2 },
    { text: '收入科目编码', row: 1, col: 0 },
    { text: '科目名称', row: 1, col: 1 },
  ],
  build: (book) =>
    treeRows(book, 't7', ['amount'], (code) => ({ ref: inputKey.govFundRevenue(code) }), {
      codes: book.govFundRevenue.map((l) => l.code),
      namer: revenueNamer(book, book.govFundRevenue),
      nameKey: (code) => textKey.revenueName('rev7', code),
    }),
}

export const t9: TableDef = {
  checks: [soeTotal, negativeSoe],
  id: 't9',
  reads: ['soeRevenue', 'subjects', 'subjectNames', 'knownSubjects'],
  removes: { left: { 's:': 'soeRevenue' }, right: { 's:': 'subject' } },
  short: '表九',
  ifEmpty: { cause: '国有资本经营预算', explained: { what: '国有资本经营预算', words: /国有资本经营/ } },
  entry: { adds: [{ kind: 'subject' }, { kind: 'revenue', which: 't9' }], hidesEmpty: true },
  label: '预算公开表9',
  title: (y) => `${y}年国有资本经营预算收支预算表（不含上年结转）`,
  read: {
    titles: [/^(部门|单位)?国有资本经营预算收支(预算)?表$/],
    place: [{ by: 'code', rows: 'expenditure', block: 1 }, { by: 'code', rows: 'income', block: 0, total: 'inc' }],
  },
  landscape: true,
  sideBySide: { left: ['incCode', 'incName', 'incAmount'], right: ['code', 'name', 'total', 'basic', 'project'] },
  columns: [
    { id: 'incCode', kind: 'code', width: 12, read: { also: ['编码'] } },
    { id: 'incName', kind: 'text', width: 24, read: { also: ['名称'] } },
    { id: 'incAmount', kind: 'money', width: 14, read: { also: ['收入预算', '预算数', '金额'], field: 'amount' } },
    { id: 'code', kind: 'code', width: 12, read: { also: ['编码'] } },
    { id: 'name', kind: 'text', width: 26, read: { also: ['名称'] } },
    { id: 'total', kind: 'money', width: 14 },
    { id: 'basic', kind: 'money', width: 14 },
    { id: 'project', kind: 'money', width: 14 },
  ],
  headerRows: 3,
  header: [
    { text: '国有资本经营预算收入', row: 0, col: 0, colSpan: 3 },
    { text: '国有资本经营预算支出', row: 0, col: 3, colSpan: 5 },
    { text: '项目', row: 1, col: 0, colSpan: 2 },
    { text: '国有资本经营收入预算', row: 1, col: 2, rowSpan: 2 },
    { text: '科目编码', row: 1, col: 3, rowSpan: 2 },
    { text: '科目名称', row: 1, col: 4, rowSpan: 2 },
    { text: '合计', row: 1, col: 5, rowSpan: 2 },
    { text: '基本支出', row: 1, col: 6, rowSpan: 2 },
    { text: '项目支出', row: 1, col: 7, rowSpan: 2 },
    { text: '收入科目编码', row: 2, col: 0 },
    { text: '科目名称', row: 2, col: 1 },
  ],
  build: (book) => {
    const income = treeRows(book, 't9', ['incAmount'], (code) => ({ ref: inputKey.soeRevenue(code) }), {
      codes: book.soeRevenue.map((l) => l.code),
      codeCol: 'incCode',
      nameCol: 'incName',
      totalId: 'inc',
      namer: revenueNamer(book, book.soeRevenue),
      nameKey: (code) => textKey.revenueName('rev9', code),
    })
    const expenditure = treeRows(book, 't9', ['total', 'basic', 'project'], oneSourceLeaf('t9', 'soe'))
    // The grid shows every book subject beside the income rows, so a clerk can type 国有资本经营
    // amounts for any of them; the export re-pairs the blocks after leaving out empty rows.
    return pairBlocks(income, expenditure)
  },
}
