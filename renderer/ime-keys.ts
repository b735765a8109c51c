// Keys a Chinese input method (微软拼音, 搜狗, WPS's own; fcitx/ibus on 统信 UOS and 麒麟) holds.
// While an IME takes a key the page still gets a keydown: key "Process" / keyCode 229 on
// Windows, keyCode 229 with the letter itself on some IMEs, the real key marked isComposing on
// others. Enter then confirms a candidate, Esc drops the composition, arrows pick a candidate:
// none of them is the page's Enter, Esc or arrow.

export interface KeyFacts {
  key: string
  keyCode: number
  isComposing?: boolean
}

/** The key belongs to the input method: a composition is open, or the IME is taking this key. */
export function imeKey(e: KeyFacts): boolean {
  if (e.isComposing === true || e.key === 'Process') return true
  // keyCode 229 on a character: the IME has that letter. Not on Enter, Tab or an arrow outside a
  // composition: some Windows machines report 229 for every key in a text field with no IME
  // at work (a Chromium quirk), and there Enter must still apply the cell.
  return e.keyCode === 229 && (e.key.length === 1 || e.key === 'Unidentified')
}

/** The page's own Enter (a React keydown), not one confirming an IME candidate. */
export function enterKey(e: { key: string; nativeEvent: KeyFacts }): boolean {
  return e.key === 'Enter' && !imeKey(e.nativeEvent)
}

/** The page's own Esc, not one dropping an IME composition. */
export function escapeKey(e: { key: string; nativeEvent: KeyFacts }): boolean {
  return e.key === 'Escape' && !imeKey(e.nativeEvent)
}
