// The cover sheet (填报说明) of a fill-in workbook: who it is for, what to fill where, the
// rules the reader enforces, and live cross-sheet checks (the 勾稽关系 a unit can get wrong),
// so a unit sees before sending whether its figures agree.
import { FISCAL_SOURCES, SOURCES, SOURCE_NAMES, type SourceId } from '../model/book'
import { columnLetter } from '../util/cell-address'
import type { TemplateIdentity } from './identity'
import type { CellRole, TemplateCell, TemplateSheet, TemplateValue } from './layout'
import { FRAME, SHEETS, columnIndex, sheetDecl, type SheetKind } from './sheets'

export const COVER_SHEET = '填报说明'

/** The 合计-row cell of one amount column of an entry sheet, as a formula reference. */
function totalRef(kind: SheetKind, field: string): string {
  const decl = sheetDecl(kind)
  const i = decl.columns.findIndex((c) => c.kind === 'amount' && c.field === field)
  return `'${decl.name}'!${columnLetter(columnIndex(i))}${FRAME.total + 1}`
}

/** The 合计-row value of an entry sheet column, read from the laid-out sheet (the formula's cached result). */
function totalValue(sheets: readonly TemplateSheet[], kind: SheetKind, field: string): number {
  const decl = sheetDecl(kind)
  const col = columnIndex(decl.columns.findIndex((c) => c.kind === 'amount' && c.field === field))
  const cell = sheets.find((s) => s.name === decl.name)?.cells.find((c) => c.row === FRAME.total && c.col === col)
  const v = cell?.value
  return typeof v === 'object' && v !== null && typeof v.result === 'number' ? v.result : 0
}

interface CrossCheck {
  label: string
  left: { kind: SheetKind; fields: string[] }
  right: { kind: SheetKind; fields: string[] }
}

function crossChecks(): CrossCheck[] {
  const checks: CrossCheck[] = SOURCES.map((s: SourceId) => ({
    label: `本年项目合计 = 功能科目项目支出（${SOURCE_NAMES[s]}）`,
    left: { kind: 'current', fields: [s] },
    right: { kind: 'subjects', fields: [`project.${s}`] },
  }))
  checks.push(...FISCAL_SOURCES.map((s) => ({
    label: `上年结转项目合计 = 功能科目上年结转（${SOURCE_NAMES[s]}）`,
    left: { kind: 'carry' as const, fields: [s] },
    right: { kind: 'subjects' as const, fields: [`carry.${s}`] },
  })))
  checks.push(
    { label: '经济科目合计 = 功能科目基本支出（一般公共预算）', left: { kind: 'econ', fields: ['amount'] }, right: { kind: 'subjects', fields: ['basic.gp'] } },
    { label: '政府性基金收入 = 功能科目政府性基金预算支出', left: { kind: 'gfRevenue', fields: ['amount'] }, right: { kind: 'subjects', fields: ['basic.gf', 'project.gf'] } },
    { label: '国有资本经营收入 = 功能科目国有资本经营预算支出', left: { kind: 'soeRevenue', fields: ['amount'] }, right: { kind: 'subjects', fields: ['basic.soe', 'project.soe'] } },
  )
  return checks
}

const INSTRUCTIONS = (identity: TemplateIdentity): string[] => [
  `1. 本表只需在白色单元格中填写${identity.unit ? '本单位' : '各单位'}的金额（单位：${identity.amountUnit}），没有的金额留空。灰色单元格（科目、名称、合计）已锁定，合计由公式自动计算。`,
  '2. 金额只填数字：不要填文字、单位、空格或公式以外的说明；负数直接填负号。填了文字的单元格在报送时会被退回。',
  '3. 新增的功能科目、经济科目、收入科目或项目，请填在对应工作表下方的空白行中（编码、名称和金额都要填写），报送时会列出新增的行。',
  '4. 不要改动锁定的单元格，不要删除、插入或重命名工作表，不要删除隐藏的第一列（行标识）。工作表保护没有设置密码，仅用于防止误改；被改动的锁定单元格在报送时会被逐格列出并退回。',
  '5. 各工作表与公开表的对应：' + SHEETS.map((s) => `“${s.name}”→${s.feeds}`).join('；') + '。',
  '6. 下方“填报核对”随填随算；“不相符”的行请核对后再报送。填好后保存为 .xlsx 文件（WPS、Excel 均可），报送给部门。',
]

export function coverSheet(identity: TemplateIdentity, entry: readonly TemplateSheet[]): TemplateSheet {
  const cells: TemplateCell[] = []
  const put = (row: number, col: number, value: TemplateValue, role: CellRole): void => void cells.push({ row, col, value, role })
  const who = identity.unit ? `${identity.unit.name}（${identity.department}）` : identity.department
  put(0, 0, `${identity.year}年部门预算填报表`, 'title')
  put(1, 0, `填报单位：${who}`, 'nameLine')
  put(2, 0, `年度：${identity.year}\u3000金额单位：${identity.amountUnit}\u3000科目框架版本：${identity.skeletonVersion}`, 'nameLine')
  put(4, 0, '填报说明', 'header')
  const lines = INSTRUCTIONS(identity)
  lines.forEach((text, i) => put(5 + i, 0, text, 'text'))
  const merges: TemplateSheet['merges'] = [{ top: 0, left: 0, bottom: 0, right: 4 }, { top: 4, left: 0, bottom: 4, right: 4 }]
  lines.forEach((_, i) => merges.push({ top: 5 + i, left: 0, bottom: 5 + i, right: 4 }))
  let r = 6 + lines.length
  put(r, 0, '填报核对', 'header')
  for (const [col, text] of ['左方', '右方', '差额', '结果'].entries()) put(r, col + 1, text, 'header')
  r++
  for (const check of crossChecks()) {
    const side = (s: CrossCheck['left']): TemplateValue => ({
      formula: s.fields.map((f) => totalRef(s.kind, f)).join('+'),
      result: s.fields.reduce((t, f) => t + totalValue(entry, s.kind, f), 0),
    })
    const left = side(check.left)
    const right = side(check.right)
    const diff = (left as { result: number }).result - (right as { result: number }).result
    put(r, 0, check.label, 'label')
    put(r, 1, left, 'formula')
    put(r, 2, right, 'formula')
    put(r, 3, { formula: `ROUND(B${r + 1}-C${r + 1},6)`, result: Math.round(diff * 1e6) / 1e6 }, 'formula')
    put(r, 4, { formula: `IF(ROUND(D${r + 1},6)=0,"相符","不相符")`, result: Math.abs(diff) < 5e-7 ? '相符' : '不相符' }, 'formula')
    r++
  }
  return { name: COVER_SHEET, state: 'visible', cells, columnWidths: [52, 14, 14, 12, 10], merges, hiddenColumns: [], protect: true }
}
