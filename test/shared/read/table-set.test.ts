// Reading through a table set other than the standard 13: a second province's set (表十 under
// another title, 表十一 printing 公共财政预算 over its 一般公共预算 column, plus the toy 表十四) finds
// its tables by its own titles and tells its header rows from data by its own header words. The
// same file read through the standard set says in Chinese what it could not find, not nothing.
import { describe, expect, it } from 'vitest'
import { bookFromPublished } from '../../../shared/import/from-published'
import { classifyHeaderRow, headerVocabulary } from '../../../shared/read/columns'
import { matchTitle } from '../../../shared/read/titles'
import { STANDARD_TABLES, type TableSet } from '../../../shared/tables'
import { exportWorkbook } from '../../../electron/xlsx/export'
import { loadWorkbookGrid, parseWorkbookGrid } from '../../../electron/xlsx/read-published'
import { seedDisclosure } from '../../support/fixtures'
import { PROVINCE_GP_HEADER, PROVINCE_T10_TITLE, PROVINCE_TABLES } from '../tables/province-set'

const book = bookFromPublished(seedDisclosure('000'), '000.json').book
const exported = async (set: TableSet) => loadWorkbookGrid(await exportWorkbook(book, { tables: set }), `${set === STANDARD_TABLES ? 'standard' : 'province'}.xlsx`)

describe('titles and header words come from the set read through', () => {
  it('matches each standard table by its own spec title, and a set\'s renamed title only through that set', () => {
    for (const def of STANDARD_TABLES.published) expect(matchTitle(def.title(2026), STANDARD_TABLES)?.id).toBe(def.id)
    expect(matchTitle(PROVINCE_T10_TITLE(2026), PROVINCE_TABLES)).toEqual({ id: 't10', year: 2026, continued: false })
    expect(matchTitle(PROVINCE_T10_TITLE(2026), STANDARD_TABLES)).toBeNull()
    // The renamed set keeps the titles its 表十 spec declares.
    expect(matchTitle('2026年财政拨款安排"三公"经费支出预算表', PROVINCE_TABLES)?.id).toBe('t10')
    expect(matchTitle('2026年财政拨款项目支出汇总表', PROVINCE_TABLES)?.id).toBe('t14')
  })

  it('takes a header row printing the set\'s own header word for a header only in that set', () => {
    const row = [null, '合计', PROVINCE_GP_HEADER, '政府性基金预算', '国有资本经营预算']
    expect(classifyHeaderRow(row, headerVocabulary(PROVINCE_TABLES))).toBe('header')
    expect(classifyHeaderRow(row, headerVocabulary(STANDARD_TABLES))).toBeNull()
  })
})

describe('a second province\'s workbook', () => {
  it('exported through its set prints its own title and header', async () => {
    const grid = await exported(PROVINCE_TABLES)
    const texts = (sheet: string) => grid.sheets.find((s) => s.name === sheet)!.rows.flat()
    expect(texts('表十')).toContain(PROVINCE_T10_TITLE(book.year))
    expect(texts('表十一')).toContain(PROVINCE_GP_HEADER)
    expect(texts('表十一')).not.toContain('一般公共预算')
  })

  it('read back through the same set reads what the standard set reads from its own export, plus 表十四', async () => {
    const province = parseWorkbookGrid(await exported(PROVINCE_TABLES), PROVINCE_TABLES)
    const standard = parseWorkbookGrid(await exported(STANDARD_TABLES), STANDARD_TABLES)
    expect(province.found).toEqual({ ...standard.found, t14: true })
    expect(Object.values(province.found).every(Boolean)).toBe(true)
    expect(province.tables).toEqual(standard.tables)
    expect(province.notes!.filter((n) => n.table !== 't14')).toEqual(standard.notes)
    expect(province.notes!.filter((n) => /表头无法识别|没有表|按空表/.test(n.message))).toEqual([])
    expect(province.extra!.map((t) => [t.id, t.rows.map((r) => r.label)])).toEqual([['t14', ['合计', '本年项目支出', '上年结转项目支出']]])
  })

  it('read through the standard set says what it could not read, in Chinese', async () => {
    const read = parseWorkbookGrid(await exported(PROVINCE_TABLES), STANDARD_TABLES)
    expect(read.found.t10).toBe(false)
    expect(read.extra).toBeUndefined()
    const said = read.notes!.filter((n) => !n.message.includes('是公式')).map((n) => n.message)
    expect(said).toContain('工作簿中没有表十，按空表读取')
    expect(said).toContain('表十一的表头无法识别，已按标准列顺序读取')
    // The figures it did read are the printed ones (表十一 by the standard column order), none made up.
    expect(read.tables.t11).toEqual(parseWorkbookGrid(await exported(STANDARD_TABLES), STANDARD_TABLES).tables.t11)
  })
})
