// Page and type of a Chinese official document (GB/T 9704): A4, margins 上 37 mm, 下 35 mm,
// 左 28 mm, 右 26 mm; 方正小标宋简体 for the title, 黑体 for 一级 headings, 楷体_GB2312 for 二级,
// 仿宋_GB2312 for the text. Windows maps 仿宋_GB2312/楷体_GB2312 to 仿宋/楷体 (FontSubstitutes) and
// Word falls back from 方正小标宋简体 to 宋体; the HTML lists the fallbacks explicitly. The page
// number sits `footer` mm above the page's lower edge.
import type { DocTable } from '../../shared/document/types'
import { tableLayout, type TableLayout } from '../../shared/document/table-layout'

export const PAGE_MM = { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26, footer: 20 }

export const FONT = {
  title: { name: '方正小标宋简体', fallbacks: ['方正小标宋_GBK', '华文中宋', 'STZhongsong', '宋体', 'SimSun', 'Noto Serif CJK SC', 'serif'] },
  heading1: { name: '黑体', fallbacks: ['SimHei', 'Noto Sans CJK SC', 'sans-serif'] },
  heading2: { name: '楷体_GB2312', fallbacks: ['楷体', 'KaiTi', 'STKaiti', 'AR PL UKai CN', 'Noto Serif CJK SC', 'serif'] },
  body: { name: '仿宋_GB2312', fallbacks: ['仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC', 'serif'] },
  table: { name: '宋体', fallbacks: ['SimSun', 'Noto Serif CJK SC', 'serif'] },
} as const

/** Sizes in points: 二号 22, 三号 16, 小四 12 (tables 9, as the published tables). */
export const SIZE = { cover: 26, title: 22, heading: 16, body: 16, tableTitle: 14, table: 9, footer: 14 }

export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4)

/** CSS font-family list: the official face first, then what Windows, UOS and Linux have. */
export function cssFamily(font: { name: string; fallbacks: readonly string[] }): string {
  return [font.name, ...font.fallbacks].map((f) => (/^(serif|sans-serif)$/.test(f) ? f : `"${f}"`)).join(', ')
}

/** The width text runs in between the side margins, points. */
export const textWidthPt = (landscape: boolean): number => (((landscape ? PAGE_MM.height : PAGE_MM.width) - PAGE_MM.left - PAGE_MM.right) * 72) / 25.4

/** A table's column widths and size on its page, the same for the .docx and the PDF. */
export const pageTableLayout = (table: DocTable): TableLayout => tableLayout(table, textWidthPt(table.landscape), SIZE.table)
