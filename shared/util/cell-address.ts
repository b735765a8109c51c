// A1-style cell addresses, for workbook readers' messages and for the formulas the app writes.

/** 0 → 'A', 25 → 'Z', 26 → 'AA'. */
export function columnLetter(col: number): string {
  let n = col + 1
  let s = ''
  while (n > 0) {
    const rem = (n - 1) % 26
    s = String.fromCharCode(65 + rem) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}

/** The A1-style address of a 0-based cell position. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`
}
