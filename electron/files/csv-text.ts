// Text files as Chinese offices make them: Excel's and WPS's "CSV" is GBK unless the clerk picked
// "CSV UTF-8" (which writes a BOM), and Excel's "Unicode 文本" is tab-separated UTF-16LE.

/** Thrown for bytes that are not text; the message is for the clerk. */
export class NotTextError extends Error {}

/**
 * The text of a file: UTF-16 when it starts with a UTF-16 BOM, UTF-8 (BOM stripped) when the
 * bytes are valid UTF-8, else GBK (Node's ICU decodes it as GB18030, a superset).
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2))
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2))
  else {
    try {
      // TextDecoder strips a UTF-8 BOM by default.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      text = new TextDecoder('gbk').decode(bytes)
    }
  }
  // Control characters other than tab and line ends (NUL above all) mean a binary file: a
  // spreadsheet renamed to .csv, an image, random bytes. Decoded as GBK they would read as noise.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) throw new NotTextError('文件不是文本格式的 CSV，可能是改了扩展名的其他文件')
  return text
}

/**
 * Lines split into cells: on tabs when the text has any (Excel's tab-separated text), else on
 * commas. A cell in double quotes may hold the separator and "" for a quote; a quoted cell
 * spanning lines is not supported (a catalog's code and name never do).
 */
export function splitDelimited(text: string): string[][] {
  const sep = text.includes('\t') ? '\t' : ','
  return text.split(/\r\n|\r|\n/).map((line) => splitLine(line, sep))
}

function splitLine(line: string, sep: string): string[] {
  const cells: string[] = []
  let i = 0
  for (;;) {
    let cell = ''
    if (line[i] === '"') {
      i++
      while (i < line.length) {
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            cell += '"'
            i += 2
            continue
          }
          i++
          break
        }
        cell += line[i++]
      }
      // Anything between the closing quote and the separator is kept, as spreadsheets do.
      while (i < line.length && line[i] !== sep) cell += line[i++]
    } else {
      while (i < line.length && line[i] !== sep) cell += line[i++]
    }
    cells.push(cell)
    if (i >= line.length) return cells
    i++ // the separator
  }
}
