// 公开文本: the generated 概况, 情况说明 and 名词解释 as the document prints them. Every figure is
// marked and names its table and cell on hover (a click shows the cell); the clerk's own text
// (reasons, 概况, 其他说明 …) is edited in place, one undo step per change; what is still
// missing is marked like a check finding and counted at the top and in the sidebar.
import { useEffect, useRef, useState } from 'react'
import type { Paragraph, Run, Section } from '../../shared/explanation/types'
import { sectionHeading } from '../../shared/document/outline'
import { figureLabel } from '../../shared/document/figure-label'
import { useBook, jumpTo } from '../store/book-store'
import { useDisclosure } from './use-disclosure'
import { commitField, fieldKind, fieldPane, fieldText, isFigureField, openField } from './text-fields'
import { TextChart } from './TextChart'
import { entryChanged, entryClosed, entryOpened, type PendingEntry } from '../store/pending-entry'
import { enterKey, escapeKey } from '../ime-keys'

type FieldProps = { field: string; text: string; missing: boolean }

function FieldRun({ field, text: shown, missing }: FieldProps) {
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState('')
  const area = useRef<HTMLTextAreaElement>(null)
  const typed = useRef({ original: '', now: '' })
  const kind = fieldKind(field)
  useEffect(() => {
    if (!editing) return
    area.current?.focus()
    // Like a cell editor: what is typed belongs to the book, so every command (save, export,
    // switching panes) commits it first.
    const entry: PendingEntry = {
      get typed() {
        return typed.current.now !== typed.current.original
      },
      commit: () => {
        const ok = commitField(field, typed.current.now)
        if (ok) setEditing(false)
        return ok
      },
    }
    entryOpened(entry)
    return () => entryClosed(entry)
  }, [editing, field])
  const change = (value: string): void => {
    typed.current.now = value
    setText(value)
    entryChanged()
  }
  const start = (): void => {
    // A total or the projects' 绩效类别 opens its form, the unit counts 基本信息; a leaf is typed here.
    if (kind !== 'leaf') return openField(field)
    const current = fieldText(field)
    typed.current = { original: current, now: current }
    setText(current)
    setEditing(true)
  }
  const finish = (save: boolean): void => {
    // A refused text stays in the editor, with the toast saying why.
    if (save && !commitField(field, text)) return
    setEditing(false)
  }
  if (editing) {
    const figure = isFigureField(field)
    return (
      <textarea
        ref={area}
        className={figure ? 'field-editor figure-editor' : 'field-editor'}
        data-field={field}
        value={text}
        rows={figure ? 1 : Math.min(12, Math.max(1, Math.ceil(text.length / 40)))}
        onChange={(e) => change(e.target.value)}
        onBlur={() => finish(true)}
        onKeyDown={(e) => {
          // Enter commits a one-line reason; Shift+Enter starts a new paragraph of a long text.
          if (enterKey(e) && !e.shiftKey) {
            e.preventDefault()
            finish(true)
          }
          if (escapeKey(e)) finish(false)
        }}
      />
    )
  }
  const title = {
    pane: fieldPane(field)?.title ?? '',
    leaf: missing ? '尚未填写：点击填写' : isFigureField(field) ? '录入的数字：点击修改' : '点击修改（Shift+Enter 换段）',
    group: missing ? '尚未填写：点击分项填写' : '由各项相加：点击分项修改',
    projects: '尚未填写：点击标明各项目的绩效类别',
    none: '录入的内容',
  }[kind]
  return (
    <span
      className={missing ? 'field missing' : 'field'}
      data-field={field}
      role="button"
      tabIndex={0}
      title={title}
      onClick={start}
      onKeyDown={(e) => e.key === 'Enter' && start()}
    >
      {shown}
    </span>
  )
}

function FigureRun({ run }: { run: Extract<Run, { kind: 'figure' }> }) {
  const layouts = useBook((s) => s.derivation.layouts)
  const tables = useBook((s) => s.derivation.tables)
  const year = useBook((s) => s.derivation.book.year)
  const kind = run.field ? fieldKind(run.field) : 'none'
  // A typed figure is edited where it stands, like the gap it filled.
  if (kind === 'leaf') return <FieldRun field={run.field!} text={run.text} missing={false} />
  const refs = run.ref ? [run.ref] : (run.from ?? [])
  const where = run.ref ? `印于 ${figureLabel(run.ref, tables, layouts, year)}` : refs.length ? `由 ${refs.map((r) => figureLabel(r, tables, layouts, year)).join('、')} 算得` : '由录入的各项相加'
  const target = refs.find((r) => !r.prior)
  const opens = kind === 'group' ? '点击分项修改' : kind === 'projects' ? '点击修改各项目的绩效类别' : ''
  return (
    <span
      className={`figure ${run.role}`}
      title={opens ? `${where}；${opens}` : where}
      data-table={target?.table}
      data-row={target?.row}
      data-col={target?.col}
      data-field={run.field}
      onClick={() => (opens ? openField(run.field!) : target && jumpTo(target.table, target.row, target.col))}
    >
      {run.text}
    </span>
  )
}

function Runs({ p }: { p: Paragraph }) {
  return (
    <>
      {p.runs.map((run, i) => (run.kind === 'text' ? <span key={i}>{run.text}</span> : run.kind === 'figure' ? <FigureRun key={i} run={run} /> : <FieldRun key={i} field={run.field} text={run.text} missing={run.missing} />))}
    </>
  )
}

function SectionView({ section }: { section: Section }) {
  return (
    <section className="text-section" data-section={section.id}>
      {section.title ? <h3>{sectionHeading(section)}</h3> : null}
      {section.paragraphs.map((p, i) => (
        <p key={i} className={p.style === 'heading2' || p.style === 'heading3' ? 'sub' : 'body'}>
          <Runs p={p} />
        </p>
      ))}
      {section.chart ? <TextChart spec={section.chart} /> : null}
    </section>
  )
}

export function TextPane() {
  const { disclosure: d, current } = useDisclosure()
  if (!d) {
    return (
      <section className="text-pane" aria-label="公开文本">
        <h1 className="pane-title">公开文本</h1>
        <p className="checks-summary">正在根据公开表生成文字……</p>
      </section>
    )
  }
  const word = d.cover.scope === 'unit' ? '单位' : '部门'
  return (
    <section className={current ? 'text-pane' : 'text-pane updating'} aria-label="公开文本" aria-busy={!current}>
      <h1 className="pane-title">公开文本{current ? null : <span className="updating-note">（正在更新……）</span>}</h1>
      <p className="checks-summary">
        {d.missing.length === 0 ? (
          <span className="ok">需要填写的说明和数据都已填写。</span>
        ) : (
          <>
            还有 <b className="warn">{d.missing.length}</b> 处说明或数据未填写（黄色标出，点击即可填写）。数字均取自公开表，悬停可查看出处。
          </>
        )}
      </p>
      {d.missing.length ? (
        <ul className="missing-list">
          {d.missing.map((m) => (
            <li key={`${m.field}|${m.section}`} data-field={m.field}>
              <button type="button" className="missing-item" title="点击填写" onClick={() => openField(m.field)}>{m.message}</button>
            </li>
          ))}
        </ul>
      ) : null}
      <article className="text-document">
        <h2>第一部分 概况</h2>
        {d.overview.map((s) => <SectionView key={s.id} section={s} />)}
        <h2>第二部分 {d.cover.year}年{word}预算报表</h2>
        <p className="note">（13 张公开表，见左侧各表）</p>
        <h2>第三部分 {d.cover.year}年度{word}预算情况说明</h2>
        {d.explanation.map((s) => <SectionView key={s.id} section={s} />)}
        <h2>第四部分 名词解释</h2>
        <SectionView section={d.glossary} />
      </article>
    </section>
  )
}
