// A workbook nobody had used before (clerk9, made by test/fixtures/clerk9/make-clerk9.mjs from seed
// 000 the way real files differ): three units, 表三/表六/表十二 in 元 with text amounts, sheets named
// "附表1 收支总表" …, title rows, tables starting in column B, 注 rows, and three planted misprints.
// Read as a clerk opens it: the misprints are named and kept out of the book, what was not read is said.
import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { readWorkbookFile } from '../../../electron/xlsx/read-any'
import { fixturePath } from '../../support/fixtures'

describe('clerk9.xlsx, a workbook of an unseen shape', async () => {
  const read = await readWorkbookFile(await readFile(fixturePath('clerk9/clerk9.xlsx')), 'clerk9.xlsx')
  const { book, report } = read
  const mismatches = report!.differences.filter((d) => d.kind === 'mismatch').map((d) => `${d.table} ${d.row} ${d.column} ${d.printed}→${d.computed}${d.unit ?? ''}`)
  const notes = report!.notes.map((n) => n.message)

  it('finds the department, its year and its three units with their types', () => {
    expect([book.department, book.year, book.amountUnit]).toEqual(['孝义市市政园林管理局', 2026, '万元'])
    expect(book.units.map((u) => [u.name, u.type])).toEqual([['孝义市市政园林管理局（本级）', '行政'], ['孝义市园林绿化服务中心', '事业'], ['孝义市市政设施维护中心', '事业']])
    expect(book.projects).toHaveLength(82)
  })

  it('names each planted misprint where it is printed, and keeps it out of the book', () => {
    expect(mismatches).toContain('t1 一般公共预算 2026年 18530.45→18530.55')
    expect(mismatches).toContain('t3 2120199 其他城乡社区管理事务支出 基本支出 30563900.00→30653900.00元')
    expect(mismatches).toContain('t12 园林绿化管护费 合计 4765600.00→4756600.00元')
    expect(book.subjects.find((s) => s.code === '2120199')!.basic).toEqual({ gp: '3065.39' })
    expect(book.projects.filter((p) => p.name === '园林绿化管护费').map((p) => p.amounts)).toEqual([{ gp: '475.66' }])
  })

  it('says which tables were in 元, which 注 were not read, and which unit row does not add up', () => {
    for (const t of ['表三', '表六', '表十二']) expect(notes).toContain(`${t}以元为单位，金额已换算为万元`)
    expect(notes).toContain('表七下的注未读入（“注：本部门无国有资本经营预算收入”）；导出的表格不带注，需要时请写入情况说明')
    expect(notes.some((n) => n.startsWith('表十下的注未读入（“注：本部门2026年无因公出国（境）费和公务接待费预算'))).toBe(true)
    expect(notes).toContain('表十二的单位行金额与其下项目之和对不上（“孝义市园林绿化服务中心”一行印 2,173.87 万元，其下各项目相加 2,174.77 万元），已按名称区分单位行和项目行')
  })
})
