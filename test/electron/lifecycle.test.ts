import { describe, expect, it, vi } from 'vitest'
import { createCloseGuard, filesFromArgv, formatWindowTitle } from '../../electron/lifecycle'
import type { CloseChoice } from '../../electron/lifecycle'

describe('formatWindowTitle', () => {
  it('names the document, marks unsaved changes, ends with the app name', () => {
    expect(formatWindowTitle({ title: '2026年预算.ysb', dirty: false })).toBe('2026年预算.ysb — 预算公开表')
    expect(formatWindowTitle({ title: '2026年预算.ysb', dirty: true })).toBe('*2026年预算.ysb — 预算公开表')
    expect(formatWindowTitle({ title: ' ', dirty: true })).toBe('*未命名 — 预算公开表')
  })
})

function guardWith(answer: CloseChoice | (() => Promise<CloseChoice>)) {
  const calls: string[] = []
  const confirm = vi.fn(typeof answer === 'function' ? answer : async () => answer)
  const guard = createCloseGuard({
    confirm,
    requestSave: () => calls.push('save'),
    close: () => {
      calls.push('close')
      // A real close re-enters the 'close' event: it must now go through.
      calls.push(guard.shouldPreventClose() ? 'prevented' : 'closed')
    },
    discard: async () => {
      calls.push('discard')
    },
  })
  return { guard, calls, confirm }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('createCloseGuard', () => {
  it('lets a clean window close without asking', () => {
    const { guard, confirm } = guardWith('cancel')
    expect(guard.shouldPreventClose()).toBe(false)
    guard.documentStateChanged({ title: 'a.ysb', dirty: false })
    expect(guard.shouldPreventClose()).toBe(false)
    expect(confirm).not.toHaveBeenCalled()
  })

  it('取消 keeps the window open', async () => {
    const { guard, calls, confirm } = guardWith('cancel')
    guard.documentStateChanged({ title: 'a.ysb', dirty: true })
    expect(guard.shouldPreventClose()).toBe(true)
    await flush()
    expect(confirm).toHaveBeenCalledWith('a.ysb')
    expect(calls).toEqual([])
  })

  it('不保存 clears the recovery copy and closes', async () => {
    const { guard, calls } = guardWith('discard')
    guard.documentStateChanged({ title: 'a.ysb', dirty: true })
    expect(guard.shouldPreventClose()).toBe(true)
    await flush()
    expect(calls).toEqual(['discard', 'close', 'closed'])
  })

  it('保存 asks the renderer to save and closes once it reports clean', async () => {
    const { guard, calls } = guardWith('save')
    guard.documentStateChanged({ title: 'a.ysb', dirty: true })
    expect(guard.shouldPreventClose()).toBe(true)
    await flush()
    expect(calls).toEqual(['save'])
    guard.saveSettled('saved')
    guard.documentStateChanged({ title: 'a.ysb', dirty: true }) // not yet clean
    expect(calls).toEqual(['save'])
    guard.documentStateChanged({ title: 'a.ysb', dirty: false })
    expect(calls).toEqual(['save', 'close', 'closed'])
  })

  it.each(['cancelled', 'failed'] as const)('保存 then a %s save keeps the window open', async (outcome) => {
    const { guard, calls } = guardWith('save')
    guard.documentStateChanged({ title: '未命名', dirty: true })
    guard.shouldPreventClose()
    await flush()
    guard.saveSettled(outcome)
    // A later clean report (e.g. after the clerk saves by hand) must not close the window by surprise.
    guard.documentStateChanged({ title: 'b.ysb', dirty: false })
    expect(calls).toEqual(['save'])
  })

  it('asks once while the question is open', async () => {
    let answer!: (c: CloseChoice) => void
    const { guard, confirm } = guardWith(() => new Promise<CloseChoice>((r) => (answer = r)))
    guard.documentStateChanged({ title: 'a.ysb', dirty: true })
    expect(guard.shouldPreventClose()).toBe(true)
    expect(guard.shouldPreventClose()).toBe(true)
    expect(confirm).toHaveBeenCalledTimes(1)
    answer('cancel')
    await flush()
    guard.shouldPreventClose()
    expect(confirm).toHaveBeenCalledTimes(2)
  })

  it('closes directly if the book became clean while the question was open', async () => {
    let answer!: (c: CloseChoice) => void
    const { guard, calls } = guardWith(() => new Promise<CloseChoice>((r) => (answer = r)))
    guard.documentStateChanged({ title: 'a.ysb', dirty: true })
    guard.shouldPreventClose()
    guard.documentStateChanged({ title: 'a.ysb', dirty: false })
    answer('save')
    await flush()
    expect(calls).toEqual(['close', 'closed'])
  })

  it('a renderer reload forgets the dirty flag', () => {
    const { guard } = guardWith('cancel')
    guard.documentStateChanged({ title: 'a.ysb', dirty: true })
    guard.rendererReset()
    expect(guard.shouldPreventClose()).toBe(false)
  })
})

describe('filesFromArgv', () => {
  it('keeps absolute budget files only', () => {
    expect(
      filesFromArgv(['/opt/预算公开表/budget-tables', '--no-sandbox', '.', 'relative.ysb', '/home/clerk/2026.YSB', '/home/clerk/表.xlsx', '/home/clerk/a.txt']),
    ).toEqual(['/home/clerk/2026.YSB', '/home/clerk/表.xlsx'])
  })
})
