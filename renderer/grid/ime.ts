// Typing on a selected grid cell through a Chinese input method (微软拼音, 搜狗, WPS's own).
// While an IME holds a key the page gets keydown key "Process" / keyCode 229 and the text comes later as a composition (pinyin
// growing in the field, then the chosen 汉字), or as a committed character (full-width digits).
// AG Grid starts an editor only on a printable key, so without this the composition went to
// the focused cell, which takes no text, and the first syllable was lost. Which keys are the
// IME's: ../ime-keys.ts.

/** What the grid passes the editor as eventKey when an IME key opened it: start empty, take the composition. */
export const IME_START = 'Process'

/** Keys that type something (by physical key); Shift, which switches the IME between 中 and 英, does not. */
const TEXT_KEY = /^(Key[A-Z]|Digit\d|Numpad(\d|Decimal|Subtract|Add|Multiply|Divide)|Space|Minus|Equal|Period|Comma|Semicolon|Quote|Slash|Backslash|BracketLeft|BracketRight|Backquote)$/

/** The IME key types something (an unknown physical key, '', counts as typing). */
export function imeTypes(code: string): boolean {
  return code === '' || TEXT_KEY.test(code)
}

/**
 * Whether an IME key on a cell with this editor opens it. An amount cell does for any key that
 * types (digits, full-width or not, come through the IME too). A name cell does for a letter
 * (pinyin), but not for a digit key: as with plain typing, a number meant for the amount beside
 * it never renames.
 */
export function imeOpens(code: string, editor: unknown): boolean {
  if (!imeTypes(code)) return false
  if (editor === 'moneyEditor') return true
  return editor === 'nameEditor' && !/^(Digit|Numpad)/.test(code)
}
