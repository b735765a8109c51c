// 公开检查 of a 财政局's folder: `budget-tables inspect` over 100 workbooks (the three seeds
// with their published 情况说明 beside them, and random books exported), reading every file,
// checking tables, rules and texts, and writing the overview workbook.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inspectFolder, writeInspection } from '../../electron/cli/inspect'
import { exportWorkbook } from '../../electron/xlsx/export'
import { randomBook } from '../../test/shared/support/random-book'

const fixture = (name: string): string => fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url))

export async function benchInspect(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-inspect-'))
  const folder = join(dir, 'departments')
  await mkdir(folder)
  try {
    for (const s of ['000', '002', '004']) {
      await copyFile(fixture(`${s}.xlsx`), join(folder, `${s}.xlsx`))
      await copyFile(fixture(`texts/${s}-part3.txt`), join(folder, `${s}.txt`))
    }
    for (let i = 0; i < 97; i++) await writeFile(join(folder, `random-${i}.xlsx`), await exportWorkbook(randomBook(2000 + i)))
    const start = performance.now()
    const rows = await inspectFolder(folder)
    await writeInspection(join(dir, 'out.xlsx'), rows)
    const ms = performance.now() - start
    if (rows.length !== 100) throw new Error(`inspected ${rows.length} files, expected 100`)
    return { inspect_100_ms: ms }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
