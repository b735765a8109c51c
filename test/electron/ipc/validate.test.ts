import { describe, expect, it } from 'vitest'
import { API_CHANNELS } from '../../../shared/ipc-contract'
import type { ApiChannel } from '../../../shared/ipc-contract'
import { bookProblems, CHANNEL_LABELS, validateArgs } from '../../../electron/ipc/validate'
import { validateBook } from '../../../shared/model/validate'
import { book } from './fakes'

const CHINESE = /[\u4e00-\u9fff]/

function rejects(channel: ApiChannel, args: unknown[]): string {
  try {
    validateArgs(channel, args)
  } catch (error) {
    expect(error).toBeInstanceOf(Error)
    const message = (error as Error).message
    expect(message).toMatch(CHINESE)
    expect(message.startsWith(CHANNEL_LABELS[channel])).toBe(true)
    return message
  }
  throw new Error(`${channel} accepted ${JSON.stringify(args)}`)
}

const longString = 'x'.repeat(5000)

describe('validateArgs', () => {
  it('has a Chinese label for every channel', () => {
    for (const channel of API_CHANNELS) expect(CHANNEL_LABELS[channel]).toMatch(CHINESE)
  })

  it('accepts well-formed calls of every channel', () => {
    const b = book()
    expect(validateArgs('openDialog', [])).toEqual([])
    expect(validateArgs('openPath', ['/home/clerk/2026.ysb'])).toEqual(['/home/clerk/2026.ysb'])
    expect(validateArgs('openPath', ['/home/clerk/公开表.XLSX'])).toEqual(['/home/clerk/公开表.XLSX'])
    expect(validateArgs('save', [b, '/home/clerk/2026.ysb'])).toEqual([b, '/home/clerk/2026.ysb'])
    expect(validateArgs('save', [b, null])).toEqual([b, null])
    expect(validateArgs('save', [b])).toEqual([b, null])
    expect(validateArgs('saveAs', [b, '某某局2026年预算'])).toEqual([b, '某某局2026年预算'])
    expect(validateArgs('rollForward', [true])).toEqual([true])
    expect(validateArgs('exportXlsx', [b, ''])).toEqual([b, ''])
    expect(validateArgs('recentFiles', [])).toEqual([])
    expect(validateArgs('setDocumentState', [{ title: '2026.ysb', dirty: true }])).toEqual([{ title: '2026.ysb', dirty: true }])
    expect(validateArgs('writeRecovery', [b, null])).toEqual([b, null])
    expect(validateArgs('clearRecovery', [])).toEqual([])
    expect(validateArgs('pendingRecovery', [])).toEqual([])
    expect(validateArgs('loadRecovery', [])).toEqual([])
    expect(validateArgs('importCatalog', [])).toEqual([])
  })

  it.each(API_CHANNELS.filter((c) => !['openPath', 'save', 'saveAs', 'rollForward', 'exportXlsx', 'exportDocument', 'setDocumentState', 'writeRecovery'].includes(c)))(
    '%s refuses extra arguments',
    (channel) => {
      expect(rejects(channel, ['/etc/passwd'])).toContain('多了 1 个参数')
    },
  )

  it.each<[ApiChannel, unknown[]]>([
    ['openPath', []],
    ['openPath', [42]],
    ['openPath', ['relative/2026.ysb']],
    ['openPath', ['/home/clerk/2026.exe']],
    ['openPath', ['/home/clerk/2026.ysb.exe']],
    ['openPath', ['/home/clerk/\u0000.ysb']],
    ['openPath', [`/${longString}.ysb`]],
    ['openPath', ['/a.ysb', '/b.ysb']],
    ['save', [book(), '/home/clerk/2026.xlsx']],
    ['save', [book(), 'C:relative.ysb']],
    ['save', [book(), 42]],
    ['save', [{ ...book(), schema: 'other' }, null]],
    ['save', [null, null]],
    ['save', ['book', null]],
    ['save', [[], null]],
    ['saveAs', [book(), '../../etc/passwd']],
    ['saveAs', [book(), 'C:\\Windows\\evil']],
    ['saveAs', [book(), longString]],
    ['saveAs', [book(), 42]],
    ['saveAs', [book()]],
    ['rollForward', ['true']],
    ['rollForward', [1]],
    ['rollForward', []],
    ['exportXlsx', [book(), 'a/b']],
    ['exportXlsx', [{}, 'name']],
    ['exportDocument', [book(), 'a/b']],
    ['exportDocument', [{}, 'name']],
    ['setDocumentState', [{ title: 'x' }]],
    ['setDocumentState', [{ title: 'x', dirty: 'yes' }]],
    ['setDocumentState', [{ title: 42, dirty: false }]],
    ['setDocumentState', [{ title: 'x', dirty: false, extra: 1 }]],
    ['setDocumentState', [{ title: longString, dirty: false }]],
    ['setDocumentState', [{ title: 'a\nb', dirty: false }]],
    ['setDocumentState', ['x']],
    ['writeRecovery', [book(), '/home/clerk/2026.xlsx']],
    ['writeRecovery', [{ schema: 'budget-tables/book' }, null]],
  ])('%s rejects %j with a Chinese message', (channel, args) => {
    rejects(channel, args)
  })

  it('passes on what the book validator (shared/model/validate.ts) found', () => {
    for (const bad of [{ ...book(), schema: 'x' }, { ...book(), version: 99 }, { ...book(), year: 20.5 }, { ...book(), units: {} }]) {
      const result = validateBook(bad)
      if (result.ok) throw new Error('validator accepted a broken book')
      expect(rejects('save', [bad, null])).toContain(result.problems[0])
    }
  })
})

describe('bookProblems', () => {
  it('is empty for a valid book and lists problems otherwise', () => {
    expect(bookProblems(book())).toEqual([])
    expect(bookProblems({ ...book(), scope: '省' }).length).toBeGreaterThan(0)
    expect(bookProblems(null).length).toBeGreaterThan(0)
  })
})
