import { describe, it, expect } from 'vitest'
import { emptyBook } from '../../../shared/model/book'
import { addProject } from '../../../shared/edit'
import { Derivation } from '../../../shared/engine/derivation'
import { inputKey } from '../../../shared/model/keys'
import { ok } from '../../renderer/fixtures'

function book(scope: '部门' | '单位') {
  let b = { ...emptyBook('孝义市城市管理局', 2026), scope }
  b = ok(addProject(b, 'u1', 'current', '项目甲'))
  b = ok(addProject(b, 'u1', 'carry', '结转项目乙'))
  const d = new Derivation(b)
  d.setAmounts([[inputKey.project(b.projects[0]!.id, 'gp'), 500_000n], [inputKey.project(b.projects[1]!.id, 'gp'), 200_000n]])
  return d
}

describe('表十二/十三 rows', () => {
  it('a 单位 book prints its name once: the dept row, then its projects', () => {
    const d = book('单位')
    for (const t of ['t12', 't13'] as const) {
      const rows = d.layouts.get(t) ?? []
      expect(rows.filter((r) => r.text.name === d.book.department)).toHaveLength(1)
      expect(rows.map((r) => r.kind)).toEqual(['dept', 'project'])
    }
    expect(d.value('t12!dept!total')).toBe(500_000n)
    expect(d.value('t13!dept!gp')).toBe(200_000n)
  })

  it('a 部门 book keeps one row per unit under the department', () => {
    const d = book('部门')
    expect((d.layouts.get('t12') ?? []).map((r) => r.kind)).toEqual(['dept', 'unit', 'project'])
    expect(d.value('t12!dept!total')).toBe(500_000n)
  })
})
