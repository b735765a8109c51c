// The disclosure document as one HTML page for Chromium to print to PDF (the app's own
// webContents.printToPDF, or a found Chromium for the CLI): the same DisclosureDocument as the
// .docx, A4 pages with the GB/T 9704 margins, named landscape pages for wide tables, table
// headers repeated on every page (thead), the charts as inline SVG.
import type { Paragraph, Section } from '../../shared/explanation/types'
import type { DisclosureDocument, DocBlock, DocCell, DocTable } from '../../shared/document/types'
import { isMissing, runText } from '../../shared/document/runs'
import { TOC_TITLE, firstTableIndex, tableHeading } from '../../shared/document/outline'
import { chartSvg } from './chart-image'
import { PAGE_NUMBER_AROUND } from '../../shared/document/page-numbers'
import { CELL_PADDING_PT, INDENT_PT, keepWithNext } from '../../shared/document/table-layout'
import { FONT, PAGE_MM, SIZE, cssFamily, pageTableLayout } from './fonts'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!)

const margin = `${PAGE_MM.top}mm ${PAGE_MM.right}mm ${PAGE_MM.bottom}mm ${PAGE_MM.left}mm`

// The page number as a page margin box (shared/document/page-numbers.ts): pages named \`front\`
// (cover and 目录) print none and do not count, so the page counter, which CSS starts at 1 =
// FIRST_PAGE_NUMBER, is 1 on the first page of 第一部分. It sits PAGE_MM.footer above the page's
// lower edge, as the .docx footer does.
const pageNumber = `@bottom-center { content: "${PAGE_NUMBER_AROUND.before}" counter(page) "${PAGE_NUMBER_AROUND.after}"; font-family: ${cssFamily(FONT.table)}; font-size: ${SIZE.footer}pt; vertical-align: bottom; padding-bottom: ${PAGE_MM.footer}mm; }`

const CSS = `
@page { size: A4 portrait; margin: ${margin}; ${pageNumber} }
@page wide { size: A4 landscape; margin: ${margin}; }
@page front { counter-increment: page 0; @bottom-center { content: none; } }
.front { page: front; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${cssFamily(FONT.body)}; font-size: ${SIZE.body}pt; line-height: 28pt; color: #000; }
.page { break-before: page; }
.cover { text-align: center; padding-top: 60mm; font-family: ${cssFamily(FONT.title)}; font-size: ${SIZE.cover}pt; line-height: 1.6; }
.cover p { margin: 0 0 18mm; }
h1 { font-family: ${cssFamily(FONT.heading1)}; font-size: ${SIZE.title}pt; font-weight: normal; text-align: center; margin: 0 0 12pt; line-height: 1.5; }
h2 { font-family: ${cssFamily(FONT.heading1)}; font-size: ${SIZE.heading}pt; font-weight: normal; text-indent: 2em; margin: 6pt 0; break-after: avoid; }
p.body { text-indent: 2em; margin: 0; }
p.note { margin-bottom: 10pt; }
p.sub { font-family: ${cssFamily(FONT.heading2)}; text-indent: 2em; margin: 0; break-after: avoid; }
.missing { background: #ffeb3b; }
.toc { font-size: ${SIZE.body}pt; }
.toc div { display: flex; align-items: flex-end; }
.toc .l2 { padding-left: 2em; }
.toc .dots { flex: 1 0 2em; height: 1em; margin: 0 4px 0.45em; background: radial-gradient(circle, #000 0.7px, transparent 1px) bottom left / 6px 3px repeat-x; }
.chart { text-align: center; margin: 6pt 0; break-inside: avoid; }
.wide { page: wide; }
.table-block { break-before: page; }
.table-block.first { break-before: auto; }
.label, .table-note { font-family: ${cssFamily(FONT.table)}; font-size: 10pt; line-height: 15pt; }
.table-note { display: flex; justify-content: space-between; }
h2.table-title { font-family: ${cssFamily(FONT.title)}; font-size: ${SIZE.tableTitle}pt; text-align: center; text-indent: 0; margin: 0 0 6pt; line-height: 20pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; font-family: ${cssFamily(FONT.table)}; font-size: ${SIZE.table}pt; line-height: 1.35; }
th, td { border: 0.5pt solid #000; padding: 1pt ${CELL_PADDING_PT}pt; vertical-align: middle; overflow-wrap: anywhere; }
th { font-weight: bold; text-align: center; }
tr { break-inside: avoid; }
tr.keep { break-after: avoid; }
td.b { font-weight: bold; }
td.c { text-align: center; } td.r { text-align: right; white-space: nowrap; } td.l { text-align: left; }
`

function runs(p: Paragraph): string {
  return p.runs.map((r) => (isMissing(r) ? `<span class="missing">${escapeHtml(runText(r))}</span>` : escapeHtml(runText(r)))).join('')
}

function sectionHtml(section: Section): string {
  return section.paragraphs.map((p) => `<p class="${p.style === 'heading2' || p.style === 'heading3' ? 'sub' : 'body'}">${runs(p)}</p>`).join('\n')
}

function cellHtml(c: DocCell, tag: 'th' | 'td'): string {
  const span = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`
  const cls = tag === 'th' ? '' : ` class="${c.align[0]}${c.bold ? ' b' : ''}"`
  const indent = tag === 'td' && c.align === 'left' && c.indent > 1 ? ` style="padding-left:${CELL_PADDING_PT + (c.indent - 1) * INDENT_PT}pt"` : ''
  return `<${tag}${span}${cls}${indent}>${escapeHtml(c.text)}</${tag}>`
}

function tableHtml(table: DocTable, id: string, first: boolean): string {
  // The column widths and size the .docx has too (shared/document/table-layout.ts).
  const layout = pageTableLayout(table)
  const total = layout.widths.reduce((a, b) => a + b, 0)
  const cols = layout.widths.map((w) => `<col style="width:${((w * 100) / total).toFixed(3)}%">`).join('')
  const size = layout.fontPt === SIZE.table ? '' : ` style="font-size:${layout.fontPt}pt"`
  const head = table.header.map((row) => `<tr>${row.map((c) => cellHtml(c, 'th')).join('')}</tr>`).join('')
  const keep = keepWithNext(table)
  const body = table.body.map((row, i) => `<tr${keep[i] ? ' class="keep"' : ''}>${row.map((c) => cellHtml(c, 'td')).join('')}</tr>`).join('\n')
  return `<section class="table-block${first ? ' first' : ''}${table.landscape ? ' wide' : ''}">
${table.label ? `<div class="label">${escapeHtml(table.label)}</div>` : ''}
<h2 class="table-title" id="${id}">${escapeHtml(tableHeading(table))}</h2>
<div class="table-note"><span>${escapeHtml(table.nameLine)}</span><span>单位：万元</span></div>
<table${size}><colgroup>${cols}</colgroup><thead>${head}</thead><tbody>${body}</tbody></table>
${table.note ? `<div class="table-note">${escapeHtml(table.note)}</div>` : ''}
</section>`
}

function blockHtml(block: DocBlock, first: boolean): string {
  switch (block.kind) {
    case 'heading':
      return `<h2${block.id ? ` id="${block.id}"` : ''}>${escapeHtml(block.text)}</h2>`
    case 'section':
      return sectionHtml(block.section)
    case 'chart':
      return `<div class="chart">${chartSvg(block.chart)}</div>`
    case 'note':
      return `<p class="body note">${escapeHtml(block.text)}</p>`
    case 'table':
      return tableHtml(block.table, block.id, first)
  }
}

/** The page of each 目录 entry, by id (filled in on the second pass, see pdf.ts). */
export type TocPages = ReadonlyMap<string, number>

export function documentHtml(doc: DisclosureDocument, pages: TocPages = new Map()): string {
  const toc = doc.toc
    .map((e) => `<div class="l${e.level}"><a>${escapeHtml(e.text)}</a><span class="dots"></span><span>${pages.get(e.id) ?? ''}</span></div>`)
    .join('\n')
  const parts = doc.parts
    .map((part) => {
      const firstTable = firstTableIndex(part)
      return `<section class="page"><h1 id="${part.id}">${escapeHtml(part.title)}</h1>\n${part.blocks.map((b, i) => blockHtml(b, i === firstTable)).join('\n')}</section>`
    })
    .join('\n')
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(doc.cover.department + doc.cover.heading)}</title><style>${CSS}</style></head><body>
<section class="cover front"><p>${escapeHtml(doc.cover.department)}</p><p>${escapeHtml(doc.cover.heading)}</p></section>
<section class="page toc front"><h1>${TOC_TITLE}</h1>${toc}</section>
${parts}
</body></html>`
}
