// Text read back from a PDF names some glyphs by a radical (Chromium: ⻔ for 门, ⼀ for 一);
// read as the ideographs printed, and compared as such, while nothing else of the text changes.
import { describe, expect, it } from 'vitest'
import { foldRadicals } from '../../../shared/read/radicals'
import { textKey } from '../../../shared/read/text'

describe('foldRadicals', () => {
  it('reads the radicals of both blocks as their ideographs', () => {
    expect(foldRadicals('一、本部⻔职责')).toBe('一、本部门职责')
    expect(foldRadicals('⻅⻓⻢⻚⻛⻜⻬⻰⻩⻋⻉')).toBe('见长马页风飞齐龙黄车贝')
    expect(foldRadicals('⼀⼆⼈')).toBe('一二人')
    // ⼾ is drawn as 户 by the SC fonts (NFKC alone would read 戶).
    expect(foldRadicals('财政专⼾管理资金')).toBe('财政专户管理资金')
  })
  it('changes nothing else: full-width punctuation and digits stay as printed', () => {
    const text = '（一）收入预算１２３.４５万元，增长５%。'
    expect(foldRadicals(text)).toBe(text)
  })
  it('compares a radical-bearing text with the printed one', () => {
    expect(textKey('孝义市民政局⻔户')).toBe(textKey('孝义市民政局门户'))
  })
})
