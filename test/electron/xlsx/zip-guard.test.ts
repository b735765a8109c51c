import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { inspectZip, ZipGuardError } from '../../../electron/xlsx/zip-guard'
import { fixturePath } from '../../support/fixtures'

describe('inspectZip', () => {
  const real = new Uint8Array(readFileSync(fixturePath('000.xlsx')))

  it('accepts a real workbook and sums its parts', () => {
    const z = inspectZip(real)
    expect(z.names).toContain('xl/workbook.xml')
    expect(z.uncompressed).toBeGreaterThan(real.byteLength)
  })

  it('refuses random bytes, a truncated file and an empty file with a Chinese message', () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919) % 251)
    for (const bad of [random, real.subarray(0, real.byteLength >> 1), new Uint8Array(0)]) {
      expect(() => inspectZip(bad)).toThrow(ZipGuardError)
      expect(() => inspectZip(bad)).toThrow(/文件/)
    }
  })

  it('refuses a workbook that would inflate past the limit before anything is inflated', () => {
    expect(() => inspectZip(real, 1000)).toThrow(/解压后超过/)
  })
})
