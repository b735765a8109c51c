import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NATIVE_FORMAT, NATIVE_FORMAT_VERSION, NativeFileError, parseNative, readNative, serializeNative, writeNative } from '../../../electron/files/native'
import { randomBook } from '../../shared/support/random-book'
import { sampleBook } from '../support/sample-book'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'native-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('native .ysb files', () => {
  it('writes the documented envelope, indented, and reads the book back', async () => {
    const path = join(dir, '2026年预算.ysb')
    await writeNative(path, sampleBook())
    const text = await readFile(path, 'utf8')
    const json = JSON.parse(text)
    expect(json).toMatchObject({ format: NATIVE_FORMAT, formatVersion: NATIVE_FORMAT_VERSION, app: '0.1.0' })
    expect(new Date(json.savedAt).toISOString()).toBe(json.savedAt)
    expect(text).toContain('\n  "book": {\n')
    expect(await readNative(path)).toEqual(sampleBook())
  })

  it('round-trips random books exactly', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const book = randomBook(seed)
      expect(parseNative(serializeNative(book), 'x.ysb')).toEqual(book)
    }
  })

  it('keeps the previous version as .bak', async () => {
    const path = join(dir, 'a.ysb')
    await writeNative(path, sampleBook())
    await writeNative(path, { ...sampleBook(), department: '新名称' })
    expect((await readNative(path)).department).toBe('新名称')
    expect(JSON.parse(await readFile(`${path}.bak`, 'utf8')).book.department).toBe('孝义市城市管理局')
  })

  it('accepts a UTF-8 byte-order mark (Notepad adds one)', () => {
    expect(parseNative('\ufeff' + serializeNative(sampleBook()), 'x.ysb')).toEqual(sampleBook())
  })

  const cases: [string, string, RegExp][] = [
    ['empty', '', /文件是空的/],
    ['truncated', serializeNative(sampleBook()).slice(0, 500), /不是完整的 JSON/],
    ['not ours', JSON.stringify({ hello: 1 }), /格式标识/],
    ['newer', JSON.stringify({ format: NATIVE_FORMAT, formatVersion: 9, book: {} }), /更新版本的软件/],
    ['bad version', JSON.stringify({ format: NATIVE_FORMAT, formatVersion: 'x', book: {} }), /无法识别/],
    ['bad book', serializeNative({ ...sampleBook(), amountUnit: '千元' as never }), /金额单位/],
  ]
  for (const [name, text, message] of cases) {
    it(`names the problem of a bad file: ${name}`, () => {
      let error: unknown
      try {
        parseNative(text, 'x.ysb')
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(NativeFileError)
      expect((error as Error).message).toMatch(/“x\.ysb”不是可用的预算书文件/)
      expect((error as Error).message).toMatch(message)
    })
  }

  it('passes file-system errors on with their code', async () => {
    await expect(readNative(join(dir, 'missing.ysb'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('reads a file with a bad amount as a Chinese message naming the place', async () => {
    const book = sampleBook()
    book.econ[0]!.amount = '1,000'
    const path = join(dir, 'b.ysb')
    await writeFile(path, serializeNative(book))
    await expect(readNative(path)).rejects.toThrow(/表六第 1 行/)
  })
})
