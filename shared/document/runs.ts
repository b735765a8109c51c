// What a run of the generated text prints, the same in the .docx, the PDF and the pane: its text
// (a missing field carries the placeholder the text was built with), marked when still missing.
import type { Run } from '../explanation/types'

/** Printed for a missing field that came without a placeholder. */
export const MISSING_TEXT = '【待填写】'

export function isMissing(run: Run): boolean {
  return run.kind === 'field' && (run.missing || run.text.trim() === '')
}

export function runText(run: Run): string {
  return isMissing(run) && run.text.trim() === '' ? MISSING_TEXT : run.text
}
