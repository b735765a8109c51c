// The text of a 情况说明 the clerk wrote elsewhere: a Word document (.docx, read by mammoth), a
// PDF (its text as unpdf/pdf.js extracts it) or a plain text file (UTF-8, GBK or UTF-16).
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { decodeText } from '../files/csv-text'
import { foldRadicals } from '../../shared/read/radicals'

export const TEXT_EXTENSIONS = ['.docx', '.txt', '.pdf'] as const

/** A text that cannot be read; the message is for the clerk. */
export class TextReadError extends Error {}

export async function readExplanationText(path: string): Promise<string> {
  const ext = extname(path).toLowerCase()
  if (!(TEXT_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new TextReadError(`无法读取“${ext || '无扩展名'}”类型的说明文件，可以读取 .docx、.txt 和 .pdf${ext === '.doc' || ext === '.wps' ? `（${ext} 请先另存为 .docx）` : ''}`)
  }
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as { code?: string }).code
    throw new TextReadError(code === 'ENOENT' ? `找不到说明文件：${path}` : `说明文件无法读取（${path}）：${code ?? String(error)}`)
  }
  try {
    if (ext === '.txt') return decodeText(bytes)
    // The readers load when a text of their kind comes, not with every CLI start.
    if (ext === '.docx') return (await (await import('mammoth')).default.extractRawText({ buffer: bytes })).value
    const { extractText } = await import('unpdf')
    const { text } = await extractText(new Uint8Array(bytes), { mergePages: true })
    // A PDF may name a CJK glyph by its radical (⻔ for 门, as Chromium's do): read as printed.
    return foldRadicals(text)
  } catch (error) {
    const what = ext === '.docx' ? 'Word 文档' : ext === '.pdf' ? 'PDF 文件' : '文本文件'
    throw new TextReadError(`${what}无法读取（${path}）：${error instanceof Error ? error.message : String(error)}`)
  }
}
