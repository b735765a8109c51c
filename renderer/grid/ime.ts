// Typing on a selected grid cell through a Chinese input method (微软拼音, 搜狗, WPS's own).
// While an IME holds a key the page gets keydown key "Process" / keyCode 229 and the text comes later as a composition (pinyin
// growing in the field, then the chosen 汉字), or as a committed character (full-width digits).
// AG Grid starts an editor only on a printable key, so without this the composition went to
// the focused cell, which takes no text, and the first syllable was lost. Which keys are the
// IME's: ../ime-keys.ts.

/** What the grid passes the editor as eventKey when an IME key opened it: start empty, take the composition. */
export const IME_START = 'Process'

/**
 * Whether an IME key on a cell with this editor opens it. An amount cell always does (digits,
 * full-width or not, come through the IME too). A name cell does for a letter (pinyin), but not
 * for a digit key: as with plain typing, a number meant for the amount beside it never renames.
 */
export function imeOpens(code: string, editor: unknown): boolean {
  if (editor === 'moneyEditor') return true
  return editor === 'nameEditor' && !/^(Digit|Numpad)/.test(code)
}
