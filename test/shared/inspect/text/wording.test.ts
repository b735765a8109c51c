// A 情况说明 worded the way other departments write it (headings without the standard numbering
// or words, 元 and 万元, full-width signs, "占比", "同比", a figure typed wrong), checked against
// seed 002's tables: every figure placed where its words say, the wrong one reported.
import { beforeAll, describe, expect, it } from 'vitest'
import { printedFigures, type PrintedFigures } from '../../../../shared/inspect/printed-figures'
import { checkText } from '../../../../shared/inspect/text/check-text'
import { openSeed } from '../support'

const TEXT = `一、收入支出预算总体情况
2026年本部门收入预算总额2355.12万元，支出预算总额2,355.12万元，同比增长5.81%，主要原因是人员增资。
二、收入预算情况
本年收入合计2,355.12万元，其中：一般公共预算财政拨款收入2,355.12万元，占比100%；单位资金0.00万元。
三、支出预算情况
支出预算合计2355.12万元，其中基本支出13,392,000元，占总支出的56.86％；项目支出1015.92万元，占43.14%。
四、财政拨款收入支出预算总体情况
财政拨款收入总计2355.12万元。财政拨款支出主要用于一般公共服务支出1948.40万元，教育支出48.00万元。
五、一般公共预算当年支出情况
一般公共预算当年支出2,355.12万元。其中：社会保障和就业支出185.87万元，占7.89%；卫生健康支出60.70万元，占2.58%。
六、一般公共预算基本支出情况
人员经费1268.69万元，公用经费70.15万元。
七、“三公”经费预算情况
“三公”经费预算1.6万元，其中公务用车运行维护费1.60万元，因公出国(境)费0万元。
八、机关运行经费
本部门2026年所属一家行政单位，机关运行经费预算70.51万元。
其他说明
本部门政府采购预算174.60万元。`

describe('a text in other words', () => {
  let pf: PrintedFigures
  beforeAll(async () => {
    pf = printedFigures((await openSeed('002')).book)
  })

  it('places every figure where its words say and reports the one typed wrong', () => {
    const r = checkText(TEXT, pf)
    const got = r.findings.map((f) => `${f.kind} ${f.text} ${f.where ?? f.reason}`)
    expect(got).toEqual([
      'matched 2355.12万元 表一 收入总计',
      'matched 2,355.12万元 表一 支出总计',
      'unplaced 5.81% 预算书中没有上年数（用“结转上年文件”可带入），无法核对增减',
      'matched 2,355.12万元 表二 合计行 合计',
      'matched 2,355.12万元 表二 合计行 一般公共预算',
      'matched 100% 表二 合计行 一般公共预算',
      'matched 0.00万元 表二 合计行 单位资金',
      'matched 2355.12万元 表三 合计行 合计',
      'matched 13,392,000元 表三 合计行 基本支出',
      'matched 56.86％ 表三 合计行 基本支出',
      'matched 1015.92万元 表三 合计行 项目支出',
      'matched 43.14% 表三 合计行 项目支出',
      'matched 2355.12万元 表四 收入总计',
      'matched 1948.40万元 表四 一般公共服务支出 小计',
      'matched 48.00万元 表四 教育支出 小计',
      'matched 2,355.12万元 表五 合计行 合计',
      'matched 185.87万元 表五 208 社会保障和就业支出 合计',
      'matched 7.89% 表五 208 社会保障和就业支出 合计',
      'matched 60.70万元 表五 210 卫生健康支出 合计',
      'matched 2.58% 表五 210 卫生健康支出 合计',
      'matched 1268.69万元 表六 合计行 人员经费',
      'differs 70.15万元 表六 合计行 公用经费',
      'matched 1.6万元 表十 合计',
      'matched 1.60万元 表十 ②公务用车运行维护费',
      'matched 0万元 表十 因公出国（境）费',
      'matched 一家 所属行政单位数',
      'matched 70.51万元 表十一 部门合计',
      'unplaced 174.60万元 其他说明中的数字无对应表格',
    ])
    expect(r.findings.find((f) => f.kind === 'differs')).toMatchObject({ expected: '70.51', line: 12 })
  })

  it('reads 财政拨款收入, 个 for units, 上年结转结余, 表五 基本支出, and leaves a part of 单位资金 unplaced', () => {
    const r = checkText(
      '二、收入预算情况说明\n本年财政拨款收入2,355.12万元，事业收入0万元，上年结转结余0万元。\n五、一般公共预算支出情况\n一般公共预算基本支出1,339.20万元。\n八、机关运行经费情况说明\n本部门所属1个行政单位。',
      pf,
    )
    expect(r.findings.map((f) => `${f.kind} ${f.where ?? f.reason}`)).toEqual([
      'matched 表四 本年收入合计',
      'unplaced 文字没有指明这是哪张表的哪个数',
      'matched 表二 合计行 上年结转',
      'matched 表五 合计行 基本支出',
      'matched 所属行政单位数',
    ])
  })
})
