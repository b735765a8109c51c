// The CLI's printer: a Chromium found on the system, driven headless by playwright-core.
import type { PrintHtml } from './pdf'
import { FOOTER_TEMPLATE } from './pdf'
import { findChromium } from './chromium'

export class NoChromiumError extends Error {}

export async function withCliPrinter<T>(use: (print: PrintHtml) => Promise<T>): Promise<T> {
  const executablePath = findChromium()
  if (!executablePath) {
    throw new NoChromiumError('找不到用于生成 PDF 的浏览器（Chromium、Chrome 或 Edge）。请安装其中之一，或用环境变量 BUDGET_TABLES_CHROMIUM 指明其路径；也可以先导出 .docx。')
  }
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath, headless: true })
  try {
    const page = await browser.newPage()
    return await use(async (html) => {
      await page.setContent(html, { waitUntil: 'load' })
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: FOOTER_TEMPLATE })
      return new Uint8Array(pdf)
    })
  } finally {
    await browser.close()
  }
}
