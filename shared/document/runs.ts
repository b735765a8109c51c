// What a run of the generated text prints, the same in the .docx, the PDF and the pane.
import type { Run } from '../explanation/types'

/** Printed in place of a clerk's field that is still empty, marked so nobody publishes it unnoticed. */
export const MISSING_TEXT = '【待填写】'

export function runText(run: Run): string {
  if (run.kind === 'field' && (run.missing || run.text.trim() === '')) return MISSING_TEXT
  return run.text
}

export function isMissing(run: Run): boolean {
  return run.kind === 'field' && (run.missing || run.text.trim() === '')
}
