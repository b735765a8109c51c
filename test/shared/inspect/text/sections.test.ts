// A whole disclosure's text (目录, 第一部分 概况 … 第三部分 情况说明): a part heading opens no
// section of the 情况说明, so 概况 after the 目录 is not read as 其他说明 (the 目录's last entry).
import { describe, expect, it } from 'vitest'
import { splitSections } from '../../../../shared/inspect/text/sections'

const TEXT = [
  '目录',
  '第一部分 概况 1',
  '一、本部门职责 1',
  '第三部分 2027年度部门预算情况说明 19',
  '十二、其他说明 26',
  '第四部分 名词解释 27',
  '第一部分 概况',
  '一、本部门职责',
  '下属孝义市财政国库支付中心、孝义市财政预算服务中心2个事业单位。',
  '第三部分 2027年度部门预算情况说明',
  '七、“三公”经费增减变动原因说明',
  '2027年“三公”经费预算3.80万元。',
].join('\n')

describe('splitSections', () => {
  const lines = splitSections(TEXT)
  const sectionOf = (text: string) => lines.find((l) => l.text === text)!.section

  it('reads 概况 after the 目录 in no section of the 情况说明', () => {
    expect(sectionOf('下属孝义市财政国库支付中心、孝义市财政预算服务中心2个事业单位。')).toBeNull()
  })

  it('still opens the sections of the 情况说明 by their headings', () => {
    expect(sectionOf('2027年“三公”经费预算3.80万元。')).toBe('threePublic')
  })
})
