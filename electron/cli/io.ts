// File access for the CLI: read any input, write by the output's extension, and turn every
// failure into one Chinese sentence (the CLI exits 2 with it).
import { extname } from 'node:path'
import type { OpenedBook } from '../../shared/ipc-contract'
import type { BudgetBook } from '../../shared/model/book'
import { clerkMessage, describeFileError } from '../ipc/errors'
import { writeFileAtomic } from '../files/atomic'

/** A failure the CLI reports on stderr and exits 2 for. */
export class CliError extends Error {}

const hasCode = (e: unknown): boolean => typeof e === 'object' && e !== null && 'code' in e

function explain(action: string, path: string, error: unknown): CliError {
  if (hasCode(error)) return new CliError(describeFileError(action, path, error).message)
  return new CliError(`${action}失败（${path}）：${clerkMessage(error)}`)
}

export async function readInput(path: string): Promise<OpenedBook> {
  try {
    // Loaded on first use: the readers and writers are most of what the CLI loads (see run.ts).
    const { readAny } = await import('../files/documents')
    return await readAny(path)
  } catch (error) {
    throw explain('读取', path, error)
  }
}

export type OutputKind = 'xlsx' | 'ysb'

export function outputKind(path: string, allowed: readonly OutputKind[]): OutputKind {
  const ext = extname(path).toLowerCase().slice(1)
  if ((allowed as readonly string[]).includes(ext)) return ext as OutputKind
  throw new CliError(`输出文件的扩展名应为 ${allowed.map((k) => `.${k}`).join(' 或 ')}：${path}`)
}

export async function writeOutput(path: string, book: BudgetBook, allowed: readonly OutputKind[] = ['xlsx', 'ysb']): Promise<void> {
  const kind = outputKind(path, allowed)
  try {
    const { exportXlsx, writeNative } = await import('../files/documents')
    if (kind === 'xlsx') await exportXlsx(path, book)
    else await writeNative(path, book)
  } catch (error) {
    throw explain('写入', path, error)
  }
}

/** Writes bytes made elsewhere (the disclosure document) atomically, failures as one sentence. */
export async function writeBytes(path: string, data: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, data)
  } catch (error) {
    throw explain('写入', path, error)
  }
}
