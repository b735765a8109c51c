import { describe, expect, it } from 'vitest'
import { API_CHANNELS, CHANNELS } from '../../../shared/ipc-contract'
import type { ApiChannel } from '../../../shared/ipc-contract'
import { bookProblems, channelLabel, validateArgs } from '../../../electron/ipc/validate'
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
    expect(message.startsWith(channelLabel(channel))).toBe(true)
    return message
  }
  throw new Error(`${channel} accepted ${JSON.stringify(args)}`)
}

const longString = 'x'.repeat(5000)

describe('validateArgs', () => {
  it('has a Chinese label for every channel', () => {
    for (const channel of API_CHANNELS) expect(channelLabel(channel)).toMatch(CHINESE)
  })

  it('takes its channels, labels and arities from the one table in the contract', () => {
    expect(API_CHANNELS).toEqual(Object.keys(CHANNELS))
    for (const channel of API_CHANNELS) {
      expect(channelLabel(channel)).toBe(CHANNELS[channel].label)
      const arity = CHANNELS[channel].args.length
      expect(rejects(channel, Array.from({ length: arity + 1 }, () => null))).toContain('多了 1 个参数')
    }
  })

  it('accepts well-formed calls of every channel', () => {
    const b = book()
    expect(validateArgs('openDialog', [])).toEqual([])
    expect(validateArgs('openRecent', [])).toEqual([])
    expect(validateArgs('save', [b, '/home/clerk/2026.ysb', false])).toEqual([b, '/home/clerk/2026.ysb', false])
    expect(validateArgs('save', [b, null, true])).toEqual([b, null, true])
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
    expect(validateArgs('rendererReady', [])).toEqual([])
    expect(validateArgs('exportTemplate', [b, null, false])).toEqual([b, null, false])
    expect(validateArgs('exportTemplate', [b, 'u1', true])).toEqual([b, 'u1', true])
    expect(validateArgs('readUnitFiles', [])).toEqual([])
  })

  it.each(API_CHANNELS.filter((c) => !['save', 'saveAs', 'rollForward', 'exportXlsx', 'exportDocument', 'exportTemplate', 'setDocumentState', 'writeRecovery'].includes(c)))(
    '%s refuses extra arguments',
    (channel) => {
      expect(rejects(channel, ['/etc/passwd'])).toContain('多了 1 个参数')
    },
  )

  it.each<[ApiChannel, unknown[]]>([
    ['save', [book(), '/home/clerk/2026.xlsx', false]],
    ['save', [book(), 'C:relative.ysb', false]],
    ['save', [book(), 'relative/2026.ysb', false]],
    ['save', [book(), '/home/clerk/\u0000.ysb', false]],
    ['save', [book(), `/${longString}.ysb`, false]],
    ['save', [book(), 42, false]],
    ['save', [book(), null, 'yes']],
    ['save', [book(), null]],
    ['save', [{ ...book(), schema: 'other' }, null, false]],
    ['save', [null, null, false]],
    ['save', ['book', null, false]],
    ['save', [[], null, false]],
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
    ['exportTemplate', [book(), 42, false]],
    ['exportTemplate', [book(), 'u1']],
    ['exportTemplate', [book(), null, false, '/etc/passwd']],
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
      expect(rejects('save', [bad, null, false])).toContain(result.problems[0])
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
