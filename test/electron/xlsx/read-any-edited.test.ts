// An exported workbook whose tables a reviewer edited in Excel/WPS (clerk7 finding 4): the edited
// figures come from the tables, everything the tables do not carry — 公开文本 texts, 上年数, the
// 元 amounts, unit types, 项目绩效, the catalog — from the embedded book, and the report names the
// edit. Real files throughout: the app's own writer, exceljs for the edit, the app's reader, the CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type ExcelJS from 'exceljs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readWorkbookFile } from '../../../electron/xlsx/read-any'
import { BOOK_SHEET } from '../../../shared/workbook/book-sheet'
import { cloneJson } from '../../../shared/util/clone'
import { validateBook } from '../../../shared/model/validate'
import { clerkBook, edited, rowOf } from '../support/edited-workbook'
import { spawnCli } from '../../support/cli'

const messages = (read: Awaited<ReturnType<typeof readWorkbookFile>>): string[] => read.report!.notes.map((n) => n.message)

describe('an exported workbook edited outside the app', () => {
  it('takes the one edited figure from the table and keeps everything else of the embedded book exactly', async () => {
    const book = clerkBook()
    let address = ''
    const data = await edited(book, (wb) => {
      const row = rowOf(wb, '表五', '2080501')
      const cell = row.getCell('D') // 行政单位离退休 基本支出 35.20 → 40
      address = cell.address
      cell.value = 40
      // As WPS saves it: the row's 合计 formula recomputed.
      const total = row.getCell('C')
      total.value = { formula: (total.value as ExcelJS.CellFormulaValue).formula, result: 40 }
    })
    const read = await readWorkbookFile(data, '公开表-改过.xlsx')
    const expected = cloneJson(book)
    expected.subjects.find((s) => s.code === '2080501')!.basic.gp = '400000'
    // 元 amounts (2,684,250.37 prints 268.43), texts, 上年数, types, 绩效, catalog: all as embedded.
    expect(read.book).toEqual(expected)
    const notes = messages(read)
    expect(notes[0]).toBe('工作簿中的表格在本软件之外被修改过：改动的 1 处已按表格读入（见下），其余内容都取自工作簿中保存的导出时的预算数据，没有丢失')
    expect(notes).toContain(`与导出时不同：表五!${address}（2080501 行政单位离退休 | 2026年预算数·基本支出）35.20 → 40.00`)
    expect(read.report!.notes.find((n) => n.cell === `表五!${address}`)).toBeDefined()
    expect(notes).toContain('已按表格读入：2080501 行政单位离退休 基本支出 一般公共预算：352,000.00 → 400,000.00 元')
    expect(notes).toContain('保留（取自工作簿中保存的预算数据）：公开文本中录入的内容（本部门职责、机构设置、增减原因、国有资产、政府购买服务目录）；'
      + '上年数（11 项，2025 年）；以元录入的金额（表格中未改动的数字保持原来的元数，分毫不差）；项目绩效目标（1 个项目）；项目所属功能科目；'
      + '单位类型（行政、参公、事业）；已导入的科目目录（1 个科目）')
    expect(notes.filter((n) => n.startsWith('与导出时不同'))).toHaveLength(1)
    expect(notes).toContain('另有 1 个合计等公式单元格由表格软件随改动重新计算，与导出时不同；这些数不读入，由本软件按明细重新计算')
    expect(notes.some((n) => n.startsWith('未能保留'))).toBe(false)
    expect(notes.some((n) => n.includes('推定'))).toBe(false)
    // The tables the reviewer did not touch still print 35.20: the report says where they now
    // disagree, as figures that only follow the edit (clerk8 #5), not as tables printed wrong.
    const differences = read.report!.differences.map((d) => `${d.kind} ${d.table} ${d.printed} ${d.computed}`)
    expect(differences).toContain('follows t3 35.20 40.00')
    expect(differences.filter((d) => !d.startsWith('follows'))).toEqual([])
  })

  it('keeps the book as embedded when only a computed figure (a 合计) was typed over, and says it was not read', async () => {
    const book = clerkBook()
    const data = await edited(book, (wb) => { rowOf(wb, '表五', '20805').getCell('C').value = 999 })
    const read = await readWorkbookFile(data, 'x.xlsx')
    expect(read.book).toEqual(book)
    const notes = messages(read)
    expect(notes[0]).toMatch(/改动的不是录入数.*未读入/)
    // The opened book prints the 合计 of its details again, and the report says so at the cell.
    expect(notes.filter((n) => n.startsWith('与导出时不同'))).toEqual([expect.stringMatching(/^与导出时不同：表五!C\d+（20805 行政事业单位养老支出 \| 2026年预算数·合计）399\.7\d → 999\.00；打开后此格印为 399\.7\d$/)])
    expect(notes).toContain('“打开后此格印为”与改后的数不同的，是合计等由明细算出的数（本软件不按它读入，按明细重新计算），或以元录入的金额经舍位平衡印出的数')
    // The typed-over 合计 is where the tables now go wrong: 印刷有误 (its 类 above still prints as exported: 随之不同).
    const kinds = read.report!.differences.map((d) => `${d.kind} ${d.table} ${d.row} ${d.printed}`)
    expect(kinds).toContainEqual(expect.stringMatching(/^mismatch t5 20805 行政事业单位养老支出 999\.00$/))
    expect(kinds.filter((k) => k.startsWith('mismatch'))).toHaveLength(1)
  })

  it('with a renamed row takes the rows from the tables and still keeps texts, 元 amounts and the 上年数 of rows it can match', async () => {
    const book = clerkBook()
    const data = await edited(book, (wb) => { rowOf(wb, '表十二', '城市照明及公益事业电费').getCell(1).value = '城市路灯电费' })
    const read = await readWorkbookFile(data, 'x.xlsx')
    const got = read.book
    expect(validateBook(cloneJson(got)).ok).toBe(true)
    expect(got.amountUnit).toBe('元')
    expect(got.disclosure).toEqual(book.disclosure)
    expect(got.knownSubjects).toMatchObject(book.knownSubjects!)
    expect(got.units.map((u) => u.type)).toEqual(['行政', '参公'])
    expect(got.subjects.find((s) => s.code === '2080505')!.basic.gp).toBe('2684250.37')
    expect(got.threePublic.reception).toEqual({ gp: '80050' })
    const renamed = got.projects.find((p) => p.name === '城市路灯电费')!
    expect(renamed.amounts).toEqual({ gp: '8500000' })
    const kept = got.projects.find((p) => p.name === '城市管理执法专项经费')!
    expect(kept.perf).toEqual({ category: '其他运转类', published: true })
    expect(kept.subject).toBe('2120199')
    expect(got.prior!.figures[`prj:${kept.id}`]).toBe('1400000.5')
    expect(got.prior!.figures[`prj:${renamed.id}`]).toBeUndefined()
    const u2 = got.units.find((u) => u.name === '孝义市环境卫生服务中心')!
    expect(got.prior!.figures[`prjUnit:${u2.id}`]).toBe('2000000')
    expect(got.prior!.figures.gp).toBe('60000000.5')
    const notes = messages(read)
    expect(notes[0]).toMatch(/增删或改名了行：各表的数字按表格读入（未改动的数字保持原来的金额）/)
    expect(notes).toContain('与导出时不同：表十二!A10（项目名称）城市照明及公益事业电费 → 城市路灯电费')
    // How the reader split sources is no news here: the split is the embedded book's wherever the tables did not change.
    expect(notes.some((n) => n.includes('推定'))).toBe(false)
    expect(notes).toContain('未能保留：1 项上年数（表格中已删去或改名的行的上年数）')
  })

  it('when the tables as exported cannot be rebuilt, reads every figure in 万元 and says the 元 amounts were not kept', async () => {
    const book = clerkBook()
    const data = await edited(book, (wb) => {
      rowOf(wb, '表五', '2080501').getCell('D').value = 40
      // An embedded book that no longer prints what was exported (as if written by another version).
      const cell = wb.getWorksheet(BOOK_SHEET)!.getCell('A3')
      cell.value = String(cell.value).replace('"department":"孝义市城市管理局"', '"department":"孝义市城市管理局（旧）"')
    })
    const read = await readWorkbookFile(data, 'x.xlsx')
    expect(validateBook(cloneJson(read.book)).ok).toBe(true)
    expect(read.book.amountUnit).toBe('万元')
    expect(read.book.department).toBe('孝义市城市管理局')
    expect(read.book.subjects.find((s) => s.code === '2080501')!.basic.gp).toBe('40')
    expect(read.book.disclosure).toEqual(book.disclosure)
    expect(read.book.prior!.figures['prj:p1']).toBe('140.00005')
    const notes = messages(read)
    expect(notes[0]).toMatch(/无法确认导出时表格的原样/)
    expect(notes).toContain('未能保留：以元录入的金额：无法确认哪些数字未改，已按表格中印出的万元数读入（精确到 0.01 万元），预算书改为以万元录入')
  })
})

describe('the CLI reads an edited workbook the same way', () => {
  let dir: string
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'edited-')) })
  afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

  it('check names the edit, and export carries the texts, 上年数 and 元 amounts into the new workbook', async () => {
    const book = clerkBook()
    await writeFile(join(dir, '改过.xlsx'), await edited(book, (wb) => { rowOf(wb, '表五', '2080501').getCell('D').value = 40 }))
    const check = await spawnCli(['check', '改过.xlsx'], dir)
    expect(check.stdout).toContain('金额单位：元')
    expect(check.stdout).toMatch(/\[警告\] 与导出时不同：表五!D\d+（2080501 行政单位离退休 \| 2026年预算数·基本支出）35\.20 → 40\.00/)
    expect(check.stdout).toContain('[警告] 已按表格读入：2080501 行政单位离退休 基本支出 一般公共预算：352,000.00 → 400,000.00 元')
    // The figures the edit left as exported only follow it: no table is said to be printed wrong.
    expect(check.stdout).toMatch(/读取时发现印刷数与计算数不符：\d+ 处（单位：万元），都只是随之不同（本身没有印错，差异来自别处）/)
    expect(check.stdout).not.toContain('[印刷有误]')
    const exported = await spawnCli(['export', '改过.xlsx', '新.xlsx'], dir)
    expect(exported.code).toBe(0)
    const { readFile } = await import('node:fs/promises')
    const again = await readWorkbookFile(await readFile(join(dir, '新.xlsx')), '新.xlsx')
    expect(again.report).toBeNull()
    expect(again.book.disclosure).toEqual(book.disclosure)
    expect(again.book.prior).toEqual(book.prior)
    expect(again.book.subjects.find((s) => s.code === '2080505')!.basic.gp).toBe('2684250.37')
    expect(again.book.subjects.find((s) => s.code === '2080501')!.basic.gp).toBe('400000')
  })
})
