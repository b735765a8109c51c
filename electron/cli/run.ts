// The command-line program minus process globals (electron/cli/main.ts supplies those), so
// tests can also run it in-process. Plain Node: no Electron anywhere below.
//
// Each command loads its own modules when it runs: the CLI starts under tsx, where every module
// costs a hop through the loader, so `--help` or a refused argument need not load exceljs,
// the engine and the readers first.
import { HELP } from './help'
import { CliError, outputKind, readInput, writeOutput } from './io'
import { clerkMessage } from '../ipc/errors'

export interface CliIo {
  out(text: string): void
  err(text: string): void
}

/** Options that take a value (`--unit 某单位`). */
const VALUED = ['--unit', '--into', '--department']

function parse(args: readonly string[]): { positional: string[]; flags: Set<string>; values: Map<string, string> } {
  const positional: string[] = []
  const flags = new Set<string>()
  const values = new Map<string, string>()
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (VALUED.includes(a)) {
      if (i + 1 >= args.length) throw new CliError(`选项 ${a} 后面要跟一个值`)
      flags.add(a)
      values.set(a, args[++i]!)
    } else if (a.startsWith('--') || a === '-h') flags.add(a)
    else positional.push(a)
  }
  return { positional, flags, values }
}

/** `--text <path>` taken out of the arguments (the generic parser knows only bare flags). */
function takeTextOption(args: readonly string[]): { args: string[]; text?: string } {
  const i = args.indexOf('--text')
  if (i < 0) return { args: [...args] }
  const text = args[i + 1]
  if (text === undefined || text.startsWith('--')) throw new CliError('--text 后面应写说明文件（.docx、.txt 或 .pdf）的路径')
  return { args: [...args.slice(0, i), ...args.slice(i + 2)], text }
}

function expect(positional: string[], count: number, usage: string): void {
  if (positional.length !== count) throw new CliError(`参数个数不对。用法：budget-tables ${usage}`)
}

function allowFlags(flags: Set<string>, allowed: string[]): void {
  for (const f of flags) if (!allowed.includes(f)) throw new CliError(`不认识的选项 ${f}（运行 budget-tables --help 查看用法）`)
}

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args
  try {
    const { positional, flags, values } = parse(rest)
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        if (command === undefined) {
          io.err(HELP)
          return 2
        }
        io.out(HELP)
        return 0
      case 'export': {
        allowFlags(flags, [])
        expect(positional, 2, 'export <输入文件> <输出.xlsx>')
        const [input, output] = positional as [string, string]
        outputKind(output, ['xlsx'])
        const opened = await readInput(input)
        await writeOutput(output, opened.book, ['xlsx'])
        io.out(`已导出：${output}\n`)
        return 0
      }
      case 'document': {
        allowFlags(flags, [])
        expect(positional, 2, 'document <输入文件> <输出.docx|输出.pdf>')
        const { documentCommand } = await import('./document')
        io.out(await documentCommand(positional[0]!, positional[1]!))
        return 0
      }
      case 'check': {
        const withText = takeTextOption(rest)
        const { positional, flags } = parse(withText.args)
        allowFlags(flags, ['--json'])
        expect(positional, 1, 'check <输入文件> [--text <说明.docx|.txt|.pdf>] [--json]')
        const opened = await readInput(positional[0]!)
        const [{ inspectOpened, inspectText }, { checkBook, checkText }] = await Promise.all([import('./inspect'), import('./check')])
        const result = await inspectOpened(opened, checkBook(opened), withText.text)
        io.out(flags.has('--json') ? JSON.stringify(result, null, 2) + '\n' : checkText(result) + inspectText(result))
        return result.errors > 0 ? 1 : 0
      }
      case 'inspect': {
        allowFlags(flags, [])
        expect(positional, 2, 'inspect <文件夹> <输出.xlsx>')
        const [folder, output] = positional as [string, string]
        outputKind(output, ['xlsx'])
        const { inspectFolder, writeInspection } = await import('./inspect')
        const rows = await inspectFolder(folder)
        await writeInspection(output, rows)
        io.out(`已检查 ${rows.length} 个文件：${output}\n`)
        return 0
      }
      case 'roll-forward': {
        allowFlags(flags, ['--keep-amounts'])
        expect(positional, 2, 'roll-forward <输入文件> <输出文件> [--keep-amounts]')
        const [input, output] = positional as [string, string]
        const kind = outputKind(output, ['xlsx', 'ysb'])
        const [opened, { rollForwardOpened }, { writeTemplateFile }, { lastYearNamesNote }] = await Promise.all([
          readInput(input), import('../files/documents'), import('./template'), import('../../shared/rollover/roll-forward'),
        ])
        const next = rollForwardOpened(opened, flags.has('--keep-amounts'))
        // As a workbook the new year is a fill-in workbook: its skeleton shows, amounts to fill.
        if (kind === 'xlsx') await writeTemplateFile(output, next, null, true)
        else await writeOutput(output, next)
        const named = lastYearNamesNote(next)
        io.out(`已结转到 ${next.year} 年：${output}\n${named ? `${named}\n` : ''}`)
        return 0
      }
      case 'set-unit': {
        allowFlags(flags, [])
        expect(positional, 3, 'set-unit <输入文件> <输出文件> <元|万元>')
        const [input, output, unit] = positional as [string, string, string]
        if (unit !== '元' && unit !== '万元') throw new CliError(`金额单位应为“元”或“万元”，而不是“${unit}”`)
        outputKind(output, ['xlsx', 'ysb'])
        const opened = await readInput(input)
        const { convertUnit } = await import('../../shared/model/convert-unit')
        await writeOutput(output, convertUnit(opened.book, unit))
        io.out(`已改为以${unit}录入：${output}\n`)
        return 0
      }
      case 'template': {
        allowFlags(flags, ['--unit', '--keep-amounts'])
        expect(positional, 2, 'template <输入文件> <输出.xlsx> [--unit <单位名称>] [--keep-amounts]')
        const { templateCommand } = await import('./template')
        io.out(await templateCommand({ input: positional[0]!, output: positional[1]!, unit: values.get('--unit'), keepAmounts: flags.has('--keep-amounts') }))
        return 0
      }
      case 'consolidate': {
        allowFlags(flags, ['--into', '--department'])
        if (positional.length < 2) throw new CliError('参数个数不对。用法：budget-tables consolidate <输出.ysb|输出.xlsx> <单位文件>...')
        const [output, ...files] = positional as [string, ...string[]]
        const { consolidateCommand } = await import('./consolidate')
        const done = await consolidateCommand({ output, files, into: values.get('--into'), department: values.get('--department') })
        io.out(done.text)
        return done.code
      }
      default:
        throw new CliError(`不认识的命令“${command}”（运行 budget-tables --help 查看用法）`)
    }
  } catch (error) {
    // Anything unforeseen still ends as one sentence and exit 2, never a stack trace.
    io.err(`${error instanceof CliError ? error.message : `处理失败：${clerkMessage(error)}`}\n`)
    return 2
  }
}
