// The CLI's help text (Chinese: the users are finance clerks and their IT staff).
export const HELP = `预算公开表 命令行工具

用法：
  budget-tables export <输入文件> <输出.xlsx>
      将预算书（.ysb）或任意可读取的 Excel 公开表（.xlsx）导出为 13 张标准公开表工作簿。
  budget-tables document <输入文件> <输出.docx|输出.pdf>
      生成完整的预算公开文件：封面、目录、概况、13 张公开表、情况说明（含图表）、名词解释。
      .pdf 需要本机装有 Chromium、Chrome 或 Edge（或用环境变量 CHROMIUM_PATH 指明路径）。
  budget-tables check <输入文件> [--json]
      校验勾稽关系（C1–C10），并列出读取 Excel 公开表时发现的印刷数与计算数的差异。
      --json  以 JSON 输出：{"checks":[…],"importReport":[…],…}
  budget-tables check <输入文件> --text <说明.docx|.txt|.pdf> [--json]
      核对情况说明中的每个数字是否与表中一致（表文一致），并按公开检查规则（P01–P15）检查表格和说明
      （不带 --text 时只检查表格）。--json 的输出另有 "rules":[…] 和 "textFindings":[…]。
  budget-tables inspect <文件夹> <输出.xlsx>
      检查文件夹中的每个工作簿（.xlsx/.ysb，及同名的 .docx/.txt/.pdf 情况说明），
      输出“汇总”（每个部门一行，按严重程度计数）和“全部问题”两张表。
  budget-tables roll-forward <输入文件> <输出文件> [--keep-amounts]
      结转到下一年度：年度加一，保留单位、科目、经济科目、收入科目和项目，上年数存为对比数，
      上年结转清空。默认清空本年金额；--keep-amounts 保留本年金额作为起点。
      输出文件的扩展名决定格式：.ysb（预算书）或 .xlsx（填报表：列出全部科目和项目，金额待填）。
  budget-tables set-unit <输入文件> <输出文件> <元|万元>
      更改录入金额单位，所有金额精确换算（1 万元 = 10000 元）。
  budget-tables template <输入文件> <输出.xlsx> [--unit <单位名称>] [--keep-amounts]
      生成下发给单位的填报表：列出全部功能科目、经济科目、收入科目和项目，金额单元格留空待填，合计为公式。
      --unit 只为该单位生成；--keep-amounts 以现有金额作为起点。
  budget-tables consolidate <输出.ysb|输出.xlsx> <单位文件>... [--into <部门预算书>] [--department <部门名称>]
      汇总各单位报送的填报表（或 .ysb 预算书）为部门预算，逐个文件列出汇总、替换或退回的情况。
      --into 汇总到已有的部门预算书（重新报送的单位替换原数据）。退出码 1：有文件被退回或有勾稽错误。
  budget-tables --help
      显示本说明。

退出码：
  0  成功（check：没有错误）
  1  check 发现错误（警告不算错误）
  2  文件无法读取或写入，或命令用法有误（原因写在标准错误输出中）
`
