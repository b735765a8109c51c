// Cutting a worksheet's XML after its first rows while it is being inflated, so a sheet of a
// million rows costs one pass over its bytes and never reaches exceljs whole. Rows after the cap
// are counted, not kept; what follows </sheetData> (merged cells, page set-up) is kept, and one
// empty <row r="N"/> stands for the last row so the loader still knows how long the sheet was.
// The XML is handled as latin1 text: every tag byte is ASCII, so UTF-8 text passes through unchanged.

/** '<row ' or '<x:row>' (any namespace prefix), not '<rowBreaks'. */
const ROW_START = /<((?:[A-Za-z_][\w.-]*:)?)row[\s>/]/g
const SHEET_DATA_END = /<\/(?:[A-Za-z_][\w.-]*:)?sheetData>/g
const ROW_NUMBER = /\sr\s*=\s*["'](\d+)["']/
/** Longest stretch held back between chunks (a partial tag); any real row tag is far shorter. */
const HOLD = 4096

export class SheetRowCutter {
  private state: 'rows' | 'skip' | 'tail' = 'rows'
  private carry = ''
  private rows = 0
  private lastRow = 0
  private prefix = ''
  private readonly out: string[] = []

  constructor(private readonly maxRows: number) {}

  /** Rows the sheet really has (its last row number, or the count when rows carry none). */
  get rowCount(): number {
    return Math.max(this.rows, this.lastRow)
  }

  get truncated(): boolean {
    return this.rows > this.maxRows
  }

  /** Feed the next inflated bytes; returns the bytes to keep (possibly none yet). */
  push(chunk: Uint8Array): string {
    const start = this.out.length
    this.scan(this.carry + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1'))
    return this.out.splice(start).join('')
  }

  /** The rest to keep once the entry has ended. */
  finish(): string {
    let rest = this.carry
    this.carry = ''
    // A sheet cut short with no </sheetData> is malformed either way; close it so the loader decides.
    if (this.state === 'skip') rest = `<${this.prefix}row r="${this.rowCount}"/></${this.prefix}sheetData></${this.prefix}worksheet>`
    return rest
  }

  private scan(s: string): void {
    if (this.state === 'tail') return void this.out.push(s)
    if (this.state === 'skip') return this.skip(s, 0)
    ROW_START.lastIndex = 0
    let scanned = 0
    for (let m = ROW_START.exec(s); m; m = ROW_START.exec(s)) {
      const close = s.indexOf('>', m.index)
      if (close < 0) break
      this.rows++
      const number = ROW_NUMBER.exec(s.slice(m.index, close))
      if (number) this.lastRow = Number(number[1])
      if (this.rows > this.maxRows) {
        this.out.push(s.slice(0, m.index))
        this.state = 'skip'
        this.prefix = m[1] ?? ''
        return this.skip(s, close + 1)
      }
      scanned = close + 1
      ROW_START.lastIndex = scanned
    }
    const keep = this.holdFrom(s, scanned)
    this.out.push(s.slice(0, keep))
    this.carry = s.slice(keep)
  }

  /** Past the cap: count rows and find the end of the data with native searches only (a million rows take a blink). */
  private skip(s: string, from: number): void {
    SHEET_DATA_END.lastIndex = from
    const end = SHEET_DATA_END.exec(s)
    const stop = end ? end.index : s.length
    const needle = `<${this.prefix}row`
    let last = -1
    for (let p = s.indexOf(needle, from); p >= 0 && p < stop; p = s.indexOf(needle, p + needle.length)) {
      // A tag not closed yet is held back for the next chunk, and counted there.
      if (s.indexOf('>', p) < 0) break
      if (/[\s>/]/.test(s.charAt(p + needle.length))) {
        this.rows++
        last = p
      }
    }
    if (last >= 0) {
      const number = ROW_NUMBER.exec(s.slice(last, s.indexOf('>', last)))
      if (number) this.lastRow = Number(number[1])
    }
    if (end) return this.endSkip(s, end.index)
    this.carry = s.slice(this.holdFrom(s, from))
  }

  /** Where to hold back a possibly partial tag at the end (one with no '>' yet); what was scanned is never scanned again. */
  private holdFrom(s: string, scanned: number): number {
    const lt = s.lastIndexOf('<')
    return lt >= scanned && s.indexOf('>', lt) < 0 && s.length - lt < HOLD ? lt : s.length
  }

  private endSkip(s: string, at: number): void {
    this.out.push(`<${this.prefix}row r="${this.rowCount}"/>`)
    this.state = 'tail'
    this.carry = ''
    this.out.push(s.slice(at))
  }
}
