// 审核 → 公开检查: what a 财政 inspection of the published disclosure would find (rules P01–P15
// on the tables and the generated 情况说明). A finding at a cell jumps there; one in the text
// names its section and paragraph, and one about a field still to fill opens it.
import { useMemo } from 'react'
import { publicationFindings, RULE_BY_ID, type RuleFinding } from '../../shared/inspect'
import { shortName, type TableSet } from '../../shared/tables/table-set'
import { useBook, jumpTo } from '../store/book-store'
import { openField } from './text-fields'

const SECTION_NAMES: Record<string, string> = {
  duties: '概况 职责', organization: '概况 机构设置', changes: '一、收支变动', income: '二、收入', expenditure: '三、支出', fiscal: '四、财政拨款', general: '五、一般公共预算',
  basic: '六、基本支出', threePublic: '七、“三公”经费', runningCosts: '八、机关运行经费', procurement: '九、政府采购',
  performance: '十、绩效管理', assets: '十一、国有资产', other: '十二、其他说明',
}

function where(f: RuleFinding, tables: TableSet): string {
  if (f.cells.length) return [...new Set(f.cells.map((c) => shortName(tables, c.table)))].join('、')
  if (f.paragraph) {
    const section = SECTION_NAMES[f.paragraph.section] ?? '情况说明'
    return f.paragraph.paragraph >= 0 ? `${section} 第${f.paragraph.paragraph + 1}段` : section
  }
  return '情况说明'
}

export function PublicationChecks() {
  const derivation = useBook((s) => s.derivation)
  const book = derivation.book
  const report = useBook((s) => s.importReport)
  const findings = useMemo(() => {
    const all = publicationFindings(book, report, derivation)
    return all.sort((a, b) => (a.severity === b.severity ? a.rule.localeCompare(b.rule) : a.severity === 'error' ? -1 : 1))
  }, [book, report, derivation])
  const errors = findings.filter((f) => f.severity === 'error').length
  return (
    <div className="publication-checks" aria-label="公开检查">
      <h2 className="pane-subtitle">公开检查</h2>
      <p className="checks-summary">
        {findings.length === 0 ? (
          <span className="ok">按公开检查要点（P01–P15）没有发现问题。</span>
        ) : (
          <>按财政部公开操作规程和年度专项检查要点，发现 <b className="err">{errors}</b> 个错误、<b className="warn">{findings.length - errors}</b> 个提示。</>
        )}
      </p>
      <ul className="findings">
        {findings.map((f, i) => (
          <li key={i}>
            <button
              type="button"
              className={`finding ${f.severity}`}
              data-rule={f.rule}
              data-field={f.field}
              disabled={f.cells.length === 0 && !f.field}
              title={f.cells.length === 0 && f.field ? `点击填写（${RULE_BY_ID.get(f.rule)?.source ?? ''}）` : RULE_BY_ID.get(f.rule)?.source}
              onClick={() => (f.cells[0] ? jumpTo(f.cells[0].table, f.cells[0].row, f.cells[0].col) : f.field && openField(f.field))}
            >
              <span className={`badge ${f.severity === 'error' ? 'error' : 'hint'}`}>{f.severity === 'error' ? '错误' : '提示'}</span>
              <span className="finding-check">{f.rule} {RULE_BY_ID.get(f.rule)?.title}</span>
              <span className="finding-message">{f.message}</span>
              <span className="finding-where">{where(f, derivation.tables)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
