// Regrouper gives exactly groupBy's groups (same keys, same order, same items) for every version
// of an array edited in place-like steps, and hands on the very arrays of groups an edit did not touch.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Regrouper } from '../../../shared/util/regroup'
import { groupBy } from '../../../shared/util/group-by'

interface Item { unit: string; kind: 'a' | 'b' }

const item = fc.record({ unit: fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5'), kind: fc.constantFrom<'a' | 'b'>('a', 'b') })
const step = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), item }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), item }),
)

describe('Regrouper', () => {
  it('equals groupBy after every edit and keeps untouched groups as the same arrays', () => {
    fc.assert(fc.property(fc.array(item, { maxLength: 40 }), fc.array(step, { maxLength: 25 }), (start, steps) => {
      const all = new Regrouper<Item>((x) => x.unit)
      const onlyA = new Regrouper<Item>((x) => x.unit, (x) => x.kind === 'a')
      let items: Item[] = start.map((x) => ({ ...x }))
      let before = new Map(all.groups(items))
      onlyA.groups(items)
      for (const s of steps) {
        const next = [...items]
        const at = next.length ? s.at % (next.length + (s.op === 'insert' ? 1 : 0)) : 0
        if (s.op === 'insert') next.splice(at, 0, { ...s.item })
        else if (next.length && s.op === 'remove') next.splice(at, 1)
        else if (next.length && s.op === 'replace') next[at] = { ...s.item }
        const got = all.groups(next)
        const want = groupBy(next, (x) => x.unit)
        expect([...got.keys()]).toEqual([...want.keys()])
        for (const [k, list] of want) expect(got.get(k)!.every((x, i) => x === list[i]) && got.get(k)!.length === list.length).toBe(true)
        const gotA = onlyA.groups(next)
        const wantA = groupBy(next.filter((x) => x.kind === 'a'), (x) => x.unit)
        expect([...gotA.keys()]).toEqual([...wantA.keys()])
        for (const [k, list] of wantA) expect(gotA.get(k)).toEqual(list)
        // A group none of whose items changed position among its own is handed on as is.
        const changed = new Set([...items.filter((x) => !next.includes(x)), ...next.filter((x) => !items.includes(x))].map((x) => x.unit))
        for (const [k, list] of got) if (!changed.has(k) && before.has(k)) expect(list).toBe(before.get(k))
        items = next
        before = new Map(got)
      }
    }), { numRuns: 300 })
  })
})
