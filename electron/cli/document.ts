// `document <input> <out.docx|out.pdf>`: the whole disclosure document (cover, 目录, 概况, the 13
// tables, 情况说明 with charts, 名词解释). The .docx needs nothing else; the PDF is printed by a
// Chromium-based browser found on the system (see electron/chromium-path.ts).
import { extname } from 'node:path'
import { documentBytes, type DocumentKind } from '../document/write'
import { NoChromiumError, withCliPrinter } from '../document/pdf-cli'
import { CliError, readInput, writeBytes } from './io'

export function documentKind(path: string): DocumentKind {
  const ext = extname(path).toLowerCase()
  if (ext === '.docx') return 'docx'
  if (ext === '.pdf') return 'pdf'
  throw new CliError(`输出文件的扩展名应为 .docx 或 .pdf：${path}`)
}

export async function documentCommand(input: string, output: string): Promise<string> {
  const kind = documentKind(output)
  const { book } = await readInput(input)
  let bytes: Uint8Array
  try {
    bytes = kind === 'docx' ? await documentBytes(book, 'docx') : await withCliPrinter((print) => documentBytes(book, 'pdf', print))
  } catch (error) {
    if (error instanceof NoChromiumError) throw new CliError(error.message)
    throw error
  }
  await writeBytes(output, bytes)
  return `已生成公开文件：${output}\n`
}
