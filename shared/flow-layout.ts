// In shared/: DiagramFlow draws with this layout in the slides, and the checker counts a flow's clicks with it in Node.
import type { Stepped } from './steps.ts'
import { toStep } from './steps.ts'

export type Tone = 'k8s' | 'cri' | 'high' | 'low' | 'kernel' | 'neutral'

export interface FlowNode extends Stepped {
  id: string
  label: string
  sub?: string
  /** Level along the flow: row for top-down, column for left-to-right. */
  rank: number | string
  tone?: Tone
}

export interface FlowEdge extends Stepped {
  from: string
  to: string
  label?: string
}

export interface Box { x: number, y: number, w: number, h: number }

export interface FlowLayout {
  width: number
  height: number
  boxes: Map<string, Box>
  edges: { edge: FlowEdge, x1: number, y1: number, x2: number, y2: number, step: number }[]
}

/** Problems in a diagram's data, each said in words a teacher can act on. */
export function validateFlow(nodes: readonly FlowNode[], edges: readonly FlowEdge[]): string[] {
  const problems: string[] = []
  const ids = new Set<string>()
  for (const node of nodes) {
    if (ids.has(node.id))
      problems.push(`nœud « ${node.id} » défini deux fois`)
    ids.add(node.id)
    if (!Number.isFinite(Number(node.rank)))
      problems.push(`nœud « ${node.id} » : rank manquant ou invalide`)
  }
  for (const edge of edges) {
    for (const end of [edge.from, edge.to]) {
      if (!ids.has(end))
        problems.push(`flèche ${edge.from} → ${edge.to} : nœud « ${end} » inconnu`)
    }
  }
  return problems
}

/**
 * Places nodes on a grid: ranks along the flow, nodes of a rank spread evenly across it.
 * Edges go from the side of one box facing the next rank to the facing side of the other.
 */
export function layoutFlow(nodes: readonly FlowNode[], edges: readonly FlowEdge[], direction: 'TB' | 'LR', width: number, height: number): FlowLayout {
  const ranks = new Map<number, FlowNode[]>()
  for (const node of nodes) {
    const r = Number(node.rank)
    ranks.set(r, [...(ranks.get(r) ?? []), node])
  }
  const order = [...ranks.keys()].sort((a, b) => a - b)
  const along = direction === 'TB' ? height : width
  const across = direction === 'TB' ? width : height
  const slot = along / Math.max(order.length, 1)
  const boxes = new Map<string, Box>()
  order.forEach((r, i) => {
    const members = ranks.get(r)!
    const cell = across / members.length
    members.forEach((node, j) => {
      const hasSub = Boolean(node.sub)
      if (direction === 'TB') {
        const h = Math.min(hasSub ? 54 : 40, slot - 14)
        const w = Math.min(230, cell - 20)
        boxes.set(node.id, { x: cell * (j + 0.5) - w / 2, y: slot * (i + 0.5) - h / 2, w, h })
      }
      else {
        const w = Math.min(190, slot - 40)
        const h = Math.min(hasSub ? 58 : 44, cell - 14)
        boxes.set(node.id, { x: slot * (i + 0.5) - w / 2, y: cell * (j + 0.5) - h / 2, w, h })
      }
    })
  })
  const stepOf = new Map(nodes.map(n => [n.id, toStep(n.step)]))
  const laidEdges = edges.filter(e => boxes.has(e.from) && boxes.has(e.to)).map((edge) => {
    const a = boxes.get(edge.from)!
    const b = boxes.get(edge.to)!
    const step = edge.step !== undefined ? toStep(edge.step) : Math.max(stepOf.get(edge.from)!, stepOf.get(edge.to)!)
    const sameRank = direction === 'TB' ? Math.abs(a.y - b.y) < 1 : Math.abs(a.x - b.x) < 1
    if (direction === 'TB' && !sameRank) {
      const down = b.y > a.y
      return { edge, step, x1: a.x + a.w / 2, y1: down ? a.y + a.h : a.y, x2: b.x + b.w / 2, y2: down ? b.y : b.y + b.h }
    }
    if (direction === 'LR' && !sameRank) {
      const right = b.x > a.x
      return { edge, step, x1: right ? a.x + a.w : a.x, y1: a.y + a.h / 2, x2: right ? b.x : b.x + b.w, y2: b.y + b.h / 2 }
    }
    // Same rank: join the facing sides across the rank.
    if (direction === 'TB') {
      const right = b.x > a.x
      return { edge, step, x1: right ? a.x + a.w : a.x, y1: a.y + a.h / 2, x2: right ? b.x : b.x + b.w, y2: b.y + b.h / 2 }
    }
    const down = b.y > a.y
    return { edge, step, x1: a.x + a.w / 2, y1: down ? a.y + a.h : a.y, x2: b.x + b.w / 2, y2: down ? b.y : b.y + b.h }
  })
  return { width, height, boxes, edges: laidEdges }
}
