// Argument validation for every IPC channel. The renderer is our own code, but it renders
// data from files a clerk received from elsewhere; if anything ever runs in it that we did
// not write, main must still only accept well-formed calls. Each channel declares the kinds
// of its arguments in the contract's CHANNELS table; this file checks each kind. (Whether a
// path is one the clerk chose is the handlers' business: it needs their state.)
import { isAbsolute } from 'node:path'
import { CHANNELS } from '../../shared/ipc-contract'
import type { ApiChannel, ArgKind, ArgTypes, BudgetApi } from '../../shared/ipc-contract'
import type { BudgetBook } from '../../shared/model/book'
import { validateBook } from '../../shared/model/validate'
import type { DocumentState } from './deps'

const MAX_PATH_LENGTH = 4096
const MAX_NAME_LENGTH = 200
const MAX_TITLE_LENGTH = 260

class ArgumentProblem extends Error {}

function fail(problem: string): never {
  throw new ArgumentProblem(problem)
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

// Control characters (including NUL) never belong in a path, file name or title.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/

function checkString(x: unknown, what: string, maxLength: number): string {
  if (typeof x !== 'string') fail(`${what}应为文字`)
  if (x.length > maxLength) fail(`${what}过长（最多 ${maxLength} 个字符）`)
  if (CONTROL_CHARS.test(x)) fail(`${what}含有控制字符`)
  return x
}

function checkPath(x: unknown, what: string, extensions: readonly string[]): string {
  const path = checkString(x, what, MAX_PATH_LENGTH)
  if (!isAbsolute(path)) fail(`${what}必须是完整路径`)
  const lower = path.toLowerCase()
  if (!extensions.some((ext) => lower.endsWith(ext))) fail(`${what}的扩展名应为 ${extensions.join(' 或 ')}`)
  return path
}

function checkNullablePath(x: unknown, what: string, extensions: readonly string[]): string | null {
  return x === null || x === undefined ? null : checkPath(x, what, extensions)
}

/** A bare file name: it only seeds the save dialog, so it must not steer it to another folder. */
function checkFileName(x: unknown): string {
  const name = checkString(x, '建议的文件名', MAX_NAME_LENGTH)
  if (/[\\/]/.test(name)) fail('建议的文件名不能包含路径分隔符')
  return name
}

function checkBoolean(x: unknown, what: string): boolean {
  if (typeof x !== 'boolean') fail(`${what}应为“是”或“否”`)
  return x
}

/** Problems with a book, from the deep schema validator the file reader uses too. */
export function bookProblems(x: unknown): string[] {
  const result = validateBook(x)
  return result.ok ? [] : result.problems
}

function checkBook(x: unknown): BudgetBook {
  const result = validateBook(x)
  if (!result.ok) {
    const more = result.problems.length > 5 ? `等 ${result.problems.length} 处问题` : ''
    fail(`预算书数据无效：${result.problems.slice(0, 5).join('；')}${more}`)
  }
  return result.book
}

function checkDocumentState(x: unknown): DocumentState {
  if (!isRecord(x)) fail('窗口状态应为对象')
  const extra = Object.keys(x).filter((key) => key !== 'title' && key !== 'dirty')
  if (extra.length > 0) fail(`窗口状态含有多余的字段：${extra.join('、')}`)
  return { title: checkString(x.title, '窗口标题', MAX_TITLE_LENGTH), dirty: checkBoolean(x.dirty, '是否有未保存的修改') }
}

const NATIVE = ['.ysb'] as const

/** One check per argument kind of the contract. */
const CHECKS: { [K in ArgKind]: (x: unknown) => ArgTypes[K] } = {
  book: checkBook,
  nativePathOrNull: (x) => checkNullablePath(x, '文件路径', NATIVE),
  fileName: checkFileName,
  flag: (x) => checkBoolean(x, '选项'),
  documentState: checkDocumentState,
  unitIdOrNull: (x) => (x === null ? null : checkString(x, '单位编号', MAX_NAME_LENGTH)),
}

/** Chinese names of the operations, for error messages a clerk may see. */
export function channelLabel(channel: ApiChannel): string {
  return CHANNELS[channel].label
}

/** The typed arguments for `channel`, or an Error with a Chinese message. */
export function validateArgs<C extends ApiChannel>(channel: C, args: readonly unknown[]): Parameters<BudgetApi[C]> {
  const { label, args: kinds } = CHANNELS[channel] as { label: string; args: readonly ArgKind[] }
  if (!Array.isArray(args)) throw new Error(`${label}：参数无效`)
  if (args.length > kinds.length) throw new Error(`${label}：参数无效，多了 ${args.length - kinds.length} 个参数`)
  try {
    // Missing trailing arguments read as undefined, which each check refuses or (paths) reads as null.
    return kinds.map((kind, i) => CHECKS[kind](args[i])) as Parameters<BudgetApi[C]>
  } catch (error) {
    if (error instanceof ArgumentProblem) throw new Error(`${label}：参数无效，${error.message}`, { cause: error })
    throw error
  }
}
