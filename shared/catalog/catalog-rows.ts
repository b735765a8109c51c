// A 功能分类 catalog as a 财政局 distributes it (an .xlsx or .csv of code and name, often with a
// title row, a header row, blank rows, codes stored as numbers, names indented with spaces):
// read from plain rows of cell texts. Electron reads the file into rows; this stays pure.
export interface CatalogEntry {
  code: string
  name: string
}

export interface CatalogRead {
  entries: CatalogEntry[]
  /** Rows that looked like entries but could not be read, in Chinese (shown to the clerk). */
  skipped: string[]
}

const CODE = /^2\d{2}(\d{2}(\d{2})?)?$/
const LEVEL_WORD = /^(类|款|项|类级|款级|项级|级次)$/

/**
 * Every row whose first non-empty cell is a 3-, 5- or 7-digit expenditure function code (2xx…)
 * followed by a name. A row "20101 人大事务" in one cell is split too. Later rows of the same
 * code are ignored (a catalog lists each code once; a repeat is a copy-paste slip).
 */
export function readCatalogRows(rows: readonly (readonly (string | number | null | undefined)[])[]): CatalogRead {
  const entries: CatalogEntry[] = []
  const seen = new Set<string>()
  const skipped: string[] = []
  rows.forEach((row, i) => {
    const cells = row.map((c) => (c === null || c === undefined ? '' : String(c).replace(/\u3000/g, ' ').trim())).filter((c) => c !== '')
    if (!cells.length) return
    let code = cells[0]!
    // The name is the first later cell that is a name: not a level word (类/款/项) nor a number.
    let name = cells.slice(1).find((c) => !LEVEL_WORD.test(c) && !/^[\d.\s]+$/.test(c)) ?? ''
    // Code and name in one cell: "2010101 行政运行", "[2010101]行政运行", "2010101-行政运行".
    // A title such as "2026年政府收支分类科目" is neither: the code must be bracketed or followed by a separator.
    const joined = /^(?:[[【(（](\d{3,7})[\]】)）]\s*|(\d{3,7})(?:\s+|\s*[-－—:：、]\s*))(\S.*)$/.exec(code)
    if (joined) {
      code = joined[1] ?? joined[2] ?? ''
      name = joined[3] ?? ''
    }
    if (!/^\d+$/.test(code)) return // a title or header row
    if (!CODE.test(code)) {
      skipped.push(`第 ${i + 1} 行的编码“${code}”不是 3、5 或 7 位的支出功能分类编码`)
      return
    }
    if (!name) {
      skipped.push(`第 ${i + 1} 行的科目 ${code} 没有名称`)
      return
    }
    if (seen.has(code)) return
    seen.add(code)
    entries.push({ code, name: name.replace(/\s+/g, '') })
  })
  return { entries, skipped }
}
