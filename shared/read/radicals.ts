// Chromium's PDFs (and some other tools') name a glyph by the first code point their font maps
// to it, and CJK fonts share the glyph of 门 with U+2EE8 ⻔ of the CJK Radicals Supplement: the
// text read back from such a PDF says "本部⻔" where "本部门" is printed. NFKC folds the Kangxi
// radicals (U+2F00 ⼀ → 一) but not this block, so this does, before text is compared.
// The pairs were read from the cmaps of the Noto Sans and Serif CJK SC fonts, not typed: the 84
// radicals of U+2E80–U+2EFF whose glyph a unified ideograph shares (Unicode names such
// equivalents in EquivalentUnifiedIdeograph.txt), each with that ideograph. One Kangxi radical
// is the same: the SC fonts draw ⼾ U+2F3E with the glyph of 户, while NFKC reads it as 戶 — a
// Chromium PDF's "财政专⼾管理资金" is 财政专户 as printed.

const PAIRS = '⼾户⺂乛⺃乚⺅亻⺇𠘨⺉刂⺋㔾⺍𭕄⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺩𤣩⺫罒⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺹耂⺺肀⺽𦥑⺾艹⻁虎⻂衤⻃覀⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻌辶⻐钅⻑長⻒镸⻓长⻔门⻕𨸏⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟'

const UNIFIED: ReadonlyMap<string, string> = (() => {
  const chars = Array.from(PAIRS)
  const map = new Map<string, string>()
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!)
  return map
})()

/**
 * `text` with each radical that stands for an ideograph replaced by it: the Kangxi radicals
 * (U+2F00–U+2FDF) as NFKC folds them, the Supplement's (and ⼾) by the pairs above. Nothing else of the
 * text changes (NFKC of the whole would also turn its full-width punctuation half-width).
 */
export function foldRadicals(text: string): string {
  return text.replace(/[\u2E80-\u2EFF\u2F00-\u2FDF]/g, (c) => UNIFIED.get(c) ?? c.normalize('NFKC'))
}
