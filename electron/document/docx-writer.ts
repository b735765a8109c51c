// The disclosure document as a .docx, through the `docx` library (no hand-written XML): cover,
// 目录 (its page numbers worked out by docx's own Word layout, written with the file), the four
// parts, the 13 tables as Word tables (landscape sections where a table is wide), the charts
// as SVG with a PNG fallback, page numbers in the footer.
import {
  AlignmentType, Document, Footer, HeadingLevel, ImageRun, Packer, PageNumber, PageOrientation, Paragraph,
  SectionType, TableOfContents, TextRun, type ISectionOptions, type ParagraphChild,
} from 'docx'
import type { ChartSpec, Paragraph as TextParagraph, Section } from '../../shared/explanation/types'
import type { DisclosureDocument, DocBlock, DocTable } from '../../shared/document/types'
import { isMissing, runText } from '../../shared/document/runs'
import { TOC_TITLE, firstTableIndex, tableHeading } from '../../shared/document/outline'
import { FIRST_PAGE_NUMBER, PAGE_NUMBER_AROUND } from '../../shared/document/page-numbers'
import { chartImages, type ChartImage } from './chart-image'
import { pageNumberEstimator } from './docx-page-numbers'
import { columnTwips, wordTable } from './docx-tables'
import { FONT, PAGE_MM, SIZE, mmToTwip } from './fonts'

const font = (name: string) => ({ eastAsia: name, ascii: 'Times New Roman', hAnsi: 'Times New Roman' })
const PORTRAIT_WIDTH = mmToTwip(PAGE_MM.width - PAGE_MM.left - PAGE_MM.right)
const LANDSCAPE_WIDTH = mmToTwip(PAGE_MM.height - PAGE_MM.left - PAGE_MM.right)
/** Twips to CSS pixels (96 dpi), for image sizes. */
const twipToPx = (twip: number): number => Math.round((twip / 1440) * 96)

function page(landscape: boolean): ISectionOptions['properties'] {
  return {
    type: SectionType.NEXT_PAGE,
    page: {
      size: { width: mmToTwip(PAGE_MM.width), height: mmToTwip(PAGE_MM.height), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: mmToTwip(PAGE_MM.top), bottom: mmToTwip(PAGE_MM.bottom), left: mmToTwip(PAGE_MM.left), right: mmToTwip(PAGE_MM.right), footer: mmToTwip(PAGE_MM.footer) },
    },
  }
}

/** "— 1 —" on every body page; cover and 目录 have no footer (shared/document/page-numbers.ts). */
const pageFooter = new Footer({
  children: [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: [PAGE_NUMBER_AROUND.before, PageNumber.CURRENT, PAGE_NUMBER_AROUND.after], size: SIZE.footer * 2, font: font(FONT.table.name) })],
    }),
  ],
})

function textRuns(p: TextParagraph): ParagraphChild[] {
  return p.runs.map((run) => new TextRun({ text: runText(run), ...(isMissing(run) ? { highlight: 'yellow' as const } : {}) }))
}

function sectionParagraphs(section: Section): Paragraph[] {
  return section.paragraphs.map((p) =>
    p.style === 'heading3' || p.style === 'heading2'
      ? new Paragraph({ style: 'SubHeading', children: textRuns(p) })
      : new Paragraph({ style: 'Body', children: textRuns(p) }),
  )
}

function chartParagraph(chart: ChartSpec, image: ChartImage): Paragraph {
  const width = Math.min(twipToPx(PORTRAIT_WIDTH), image.width)
  const height = Math.round((image.height * width) / image.width)
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // The document's exact 28 pt line would clip the picture to one line's height.
    spacing: { line: 240, lineRule: 'auto', before: 120, after: 120 },
    children: [
      new ImageRun({
        type: 'svg',
        data: Buffer.from(image.svg, 'utf8'),
        fallback: { type: 'png', data: image.png },
        transformation: { width, height },
        altText: { name: chart.title, title: chart.title, description: chart.title },
      }),
    ],
  })
}

function tableBlock(table: DocTable, startsPage: boolean): (Paragraph | ReturnType<typeof wordTable>)[] {
  const width = table.landscape ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH
  const out: (Paragraph | ReturnType<typeof wordTable>)[] = []
  if (table.label) out.push(new Paragraph({ style: 'TableLabel', pageBreakBefore: !startsPage, children: [new TextRun(table.label)] }))
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, style: 'TableTitle', pageBreakBefore: !startsPage && !table.label, keepNext: true, children: [new TextRun(tableHeading(table))] }))
  out.push(new Paragraph({ style: 'TableNote', keepNext: true, tabStops: [{ type: 'right', position: width }], children: [new TextRun(`${table.nameLine}\t单位：万元`)] }))
  out.push(wordTable(table, width))
  if (table.note) out.push(new Paragraph({ style: 'TableNote', children: [new TextRun(table.note)] }))
  return out
}

type Child = Paragraph | ReturnType<typeof wordTable> | TableOfContents
/** Each chart's drawing, drawn before the document is put together (see writeDocx). */
type Images = ReadonlyMap<ChartSpec, ChartImage>

/** Body sections: consecutive blocks of the same orientation share a section. */
function bodySections(doc: DisclosureDocument, images: Images): ISectionOptions[] {
  const sections: ISectionOptions[] = []
  let current: { landscape: boolean; children: Child[] } | null = null
  const take = (landscape: boolean): Child[] => {
    if (!current || current.landscape !== landscape) {
      current = { landscape, children: [] }
      sections.push({
        properties: sections.length === 0 ? { ...page(landscape), page: { ...page(landscape)!.page, pageNumbers: { start: FIRST_PAGE_NUMBER } } } : page(landscape),
        footers: { default: pageFooter },
        children: current.children,
      })
    }
    return current.children
  }
  for (const part of doc.parts) {
    // Every part starts on a new page, portrait.
    current = null
    take(false).push(new Paragraph({ heading: HeadingLevel.HEADING_1, style: 'PartTitle', children: [new TextRun(part.title)] }))
    // The part's first table shares the page with the part title (and a note before it).
    const firstTable = firstTableIndex(part)
    part.blocks.forEach((block, i) => addBlock(block, take, i === firstTable, images))
  }
  return sections
}

function addBlock(block: DocBlock, take: (landscape: boolean) => Child[], firstOfPart: boolean, images: Images): void {
  switch (block.kind) {
    case 'heading':
      take(false).push(new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, style: block.level === 2 ? 'SectionTitle' : 'PartTitle', keepNext: true, children: [new TextRun(block.text)] }))
      return
    case 'section':
      take(false).push(...sectionParagraphs(block.section))
      return
    case 'chart':
      take(false).push(chartParagraph(block.chart, images.get(block.chart)!))
      return
    case 'note':
      take(false).push(new Paragraph({ style: 'Body', spacing: { after: 200 }, children: [new TextRun(block.text)] }))
      return
    case 'table': {
      // Each table starts a page: a new section (orientation changed) does that by itself, and
      // the first table shares its page with the part title, as published.
      const children = take(block.table.landscape)
      children.push(...tableBlock(block.table, children.length === 0 || firstOfPart))
      return
    }
  }
}

function coverSection(doc: DisclosureDocument): ISectionOptions {
  const big = (text: string, size: number, before: number) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after: 400 }, children: [new TextRun({ text, size: size * 2, font: font(FONT.title.name) })] })
  return {
    properties: page(false),
    children: [big(doc.cover.department, SIZE.cover, 3600), big(doc.cover.heading, SIZE.cover, 600)],
  }
}

function tocSection(): ISectionOptions {
  return {
    properties: page(false),
    children: [
      new Paragraph({ style: 'PartTitle', alignment: AlignmentType.CENTER, children: [new TextRun(TOC_TITLE)] }),
      new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-2' }),
    ],
  }
}

export function docxDocument(doc: DisclosureDocument, images: Images): Document {
  return new Document({
    creator: '预算公开表',
    title: `${doc.cover.department}${doc.cover.heading}`,
    pageNumbers: pageNumberEstimator(),
    styles: {
      default: {
        document: { run: { font: font(FONT.body.name), size: SIZE.body * 2 }, paragraph: { spacing: { line: 560, lineRule: 'exact' } } },
        heading1: { run: { font: font(FONT.heading1.name), size: SIZE.heading * 2, bold: false, color: '000000' }, paragraph: { spacing: { before: 240, after: 240, line: 560, lineRule: 'exact' } } },
        heading2: { run: { font: font(FONT.heading2.name), size: SIZE.heading * 2, bold: false, color: '000000' }, paragraph: { spacing: { before: 120, after: 120, line: 560, lineRule: 'exact' } } },
      },
      paragraphStyles: [
        { id: 'PartTitle', name: '部分标题', basedOn: 'Heading1', next: 'Body', run: { font: font(FONT.heading1.name), size: SIZE.title * 2 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 360, line: 600, lineRule: 'exact' } } },
        { id: 'SectionTitle', name: '节标题', basedOn: 'Heading2', next: 'Body', run: { font: font(FONT.heading1.name), size: SIZE.heading * 2 }, paragraph: { indent: { firstLine: 640 } } },
        { id: 'SubHeading', name: '小标题', basedOn: 'Normal', next: 'Body', run: { font: font(FONT.heading2.name), size: SIZE.body * 2 }, paragraph: { indent: { firstLine: 640 }, keepNext: true } },
        { id: 'Body', name: '正文', basedOn: 'Normal', run: { font: font(FONT.body.name), size: SIZE.body * 2 }, paragraph: { indent: { firstLine: 640 } } },
        { id: 'TableTitle', name: '表标题', basedOn: 'Heading2', next: 'TableNote', run: { font: font(FONT.title.name), size: SIZE.tableTitle * 2 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 120, line: 400, lineRule: 'exact' } } },
        { id: 'TableLabel', name: '表号', basedOn: 'Normal', run: { font: font(FONT.table.name), size: 20 }, paragraph: { spacing: { line: 300, lineRule: 'exact' } } },
        { id: 'TableNote', name: '表注', basedOn: 'Normal', run: { font: font(FONT.table.name), size: 20 }, paragraph: { spacing: { line: 300, lineRule: 'exact', after: 60 } } },
      ],
    },
    sections: [coverSection(doc), tocSection(), ...bodySections(doc, images)],
  })
}

/** The charts of the document, in document order. */
const chartsOf = (doc: DisclosureDocument): ChartSpec[] =>
  doc.parts.flatMap((part) => part.blocks.flatMap((block) => (block.kind === 'chart' ? [block.chart] : [])))

export async function writeDocx(doc: DisclosureDocument): Promise<Buffer> {
  const charts = chartsOf(doc)
  const images = await chartImages(charts)
  return Packer.toBuffer(docxDocument(doc, new Map(charts.map((chart, i) => [chart, images[i]!]))))
}

export { columnTwips }
