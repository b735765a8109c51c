// The 情况说明 readers on real files: seed 000's text as a Word document (written with the docx
// library) and as a PDF (LibreOffice's conversion of it), plain text in UTF-8 and GBK. Each
// reads to a text whose figures check to the same findings as the seed's own text.
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readExplanationText, TextReadError } from '../../../electron/inspect/read-text'
import { printedFigures, type PrintedFigures } from '../../../shared/inspect/printed-figures'
import { checkText } from '../../../shared/inspect/text/check-text'
import { fixturePath } from '../../support/fixtures'
import { openSeed, seedText } from '../../shared/inspect/support'

let pf: PrintedFigures
beforeAll(async () => {
  pf = printedFigures((await openSeed('000')).book)
})

const differing = (text: string): string[] =>
  checkText(text, pf).findings.filter((f) => f.kind === 'differs').map((f) => `${f.text}→${f.expected}`)

describe('reading a 情况说明', () => {
  it('a .docx and its .pdf give the same differing figures as the published text', async () => {
    const expected = differing(seedText('000'))
    expect(expected).toContain('4158.61万元→4,158.62')
    expect(differing(await readExplanationText(fixturePath('texts/000-part3.docx')))).toEqual(expected)
    // The PDF wraps lines mid-sentence and puts spaces between Chinese and digits.
    const pdf = await readExplanationText(fixturePath('texts/000-part3.pdf'))
    expect(pdf).toMatch(/\n/)
    expect(differing(pdf)).toEqual(expected)
  })

  it('reads GBK text as well as UTF-8', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'text-'))
    onTestFinished(() => rm(dir, { recursive: true, force: true }))
    const sentence = '三、支出预算情况说明\n本单位支出预算23041.25万元，其中：基本支出4158.61万元。'
    // GBK bytes of the sentence, produced by the platform's encoder (iconv via TextDecoder cannot encode).
    const { execFileSync } = await import('node:child_process')
    const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: sentence })
    await writeFile(join(dir, 'gbk.txt'), gbk)
    await writeFile(join(dir, 'utf8.txt'), sentence)
    expect(await readExplanationText(join(dir, 'gbk.txt'))).toBe(sentence)
    expect(await readExplanationText(join(dir, 'utf8.txt'))).toBe(sentence)
  })

  it('refuses other kinds and damaged files with a Chinese message', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'text-'))
    onTestFinished(() => rm(dir, { recursive: true, force: true }))
    await writeFile(join(dir, 'a.doc'), 'x')
    await expect(readExplanationText(join(dir, 'a.doc'))).rejects.toThrow(/另存为 \.docx/)
    await writeFile(join(dir, 'bad.docx'), 'not a zip')
    await expect(readExplanationText(join(dir, 'bad.docx'))).rejects.toBeInstanceOf(TextReadError)
    await writeFile(join(dir, 'bad.pdf'), 'not a pdf')
    await expect(readExplanationText(join(dir, 'bad.pdf'))).rejects.toThrow(/PDF 文件无法读取/)
  })
})
