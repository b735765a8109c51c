// Edmonds–Karp max-flow on a small graph with exact (bigint) capacities. Used to place money
// where a published file gives only totals on two sides: each 项's project money of sources no
// table splits (supply) against each source's project money in 表十二 (demand).
export class FlowNetwork {
  private readonly to: number[] = []
  private readonly cap: bigint[] = []
  private readonly adj: number[][]

  constructor(readonly size: number) {
    this.adj = Array.from({ length: size }, () => [])
  }

  /** Adds an edge and returns its id (read its flow with flowOf). */
  edge(from: number, to: number, capacity: bigint): number {
    const id = this.to.length
    this.to.push(to, from)
    this.cap.push(capacity > 0n ? capacity : 0n, 0n)
    this.adj[from]!.push(id)
    this.adj[to]!.push(id + 1)
    return id
  }

  /** The flow on edge `id` after maxFlow (the reverse edge's residual). */
  flowOf(id: number): bigint {
    return this.cap[id + 1]!
  }

  maxFlow(source: number, sink: number): bigint {
    let total = 0n
    for (;;) {
      const via = new Array<number>(this.size).fill(-1)
      via[source] = -2
      const queue = [source]
      for (let q = 0; q < queue.length && via[sink] === -1; q++) {
        const v = queue[q]!
        for (const e of this.adj[v]!) {
          const w = this.to[e]!
          if (via[w] === -1 && this.cap[e]! > 0n) {
            via[w] = e
            queue.push(w)
          }
        }
      }
      if (via[sink] === -1) return total
      let push = -1n
      for (let v = sink; v !== source; v = this.to[via[v]! ^ 1]!) {
        const c = this.cap[via[v]!]!
        if (push < 0n || c < push) push = c
      }
      for (let v = sink; v !== source; v = this.to[via[v]! ^ 1]!) {
        this.cap[via[v]!]! -= push
        this.cap[via[v]! ^ 1]! += push
      }
      total += push
    }
  }
}
