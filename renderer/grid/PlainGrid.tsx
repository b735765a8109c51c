// AG Grid drawing its own DOM (createGrid), held by a React component. ag-grid-react draws
// every row and cell as a React component, and mounting them was most of the time it took to
// show a table; nothing in our cells needs React (the editors are plain classes), so the grid
// draws them itself. Props are grid options: the first ones create the grid, changed ones go
// to it after each render, as ag-grid-react does with its props.
import { useLayoutEffect, useRef } from 'react'
import { createGrid, type GridApi, type GridOptions } from 'ag-grid-community'

const fill = { width: '100%', height: '100%' }

export function PlainGrid<T>(props: GridOptions<T>) {
  const host = useRef<HTMLDivElement>(null)
  const api = useRef<GridApi<T> | null>(null)
  const applied = useRef(props)

  useLayoutEffect(() => {
    const grid = createGrid(host.current!, { ...applied.current })
    api.current = grid
    return () => {
      api.current = null
      grid.destroy()
    }
  }, [])

  useLayoutEffect(() => {
    const before = applied.current
    applied.current = props
    const grid = api.current
    if (before === props || !grid || grid.isDestroyed()) return
    const changed: GridOptions<T> = {}
    let any = false
    for (const key of Object.keys(props) as (keyof GridOptions<T>)[]) {
      if (props[key] === before[key]) continue
      ;(changed as Record<string, unknown>)[key] = props[key]
      any = true
    }
    if (any) grid.updateGridOptions(changed)
  })

  return <div ref={host} style={fill} />
}
