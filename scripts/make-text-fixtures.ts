// Makes the Word and PDF copies of seed 000's 情况说明 used by the text-reader tests:
// test/fixtures/texts/000-part3.docx (written with the docx library, the prose paragraphs of
// test/fixtures/texts/000-part3.txt, without the attached forms) and 000-part3.pdf (that .docx
// converted by LibreOffice). Run: npx tsx scripts/make-text-fixtures.ts
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { Document, Packer, Paragraph, TextRun } from 'docx'

const dir = 'test/fixtures/texts'
const lines = readFileSync(`${dir}/000-part3.txt`, 'utf8').split('\n')
// The prose: up to the first attached form, then from 十一、 on (forms are tab-separated rows).
const firstForm = lines.findIndex((l) => /绩效目标(?:申报)?表/.test(l) && !/见附件/.test(l))
const assets = lines.findIndex((l) => /^十一、/.test(l.trim()))
const prose = [...lines.slice(0, firstForm), ...(assets > 0 ? lines.slice(assets) : [])].filter((l) => l.trim() !== '' && !l.includes('\t'))
const doc = new Document({
  sections: [{ children: prose.map((l) => new Paragraph({ children: [new TextRun({ text: l.trim(), font: 'Noto Serif CJK SC', size: 24 })] })) }],
})
const docx = `${dir}/000-part3.docx`
writeFileSync(docx, await Packer.toBuffer(doc))
execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'inherit' })
console.log(`wrote ${docx} and ${dir}/000-part3.pdf (${prose.length} paragraphs)`)
