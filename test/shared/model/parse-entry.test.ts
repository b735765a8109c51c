import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { parseEntry, normalizeEntryText, spaceGroupingNote, ENTRY_HINT, largeAmountNote } from '../../../shared/model/parse-entry'
import { AMOUNT_TOO_LARGE, MAX_AMOUNT_FEN, fenToString, formatAmount, toFen } from '../../../shared/model/money'

const wan = (s: string): bigint => {
  const r = parseEntry(s, '万元')
  if (!r.ok) throw new Error(`${s}: ${r.message}`)
  return r.fen
}
const yuan = (s: string): bigint => {
  const r = parseEntry(s, '元')
  if (!r.ok) throw new Error(`${s}: ${r.message}`)
  return r.fen
}
const error = (s: string, unit: '万元' | '元' = '万元'): string => {
  const r = parseEntry(s, unit)
  if (r.ok) throw new Error(`${s} parsed as ${r.fen}`)
  return r.message
}

describe('parseEntry: plain numbers', () => {
  it('reads integers and decimals in 万元 and 元', () => {
    expect(wan('1')).toBe(1_000_000n)
    expect(wan('1234.56')).toBe(1_234_560_000n)
    expect(wan('0.000001')).toBe(1n)
    expect(yuan('1234.56')).toBe(123_456n)
    expect(yuan('0.01')).toBe(1n)
  })

  it('treats empty, blanks and a lone dash as zero', () => {
    expect(wan('')).toBe(0n)
    expect(wan('   ')).toBe(0n)
    expect(wan('\u3000')).toBe(0n)
    expect(wan('-')).toBe(0n)
    expect(wan(' - ')).toBe(0n)
  })

  it('accepts grouping commas only where they group thousands', () => {
    expect(wan('1,234.56')).toBe(1_234_560_000n)
    expect(wan('12,345,678')).toBe(12_345_678_000_000n)
    expect(error('1,23')).toBe(ENTRY_HINT)
    expect(error('12,3456')).toBe(ENTRY_HINT)
    expect(error(',123')).toBe(ENTRY_HINT)
  })

  it('reads full-width digits, comma, period and minus from a Chinese input method', () => {
    expect(wan('１２３４．５')).toBe(1_234_500_000n)
    expect(wan('１，２３４．５６')).toBe(1_234_560_000n)
    expect(wan('－１２')).toBe(-12_000_000n)
    expect(wan('12。5')).toBe(12_500_000n)
    expect(wan('−3')).toBe(-3_000_000n)
  })

  it('ignores spaces anywhere, including non-breaking and ideographic ones', () => {
    expect(wan(' 1 234.5 ')).toBe(1_234_500_000n)
    expect(wan('1\u00a0000')).toBe(1_000_000_000n)
    expect(wan('\t12\t')).toBe(12_000_000n)
    expect(wan('1 234 567')).toBe(1_234_567_000_000n)
    expect(wan('=100 + 20')).toBe(120_000_000n)
  })

  it('says when a space between digits was read as a thousands separator, and only then', () => {
    for (const typed of ['100 200', '１　２３４', '1\u00a0000', '1 234 567', '=1 234+5', '(1 000)']) {
      expect(parseEntry(typed, '万元'), typed).toMatchObject({ ok: true, spaceGrouped: true })
    }
    // Grouping commas, no grouping, spaces at the ends or around an operator join no digits.
    for (const typed of ['1,234', '1234', ' 1234 ', '\t12\t', '=100 + 20', '- 5', '']) {
      const r = parseEntry(typed, '万元')
      expect(r.ok, typed).toBe(true)
      expect(r, typed).not.toHaveProperty('spaceGrouped')
    }
    expect(parseEntry('100 200', '万元')).toEqual({ ok: true, fen: 100_200_000_000n, spaceGrouped: true })
    expect(spaceGroupingNote(' 100 200 ', 100_200_000_000n, '万元')).toBe(
      '“100 200”中的空格已按千位分隔读作 100,200.00；如果是两个数，请按 Ctrl+Z 撤销后分别输入',
    )
    expect(spaceGroupingNote('1 234.5', 123_450n, '元')).toContain('读作 1,234.50；')
  })

  it('refuses a space between digits that does not group thousands, never joining them into another number', () => {
    for (const typed of ['12 5', '１２　５', '1 2345', '12 34.5', '1 23', '=12 5']) {
      expect(parseEntry(typed, '万元'), typed).toEqual({ ok: false, message: '数字中间有空格，请删去空格（千位分隔请用逗号，如 1,234）' })
    }
  })

  it('reads signs, accounting negatives and a currency sign', () => {
    expect(wan('+5')).toBe(5_000_000n)
    expect(wan('-5.5')).toBe(-5_500_000n)
    expect(wan('(1,234.00)')).toBe(-1_234_000_000n)
    expect(wan('（12）')).toBe(-12_000_000n)
    expect(yuan('¥12.30')).toBe(1230n)
    expect(yuan('￥1,000')).toBe(100_000n)
    expect(yuan('-￥3')).toBe(-300n)
  })

  it('accepts a trailing or leading decimal point', () => {
    expect(wan('12.')).toBe(12_000_000n)
    expect(wan('.5')).toBe(500_000n)
  })

  it('refuses more decimals than the unit can hold, naming the limit', () => {
    expect(error('1.234', '元')).toBe('小数位过多：以元为单位最多 2 位小数')
    expect(error('1.0000001')).toBe('小数位过多：以万元为单位最多 6 位小数')
    expect(yuan('1.230')).toBe(123n)
  })

  it('refuses text with the standard hint', () => {
    for (const s of ['abc', '12a', '1.2.3', '--1', '1-', '一百', '12元', 'NaN', 'Infinity', '1e5', '0x10']) {
      expect(error(s)).toBe(ENTRY_HINT)
    }
  })

  it('suggests a leading = when arithmetic is typed without one', () => {
    expect(error('100+20')).toBe('如需计算，请以 = 开头，例如 =100+20')
    expect(error('3*4')).toBe('如需计算，请以 = 开头，例如 =100+20')
  })

  it('holds amounts up to the book limit (under 10 万亿元) and refuses beyond it in either unit', () => {
    expect(wan('999,999,999.999999')).toBe(999_999_999_999_999n)
    expect(error('1000000000')).toBe(AMOUNT_TOO_LARGE)
    expect(parseEntry('9999999999999.99', '元')).toEqual({ ok: true, fen: 999_999_999_999_999n })
    expect(parseEntry('-10,000,000,000,000', '元')).toEqual({ ok: false, message: AMOUNT_TOO_LARGE })
    for (const digits of [20, 25, 400, 1_000_000]) expect(error('9'.repeat(digits))).toBe(AMOUNT_TOO_LARGE)
    expect(error('=99999*99999*99999')).toBe(AMOUNT_TOO_LARGE)
    expect(error('=(1' + '0'.repeat(600) + ')')).toBe(AMOUNT_TOO_LARGE)
    expect(error('=9' + '9'.repeat(400))).toBe(AMOUNT_TOO_LARGE)
  })
})

describe('parseEntry: formulas', () => {
  it('evaluates + − × ÷ with precedence and parentheses', () => {
    expect(wan('=100+20')).toBe(120_000_000n)
    expect(wan('=100-20*2')).toBe(60_000_000n)
    expect(wan('=(100-20)*2')).toBe(160_000_000n)
    expect(wan('=100/4')).toBe(25_000_000n)
    expect(wan('=10×3÷2')).toBe(15_000_000n)
    expect(wan('＝１００＋２０')).toBe(120_000_000n)
    expect(wan('=（1+2）×3')).toBe(9_000_000n)
    expect(wan('= 1 + 2 ')).toBe(3_000_000n)
  })

  it('is exact where binary floating point is not', () => {
    expect(yuan('=0.1+0.2')).toBe(30n)
    expect(wan('=0.1+0.2-0.3')).toBe(0n)
    expect(yuan('=1.1*1.1')).toBe(121n)
    expect(wan('=123456789.123456+0.000001')).toBe(123_456_789_123_457n)
  })

  it('rounds a quotient half-up to the unit precision', () => {
    expect(yuan('=1/3')).toBe(33n) // 0.333… → 0.33
    expect(yuan('=2/3')).toBe(67n) // 0.666… → 0.67
    expect(yuan('=0.125/1')).toBe(13n) // 0.125 → 0.13 (half up)
    expect(yuan('=-0.125/1')).toBe(-13n) // half away from zero
    expect(wan('=1/3')).toBe(333_333n) // 6 decimals in 万元
    expect(wan('=2/3')).toBe(666_667n)
    expect(yuan('=1/3*3')).toBe(100n) // rounded once, at the end
  })

  it('supports unary signs, grouping commas and percent', () => {
    expect(wan('=-5+3')).toBe(-2_000_000n)
    expect(wan('=-(5+3)')).toBe(-8_000_000n)
    expect(wan('=2*-3')).toBe(-6_000_000n)
    expect(wan('=1,000+1')).toBe(1_001_000_000n)
    expect(yuan('=200*5%')).toBe(1000n)
    expect(yuan('=(100+100)%')).toBe(200n)
  })

  it('explains what is wrong with a bad formula', () => {
    expect(error('=')).toBe('公式为空，例如 =100+20')
    expect(error('=1/0')).toBe('公式有误：除数不能为零')
    expect(error('=1/(2-2)')).toBe('公式有误：除数不能为零')
    expect(error('=(1+2')).toBe('公式有误：括号不配对')
    expect(error('=1+2)')).toBe('公式有误：括号不配对')
    expect(error('=1+')).toBe('公式不完整，例如 =100+20')
    expect(error('=A1+2')).toBe('公式有误：无法识别“A”')
    expect(error('=1,23+1')).toBe('公式有误：“1,23”不是数字')
    expect(error('=1..2')).toBe('公式有误：“1..2”不是数字')
  })

  it('refuses a formula nested or long beyond reason with a message instead of overflowing the stack', () => {
    const TOO_COMPLEX = '公式过长或括号层数过多'
    const deep = (n: number): string => `=${'('.repeat(n)}1${')'.repeat(n)}`
    expect(error(deep(20_000))).toBe(TOO_COMPLEX)
    expect(error(`=${'('.repeat(20_000)}`)).toBe(TOO_COMPLEX)
    expect(error(deep(101))).toBe(TOO_COMPLEX)
    expect(wan(deep(100))).toBe(1_000_000n)
    expect(error(`=${'-'.repeat(20_000)}1`)).toBe(TOO_COMPLEX)
    expect(error(`=${'-'.repeat(101)}1`)).toBe(TOO_COMPLEX)
    expect(wan(`=${'-'.repeat(100)}1`)).toBe(1_000_000n)
    expect(error(`=${Array(600).fill('1').join('+')}`)).toBe(TOO_COMPLEX)
    expect(wan(`=${Array(400).fill('1').join('+')}`)).toBe(400n * 1_000_000n)
  })
})

describe('normalizeEntryText', () => {
  it('maps full-width characters to ASCII and drops spaces', () => {
    expect(normalizeEntryText('＝（１２３，４５６．７８）×２ ')).toBe('=(123,456.78)*2')
  })
})

describe('parseEntry: properties', () => {
  it('reads back every displayed amount a book can hold exactly (formatAmount → parseEntry)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(MAX_AMOUNT_FEN - 1n), max: MAX_AMOUNT_FEN - 1n }), fc.constantFrom('万元' as const, '元' as const), (fen, unit) => {
        const r = parseEntry(formatAmount(fen, unit), unit)
        expect(r).toEqual({ ok: true, fen })
        const plain = parseEntry(fenToString(fen, unit), unit)
        expect(plain).toEqual({ ok: true, fen })
      }),
    )
  })

  it('adds exactly: =a+b equals a plus b', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.bigInt({ min: 0n, max: 10n ** 15n }), (a, b) => {
        const r = parseEntry(`=${fenToString(a, '元')}+${fenToString(b, '元')}`, '元')
        expect(r).toEqual(a + b < MAX_AMOUNT_FEN ? { ok: true, fen: a + b } : { ok: false, message: AMOUNT_TOO_LARGE })
      }),
    )
  })

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const r = parseEntry(s, '万元')
        expect(typeof r.ok).toBe('boolean')
      }),
    )
  })
})

describe('largeAmountNote (a 元 figure typed into a 万元 book, clerk9 #3)', () => {
  it('speaks from 100,000 万元 (10 亿元) up, in a 万元 book only, offering the 元 reading when it is whole 分', () => {
    expect(largeAmountNote(toFen('99999.999999', '万元'), '万元')).toBeNull()
    expect(largeAmountNote(toFen('100000', '万元'), '万元')).toBe('已按万元读入 100,000.00 万元（即 1,000,000,000.00 元）；如果输入的是元数，请按 Ctrl+Z 撤销后输入 10.00')
    expect(largeAmountNote(toFen('-400000', '万元'), '万元')).toMatch(/^已按万元读入 -400,000\.00 万元/)
    expect(largeAmountNote(toFen('123456.123456', '万元'), '万元')).toBe('已按万元读入 123,456.123456 万元（即 1,234,561,234.56 元）；如果输入的是元数，请按 Ctrl+Z 撤销后换算成万元输入')
    expect(largeAmountNote(toFen('4000000000', '元'), '元')).toBeNull()
  })
})
