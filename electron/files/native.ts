// The native save format (.ysb): one UTF-8 JSON document, indented so two versions diff line
// by line. Described for clerks and developers in docs/file-format.md.
//
//   { "format": "budget-tables", "formatVersion": 1, "savedAt": "<ISO time>", "app": "0.1.0", "book": { … } }
//
// `formatVersion` is the envelope's version; the book carries its own (`schema`, `version`),
// checked by validateBook, so either can evolve without the other.
import { basename } from 'node:path'
import type { BudgetBook } from '../../shared/model/book'
import { validateBook } from '../../shared/model/validate'
import { writeFileAtomic, type AtomicOptions, type AtomicResult } from './atomic'
import { readRegularFile } from './bounded-read'

export const NATIVE_EXTENSION = '.ysb'
export const NATIVE_FORMAT = 'budget-tables'
export const NATIVE_FORMAT_VERSION = 1
export const APP_VERSION = '0.1.0'
/** A budget file is tens of kilobytes; a far larger file is not one, and parsing it would only stall. */
export const MAX_NATIVE_BYTES = 64 * 1024 * 1024

export interface NativeFile {
  format: typeof NATIVE_FORMAT
  formatVersion: typeof NATIVE_FORMAT_VERSION
  savedAt: string
  app: string
  book: BudgetBook
}

/** A file that exists and was read, but is not a usable budget file. The message is for the clerk. */
export class NativeFileError extends Error {}

export function serializeNative(book: BudgetBook, now: Date = new Date()): string {
  const file: NativeFile = { format: NATIVE_FORMAT, formatVersion: NATIVE_FORMAT_VERSION, savedAt: now.toISOString(), app: APP_VERSION, book }
  return JSON.stringify(file, null, 2) + '\n'
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)

/** The book of a native file's text; `name` is the file name used in messages. Throws NativeFileError. */
export function parseNative(text: string, name: string): BudgetBook {
  const fail = (problem: string): never => {
    throw new NativeFileError(`“${name}”不是可用的预算书文件：${problem}`)
  }
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch {
    return fail(text.trim() === '' ? '文件是空的' : '内容不是完整的 JSON 文本（文件可能已损坏或被截断）')
  }
  if (!isObj(data) || data.format !== NATIVE_FORMAT) return fail('文件中没有“预算公开表”的格式标识')
  const version = data.formatVersion
  if (typeof version === 'number' && version > NATIVE_FORMAT_VERSION) {
    return fail(`文件格式版本为 ${version}，由更新版本的软件保存，请升级软件后再打开`)
  }
  if (version !== NATIVE_FORMAT_VERSION) return fail(`文件格式版本“${String(version)}”无法识别`)
  const valid = validateBook(data.book)
  if (!valid.ok) {
    const shown = valid.problems.slice(0, 5).join('；')
    const more = valid.problems.length > 5 ? `等 ${valid.problems.length} 处问题` : ''
    return fail(`${shown}${more}`)
  }
  return valid.book
}

/**
 * Reads and validates a .ysb (only a regular file, size checked before reading). File-system
 * errors are thrown as Node gives them (with their code); a refused file as FileRefusedError.
 */
export async function readNative(path: string): Promise<BudgetBook> {
  return parseNative((await readNativeBytes(path)).toString('utf8'), basename(path))
}

export function readNativeBytes(path: string): Promise<Buffer> {
  return readRegularFile(path, MAX_NATIVE_BYTES)
}

/** Writes atomically, keeping the previous version as `<path>.bak`. */
export function writeNative(path: string, book: BudgetBook, options: AtomicOptions = {}): Promise<AtomicResult> {
  return writeFileAtomic(path, serializeNative(book), options)
}
