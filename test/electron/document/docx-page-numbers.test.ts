// The .docx 目录 estimator skips docx's list-number read only where it would find nothing: a
// document written with it is byte for byte the one docx's own estimator writes, for a body
// without numbered headings (the disclosure's) and with them (where the 目录 entries carry the
// headings' numbers).
import { describe, expect, it } from 'vitest'
import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, TableOfContents, TextRun, type PageNumberEstimator } from 'docx'
import { estimatePageNumbersWith } from 'docx/layout'
import { unzipSync, strFromU8 } from 'fflate'
import { hasNumbering, pageNumberEstimator } from '../../../electron/document/docx-page-numbers'

/** Bookmark ids count on from document to document in one process: numbered from 1 in order here. */
function ownIds(xml: string): string {
  const ids = new Map<string, number>()
  return xml.replace(/(_Toc|w:id=")(\d+)/g, (_, lead: string, id: string) => `${lead}${ids.get(id) ?? ids.set(id, ids.size + 1).get(id)}`)
}

async function documentXml(numbered: boolean, pageNumbers: PageNumberEstimator): Promise<string> {
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
    new Paragraph({ heading: level, ...(numbered ? { numbering: { reference: 'parts', level: level === HeadingLevel.HEADING_1 ? 0 : 1 } } : {}), children: [new TextRun(text)] })
  const doc = new Document({
    pageNumbers,
    numbering: {
      config: [
        {
          reference: 'parts',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', start: 1 },
            { level: 1, format: LevelFormat.DECIMAL, text: '（%2）', start: 1 },
          ],
        },
      ],
    },
    sections: [
      { children: [new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-2' })] },
      {
        children: [
          heading('部门概况', HeadingLevel.HEADING_1),
          heading('主要职能', HeadingLevel.HEADING_2),
          ...Array.from({ length: 3 }, (_, i) => new Paragraph({ children: [new TextRun(`正文第${i + 1}段，说明部门预算的收支情况。`)] })),
          heading('部门预算情况说明', HeadingLevel.HEADING_1),
        ],
      },
    ],
  })
  return ownIds(strFromU8(unzipSync(new Uint8Array(await Packer.toBuffer(doc)))['word/document.xml']!))
}

describe('the .docx page-number estimator', () => {
  it('writes the document docx’s own estimator writes, numbered headings or not', async () => {
    for (const numbered of [false, true]) {
      const ours = await documentXml(numbered, pageNumberEstimator())
      expect(ours).toBe(await documentXml(numbered, estimatePageNumbersWith({ guess: true })))
      // The 目录 is filled in, with page numbers, and the numbered headings' entries carry their numbers.
      expect(ours).toMatch(/PAGEREF _Toc\d+/)
      expect(ours.includes('w:numPr')).toBe(numbered)
      if (numbered) expect(ours).toContain('（1）')
    }
  })

  it('finds a numbered paragraph anywhere in a written body, and none where there is none', () => {
    const paragraph = (pPr: object[]) => ({ 'w:p': [{ 'w:pPr': pPr }, { 'w:r': [{ 'w:t': ['文字'] }] }] })
    const inCell = (p: object) => ({ 'w:tbl': [{ 'w:tr': [{ 'w:tc': [p] }] }] })
    const numbered = paragraph([{ 'w:numPr': [{ 'w:ilvl': { _attr: { 'w:val': 0 } } }] }])
    expect(hasNumbering({ 'w:body': [paragraph([]), inCell(numbered)] })).toBe(true)
    expect(hasNumbering({ 'w:body': [paragraph([{ 'w:keepNext': {} }]), inCell(paragraph([]))] })).toBe(false)
  })
})
