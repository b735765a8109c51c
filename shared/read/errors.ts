/** A workbook that cannot be read as a budget disclosure; the message is one sentence for the clerk. */
export class WorkbookReadError extends Error {
  override readonly name = 'WorkbookReadError'

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
  }
}
