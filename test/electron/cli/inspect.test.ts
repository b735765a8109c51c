// `budget-tables inspect` over a folder of 100 workbooks (the three seeds with their texts
// beside them, and random books exported): its summary sheet's counts equal what `check --json`
// reports for each file; `check --text --json` carries rules and textFindings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { exportWorkbook } from '../../../electron/xlsx/export'
import { inspectText } from '../../../electron/cli/inspect'
import { randomBook } from '../../shared/support/random-book'
import { fixturePath, SEEDS } from '../../support/fixtures'
import { runCli, spawnCli } from '../../support/cli'

// The folder's random books beside the five seed files: 95, so 100 files; test:fast sets
// fewer (vitest.fast.config.ts), every check below still made on each file.
const RANDOM_BOOKS = Number(process.env.INSPECT_RANDOM_BOOKS ?? 95)
const FILES = RANDOM_BOOKS + 5

let dir: string
const folder = (): string => join(dir, 'departments')

/** The program in this process (test/support/cli.ts); the real bin runs `inspect` and `check --text` once each. */
async function cli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const r = await runCli(args)
  return { code: r.code, out: r.stdout, err: r.stderr }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inspect-'))
  const { mkdir } = await import('node:fs/promises')
  await mkdir(folder())
  for (const s of SEEDS) {
    await copyFile(fixturePath(`${s}.xlsx`), join(folder(), `${s}.xlsx`))
    await copyFile(fixturePath(`texts/${s}-part3.txt`), join(folder(), `${s}.txt`))
  }
  // Seed 000 once more with its Word copy beside it, and once with the PDF.
  await copyFile(fixturePath('000.xlsx'), join(folder(), '000-word.xlsx'))
  await copyFile(fixturePath('texts/000-part3.docx'), join(folder(), '000-word.docx'))
  await copyFile(fixturePath('000.xlsx'), join(folder(), '000-pdf.xlsx'))
  await copyFile(fixturePath('texts/000-part3.pdf'), join(folder(), '000-pdf.pdf'))
  for (let i = 0; i < RANDOM_BOOKS; i++) await writeFile(join(folder(), `random-${String(i).padStart(2, '0')}.xlsx`), await exportWorkbook(randomBook(1000 + i)))
}, 240_000)

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function sheetRows(path: string, name: string): Promise<(string | number | null)[][]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer)
  const ws = wb.getWorksheet(name)!
  const rows: (string | number | null)[][] = []
  ws.eachRow((row) => {
    const values = (row.values as (string | number | null | undefined)[]).slice(1)
    while (values.length < ws.columnCount) values.push(null)
    rows.push(Array.from(values, (v) => v ?? null))
  })
  return rows
}

describe('inspect <folder> <out.xlsx>', () => {
  it(`checks ${FILES} workbooks; each summary row equals that file's check --json counts`, async () => {
    const out = join(dir, '检查结果.xlsx')
    const r = await cli(['inspect', folder(), out])
    expect(r.err).toBe('')
    expect(r.out).toMatch(new RegExp(`已检查 ${FILES} 个文件`))
    const [header, ...rows] = await sheetRows(out, '汇总')
    expect(header).toEqual(['文件', '部门', '年度', '勾稽错误', '勾稽警告', '公开检查错误', '公开检查警告', '表文不一致', '无法核对的数字', '情况说明文件', '无法读取的原因'])
    expect(rows).toHaveLength(FILES)
    let withText = 0
    for (const row of rows) {
      const file = String(row[0])
      const textFile = String(row[9])
      const args = ['check', join(folder(), file), '--json', ...(textFile !== '（无）' ? ['--text', join(folder(), textFile)] : [])]
      const check = await cli(args)
      const json = JSON.parse(check.out)
      const count = (xs: { severity: string }[], s: string): number => xs.filter((x) => x.severity === s).length
      expect(row.slice(3, 9), file).toEqual([
        count(json.checks, 'error'),
        count(json.checks, 'warning'),
        count(json.rules, 'error'),
        count(json.rules, 'warning'),
        json.textSummary?.differs ?? null,
        json.textSummary?.unplaced ?? null,
      ].map((v) => (v === null ? null : v)))
      if (json.textSummary) withText++
    }
    expect(withText).toBe(5)
    // The findings sheet lists every rule finding and check of every file.
    const [fh, ...findings] = await sheetRows(out, '全部问题')
    expect(fh).toEqual(['文件', '部门', '类别', '编号', '严重程度', '说明', '位置'])
    const p15 = findings.filter((f) => f[0] === '000.xlsx' && f[3] === 'P15')
    expect(p15).toHaveLength(17)
    expect(p15.some((f) => String(f[5]).includes('4158.61万元') && String(f[5]).includes('4,158.62'))).toBe(true)
  }, 300_000)
})

describe('inspect with a file it cannot read', () => {
  it('gives that file a row with the reason and goes on with the others', async () => {
    const small = join(dir, 'small')
    const { mkdir } = await import('node:fs/promises')
    await mkdir(small)
    await copyFile(fixturePath('004.xlsx'), join(small, '004.xlsx'))
    await writeFile(join(small, '坏文件.xlsx'), 'PK not really a zip')
    const out = join(dir, 'small.xlsx')
    const r = await spawnCli(['inspect', small, out])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const [, ...rows] = await sheetRows(out, '汇总')
    expect(rows.map((x) => x[0])).toEqual(['004.xlsx', '坏文件.xlsx'])
    expect(rows[0]![10]).toBeNull()
    expect(String(rows[1]![10])).toMatch(/[\u4e00-\u9fff]/)
  })
})

describe('check --text', () => {
  it('adds rules and textFindings to the JSON, as the CLI binary prints them', async () => {
    const r = await spawnCli(['check', fixturePath('000.xlsx'), '--text', fixturePath('texts/000-part3.docx'), '--json'])
    expect(r.code).toBe(1) // P15 findings are errors
    const json = JSON.parse(r.stdout)
    expect(json.rules.map((x: { id: string }) => x.id)).toContain('P15')
    const differs = json.textFindings.filter((f: { kind: string }) => f.kind === 'differs')
    expect(differs[7]).toMatchObject({ text: '4158.61万元', table: 't3', row: 'total', column: 'basic', expected: '4,158.62', kind: 'differs' })
    expect(json.textFindings.every((f: { kind: string }) => f.kind === 'differs' || f.kind === 'unplaced')).toBe(true)
  }, 60_000)

  it('names the attached tables it leaves unchecked by their first line, and not those holding no figure (clerk9 #10)', () => {
    const out = {
      rules: [], textSummary: { file: 'x.docx', figures: 3, matched: 3, differs: 0, unplaced: 0, skippedForms: 2 }, textFindings: [],
      textSkipped: [{ from: 3, to: 3, title: '单位名称：某局\t单位：万元', figures: 0 }, { from: 9, to: 14, title: '项目支出绩效目标表\t', figures: 12 }],
    } as unknown as Parameters<typeof inspectText>[0]
    expect(inspectText(out)).toContain('  所附 1 处表格（“项目支出绩效目标表”，共 12 个数字）不在核对范围内（见 --json 的 textSkipped）')
    expect(inspectText({ ...out, textSkipped: [out.textSkipped![0]!] })).not.toContain('所附')
  })

  it('says in Chinese when the text cannot be read or --text has no path', async () => {
    const missing = await cli(['check', fixturePath('000.xlsx'), '--text', join(dir, 'nope.docx')])
    expect(missing.code).toBe(2)
    expect(missing.err).toMatch(/无法读取|不存在|找不到/)
    const bare = await cli(['check', fixturePath('000.xlsx'), '--text'])
    expect(bare.code).toBe(2)
    expect(bare.err).toMatch(/--text 后面应写说明文件/)
  })
})
