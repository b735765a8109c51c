import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readCatalogFile } from '../../../electron/files/catalog-file'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'catalog-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function file(name: string, data: string | Uint8Array): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, data)
  return path
}

describe('readCatalogFile: .xlsx', () => {
  it('reads every sheet past title and header rows, with numeric codes', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('支出功能分类')
    ws.addRow(['2026年政府收支分类科目'])
    ws.mergeCells('A1:B1')
    ws.addRow(['科目编码', '科目名称'])
    ws.addRow([201, '一般公共服务支出'])
    ws.addRow([20101, '  人大事务'])
    ws.addRow([2010101, '行政运行'])
    ws.addRow([2010, '四位编码'])
    const more = wb.addWorksheet('续表')
    more.addRow(['科目编码', '科目名称'])
    more.addRow([2139988, '其他农业试点支出'])
    more.addRow([2010101, '重复的行'])
    const path = await file('目录.xlsx', Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer))
    const read = await readCatalogFile(path)
    expect(read.entries).toEqual([
      { code: '201', name: '一般公共服务支出' },
      { code: '20101', name: '人大事务' },
      { code: '2010101', name: '行政运行' },
      { code: '2139988', name: '其他农业试点支出' },
    ])
    expect(read.skipped).toEqual(['工作表“支出功能分类”第 6 行的编码“2010”不是 3、5 或 7 位的支出功能分类编码'])
  })

  it('refuses random bytes and a truncated workbook in Chinese', async () => {
    await expect(readCatalogFile(await file('乱码.xlsx', randomBytes(4096)))).rejects.toThrow('无法读取科目目录：文件已损坏或不是有效的 Excel 工作簿（.xlsx）')
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('目录').addRow([2010101, '行政运行'])
    const whole = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer)
    await expect(readCatalogFile(await file('半截.xlsx', whole.subarray(0, whole.length / 2)))).rejects.toThrow(/^无法读取科目目录：文件不完整/)
  })
})

describe('readCatalogFile: .csv and .txt', () => {
  it('reads UTF-8 with a BOM, quoted cells and a header', async () => {
    const path = await file('目录.csv', '\ufeff科目编码,科目名称\r\n201,一般公共服务支出\r\n"2010101","行政运行"\r\n\r\n')
    expect(await readCatalogFile(path)).toEqual({
      entries: [{ code: '201', name: '一般公共服务支出' }, { code: '2010101', name: '行政运行' }],
      skipped: [],
    })
  })

  it('reads a GBK file as Excel or WPS saves it', async () => {
    // 科目编码,科目名称 CRLF 2010101,行政运行 CRLF 2139988,"其他农业试点支出" CRLF, in GBK.
    const gbk = Uint8Array.from([
      0xbf, 0xc6, 0xc4, 0xbf, 0xb1, 0xe0, 0xc2, 0xeb, 0x2c, 0xbf, 0xc6, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6, 0x0d, 0x0a,
      0x32, 0x30, 0x31, 0x30, 0x31, 0x30, 0x31, 0x2c, 0xd0, 0xd0, 0xd5, 0xfe, 0xd4, 0xcb, 0xd0, 0xd0, 0x0d, 0x0a,
      0x32, 0x31, 0x33, 0x39, 0x39, 0x38, 0x38, 0x2c, 0x22, 0xc6, 0xe4, 0xcb, 0xfb, 0xc5, 0xa9, 0xd2, 0xb5, 0xca, 0xd4,
      0xb5, 0xe3, 0xd6, 0xa7, 0xb3, 0xf6, 0x22, 0x0d, 0x0a,
    ])
    const read = await readCatalogFile(await file('目录.csv', gbk))
    expect(read.entries).toEqual([{ code: '2010101', name: '行政运行' }, { code: '2139988', name: '其他农业试点支出' }])
  })

  it('reads tab-separated text', async () => {
    const read = await readCatalogFile(await file('目录.txt', '2010101\t行政运行\n2010102\t一般行政管理事务\n'))
    expect(read.entries.map((e) => e.code)).toEqual(['2010101', '2010102'])
  })

  it('refuses random bytes, a file without any subject, and other kinds of file', async () => {
    await expect(readCatalogFile(await file('乱码.csv', randomBytes(4096)))).rejects.toThrow('无法读取科目目录：文件不是文本格式的 CSV')
    await expect(readCatalogFile(await file('名单.csv', '姓名,电话\n张三,123\n')))
      .rejects.toThrow('无法读取科目目录：“名单.csv”中没有找到支出功能分类科目（每行应为科目编码和科目名称，例如“2010101,行政运行”）')
    await expect(readCatalogFile(await file('经济.csv', '30101,基本工资\n')))
      .rejects.toThrow('没有找到支出功能分类科目（每行应为科目编码和科目名称，例如“2010101,行政运行”）；第 1 行的编码“30101”不是 3、5 或 7 位的支出功能分类编码')
    await expect(readCatalogFile(await file('旧.xls', 'x'))).rejects.toThrow('无法读取科目目录：这是旧格式的工作簿（.xls），请先在 Excel 或 WPS 中另存为 .xlsx 或 .csv')
    await expect(readCatalogFile(await file('目录.pdf', 'x'))).rejects.toThrow('无法读取科目目录：不支持“.pdf”类型的文件')
  })

  it('leaves a missing file to the caller as the file system error', async () => {
    await expect(readCatalogFile(join(dir, '没有.csv'))).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
