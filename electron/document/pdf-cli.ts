// The CLI's printer: a Chromium-family browser found on the system (electron/chromium-path.ts:
// $CHROMIUM_PATH, else Chromium, Chrome or Edge where they install), driven headless by
// playwright-core. The app prints with its own Chromium instead (pdf-electron.ts).
import type { PrintHtml } from './pdf'
import { PRINT_OPTIONS } from './pdf'
import { ChromiumNotFoundError, findChromium } from '../chromium-path'

export class NoChromiumError extends Error {}

/** The browser to print with, or null when the machine has none. */
export function cliChromium(): string | null {
  try {
    return findChromium()
  } catch (error) {
    if (error instanceof ChromiumNotFoundError) return null
    throw error
  }
}

export async function withCliPrinter<T>(use: (print: PrintHtml) => Promise<T>): Promise<T> {
  const executablePath = cliChromium()
  if (!executablePath) {
    throw new NoChromiumError('找不到用于生成 PDF 的浏览器（Chromium、Chrome 或 Edge）。请安装其中之一，或用环境变量 CHROMIUM_PATH 指明其路径；也可以先导出 .docx。')
  }
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath, headless: true })
  try {
    const page = await browser.newPage()
    return await use(async (html) => {
      await page.setContent(html, { waitUntil: 'load' })
      const pdf = await page.pdf(PRINT_OPTIONS)
      return new Uint8Array(pdf)
    })
  } finally {
    await browser.close()
  }
}
