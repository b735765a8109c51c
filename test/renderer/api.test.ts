// The renderer's toasts speak Chinese whatever a call rejects with: our own sentences pass through
// (without Electron's "Error invoking remote method" wrapper), anything else becomes one Chinese sentence.
import { describe, expect, it } from 'vitest'
import { errorText, failureText } from '../../renderer/api'
import { UNEXPECTED } from '../../shared/util/clerk-message'

describe('errorText', () => {
  it('keeps our message and drops the IPC wrapper', () => {
    expect(errorText(new Error("Error invoking remote method 'save': Error: 保存失败：磁盘空间不足"))).toBe('保存失败：磁盘空间不足')
  })

  it('never shows [object Object] or the runtime\'s English', () => {
    expect(errorText({ code: 42 })).toBe(UNEXPECTED)
    expect(errorText(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(UNEXPECTED)
    expect(failureText('打开', { code: 42 })).toBe(`打开失败：${UNEXPECTED}`)
  })
})
