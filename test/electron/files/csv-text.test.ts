import { describe, expect, it } from 'vitest'
import { decodeText, NotTextError, splitDelimited } from '../../../electron/files/csv-text'

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('decodeText', () => {
  it('reads UTF-8 with or without a BOM', () => {
    expect(decodeText(utf8('\ufeff2010101,行政运行'))).toBe('2010101,行政运行')
    expect(decodeText(utf8('2010101,行政运行'))).toBe('2010101,行政运行')
  })

  it('reads GBK when the bytes are not UTF-8', () => {
    // "2010101,行政运行" as Excel/WPS save it in a Chinese Windows (GBK).
    const gbk = Uint8Array.from([0x32, 0x30, 0x31, 0x30, 0x31, 0x30, 0x31, 0x2c, 0xd0, 0xd0, 0xd5, 0xfe, 0xd4, 0xcb, 0xd0, 0xd0])
    expect(decodeText(gbk)).toBe('2010101,行政运行')
  })

  it("reads Excel's Unicode text (UTF-16LE with a BOM)", () => {
    const text = '2010101\t行政运行'
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    expect(decodeText(bytes)).toBe(text)
  })

  it('refuses bytes that are not text', () => {
    expect(() => decodeText(Uint8Array.from([0x32, 0x30, 0x00, 0x31]))).toThrow(NotTextError)
    expect(() => decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toThrow('文件不是文本格式的 CSV')
  })
})

describe('splitDelimited', () => {
  it('splits lines on any line end, cells on commas', () => {
    expect(splitDelimited('a,b\r\nc,d\ne\r,f')).toEqual([['a', 'b'], ['c', 'd'], ['e'], ['', 'f']])
  })

  it('splits on tabs when the text has tabs, keeping commas in cells', () => {
    expect(splitDelimited('2010101\t行政运行,补充\n')).toEqual([['2010101', '行政运行,补充'], ['']])
  })

  it('reads double-quoted cells with separators and doubled quotes', () => {
    expect(splitDelimited('"2010101","行政,运行"')).toEqual([['2010101', '行政,运行']])
    expect(splitDelimited('1,"a ""b"" c",')).toEqual([['1', 'a "b" c', '']])
    expect(splitDelimited('1,"open')).toEqual([['1', 'open']])
  })
})
