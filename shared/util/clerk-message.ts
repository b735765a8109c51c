// What a clerk reads when something fails: our own messages are Chinese; anything else (a library's
// or the runtime's English, a thrown non-Error) becomes one Chinese sentence instead of
// "[object Object]" or "Cannot read properties of undefined". Used by main, the CLI and the renderer.

export const UNEXPECTED = '发生了意外的程序错误，文件未被修改。请把这个文件发给软件维护人员以便查明原因'

export function clerkMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : ''
  return /[\u4e00-\u9fff]/.test(message) ? message : UNEXPECTED
}
