// `template`: the fill-in workbook (填报表) of a book, for one unit or for the whole book.
import type { BudgetBook } from '../../shared/model/book'
import { exportTemplate } from '../files/documents'
import { CliError, outputKind, readInput } from './io'

export interface TemplateArgs {
  input: string
  output: string
  unit?: string
  keepAmounts: boolean
}

/** The unit named `name` (or with that id); a clear message listing the book's units otherwise. */
function findUnit(book: BudgetBook, name: string): string {
  const unit = book.units.find((u) => u.name === name) ?? book.units.find((u) => u.id === name)
  if (!unit) throw new CliError(`预算书中没有单位“${name}”。可选的单位：${book.units.map((u) => u.name).join('、') || '（无）'}`)
  return unit.id
}

export async function writeTemplateFile(path: string, book: BudgetBook, unitId: string | null, keepAmounts: boolean): Promise<void> {
  try {
    await exportTemplate(path, book, unitId, keepAmounts)
  } catch (error) {
    throw new CliError(`写入失败（${path}）：${error instanceof Error ? error.message : String(error)}`)
  }
}

export async function templateCommand(args: TemplateArgs): Promise<string> {
  outputKind(args.output, ['xlsx'])
  const { book } = await readInput(args.input)
  const unitId = args.unit === undefined ? null : findUnit(book, args.unit)
  await writeTemplateFile(args.output, book, unitId, args.keepAmounts)
  const who = unitId === null ? `${book.department}（全部单位）` : args.unit!
  return `已生成 ${book.year} 年填报表：${who} → ${args.output}\n`
}
