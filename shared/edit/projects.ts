// 表十二 (kind 'current') and 表十三 (kind 'carry') projects.
import type { BudgetBook, Project } from '../model/book'
import { cleanName, done, refuse, type EditResult } from './result'
import { newId } from './fresh-ids'
import { nameProblem } from '../model/limits'

const KIND_TABLE = { current: '表十二', carry: '表十三' } as const

export function addProject(book: BudgetBook, unitId: string, kind: Project['kind'], name: string): EditResult {
  const unit = book.units.find((u) => u.id === unitId)
  if (!unit) return refuse('请选择项目所属单位')
  const n = cleanName(name)
  const tooLong = nameProblem(n)
  if (tooLong) return refuse(tooLong)
  if (!n) return refuse('请输入项目名称')
  if (book.projects.some((p) => p.unitId === unitId && p.kind === kind && cleanName(p.name) === n)) {
    return refuse(`${KIND_TABLE[kind]}中“${unit.name}”已有项目“${n}”`)
  }
  const project: Project = { id: newId(book, 'project'), unitId, name: n, kind, amounts: {} }
  // Keep a unit's projects together, new ones last.
  const lastOfUnit = book.projects.map((p) => p.unitId === unitId && p.kind === kind).lastIndexOf(true)
  const projects = [...book.projects]
  projects.splice(lastOfUnit === -1 ? projects.length : lastOfUnit + 1, 0, project)
  return done({ ...book, projects })
}

export function removeProject(book: BudgetBook, id: string): EditResult {
  if (!book.projects.some((p) => p.id === id)) return refuse('没有这个项目')
  return done({ ...book, projects: book.projects.filter((p) => p.id !== id) })
}

export function renameProject(book: BudgetBook, id: string, name: string): EditResult {
  const project = book.projects.find((p) => p.id === id)
  if (!project) return refuse('没有这个项目')
  const n = cleanName(name)
  if (!n) return refuse('项目名称不能为空')
  const clash = book.projects.find((p) => p.id !== id && p.unitId === project.unitId && p.kind === project.kind && cleanName(p.name) === n)
  if (clash) return refuse(`本单位已有项目“${n}”`)
  return done({ ...book, projects: book.projects.map((p) => (p.id === id ? { ...p, name: n } : p)) })
}
