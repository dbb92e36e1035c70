// In shared/: DiagramFlow draws with this layout in the slides, and the checker counts a flow's clicks with it in Node.
import type { Tone } from './palette.ts'
import type { Stepped } from './steps.ts'
import { toStep } from './steps.ts'

export type { Tone } from './palette.ts'

export interface FlowNode extends Stepped {
  id: string
  label: string
  sub?: string
  /** Level along the flow: row for top-down, column for left-to-right. A group needs none. */
  rank?: number | string
  tone?: Tone
  /** The node (a group) that holds this one: a Pod in its node, dockershim in the kubelet. */
  group?: string
}

export interface FlowEdge extends Stepped {
  from: string
  to: string
  label?: string
  /** What the arrow is: an RPC (solid, default), a fork/exec (dashed), a call inside one process (dotted). */
  kind?: 'rpc' | 'exec' | 'call'
}

export interface Box {
  x: number
  y: number
  w: number
  h: number
  /** Too short for two lines: the sub-label follows the label on the same line. */
  inline?: boolean
}

export interface LaidEdge {
  edge: FlowEdge
  /** Where the arrow leaves and arrives. */
  x1: number
  y1: number
  x2: number
  y2: number
  /** The route, right angles only: straight when the two ports line up. */
  points: [number, number][]
  /** Where the label goes: beside the arrow, never on it. */
  labelAt: LabelAt
  step: number
}

/** Where a connector's label goes: beside the arrow, never on it (flows and state machines). */
export interface LabelAt { x: number, y: number, anchor: 'start' | 'middle' }

export interface FlowLayout {
  width: number
  height: number
  boxes: Map<string, Box>
  /** Ids of the nodes that hold others, drawn as containers behind them, outermost first. */
  groups: string[]
  edges: LaidEdge[]
}

/** Room a group keeps around what it holds, and above it for its own label. */
export const GROUP_PAD = 10
export const GROUP_HEADER = 24

/** Ids of the nodes that some other node names as its group. */
export function groupIds(nodes: readonly FlowNode[]): Set<string> {
  return new Set(nodes.map(n => n.group).filter((g): g is string => Boolean(g)))
}

/** Problems in a diagram's data, each said in words a teacher can act on. */
export function validateFlow(nodes: readonly FlowNode[], edges: readonly FlowEdge[]): string[] {
  const problems: string[] = []
  const ids = new Set<string>()
  const groups = groupIds(nodes)
  for (const node of nodes) {
    if (ids.has(node.id))
      problems.push(`nœud « ${node.id} » défini deux fois`)
    ids.add(node.id)
    if (!groups.has(node.id) && !Number.isFinite(Number(node.rank ?? Number.NaN)))
      problems.push(`nœud « ${node.id} » : rank manquant ou invalide`)
  }
  const byId = new Map(nodes.map(n => [n.id, n]))
  for (const node of nodes) {
    if (!node.group)
      continue
    if (!ids.has(node.group)) {
      problems.push(`nœud « ${node.id} » : groupe « ${node.group} » inconnu`)
      continue
    }
    // A group that ends up holding itself would have no box.
    const seen = new Set([node.id])
    for (let g: string | undefined = node.group; g; g = byId.get(g)?.group) {
      if (seen.has(g)) {
        problems.push(`nœud « ${node.id} » : groupes en boucle`)
        break
      }
      seen.add(g)
    }
  }
  for (const edge of edges) {
    for (const end of [edge.from, edge.to]) {
      if (!ids.has(end))
        problems.push(`flèche ${edge.from} → ${edge.to} : nœud « ${end} » inconnu`)
    }
  }
  return problems
}

/** Rough width of a label in SVG units: bold Nunito Sans runs about 0.58 em a character. */
export function textWidth(text: string, size: number): number {
  return text.length * size * 0.58
}

/**
 * Places nodes on a grid: ranks along the flow, nodes of a rank spread evenly across it; a
 * group is drawn around what it holds. Edges leave the side of one box facing the other and
 * turn at right angles; when several edges share a side, their ends spread along it, so
 * that two arrowheads never meet at one point.
 */
export function layoutFlow(nodes: readonly FlowNode[], edges: readonly FlowEdge[], direction: 'TB' | 'LR', width: number, height: number): FlowLayout {
  const groups = groupIds(nodes)
  const leaves = nodes.filter(n => !groups.has(n.id) && Number.isFinite(Number(n.rank)))
  const depth = (id: string, seen = new Set<string>()): number => {
    const g = nodes.find(n => n.id === id)?.group
    if (!g || seen.has(g))
      return 0
    seen.add(g)
    return 1 + depth(g, seen)
  }
  // Leave room at the edges of the drawing for the groups' frames.
  const maxDepth = Math.max(0, ...leaves.map(n => depth(n.id)))
  const inset = maxDepth * GROUP_PAD
  const top = maxDepth * (GROUP_HEADER + GROUP_PAD)
  const ranks = new Map<number, FlowNode[]>()
  for (const node of leaves) {
    const r = Number(node.rank)
    ranks.set(r, [...(ranks.get(r) ?? []), node])
  }
  const order = [...ranks.keys()].sort((a, b) => a - b)
  const along = direction === 'TB' ? height - top - inset : width - 2 * inset
  const across = direction === 'TB' ? width - 2 * inset : height - top - inset
  const offAlong = direction === 'TB' ? top : inset
  const offAcross = direction === 'TB' ? inset : top
  const slot = along / Math.max(order.length, 1)
  const boxes = new Map<string, Box>()
  // Groups add a header above their rows: boxes in a group's rank leave it room.
  const gap = maxDepth > 0 ? GROUP_HEADER + GROUP_PAD : 0
  order.forEach((r, i) => {
    const members = ranks.get(r)!
    const cell = across / members.length
    members.forEach((node, j) => {
      const hasSub = Boolean(node.sub)
      const twoLines = Math.max(textWidth(node.label, 18), textWidth(node.sub ?? '', 16) * 0.9) + 28
      const oneLine = textWidth(node.label, 18) + textWidth(node.sub ?? '', 16) * 0.9 + 40
      if (direction === 'TB') {
        const h = Math.max(30, Math.min(hasSub ? 62 : 44, slot - 18 - gap))
        const inline = hasSub && h < 52
        const w = Math.min(Math.max(180, inline ? oneLine : twoLines), cell - 20)
        boxes.set(node.id, { x: offAcross + cell * (j + 0.5) - w / 2, y: offAlong + slot * (i + 0.5) - h / 2 + gap / 2, w, h, inline })
      }
      else {
        const h = Math.max(30, Math.min(hasSub ? 62 : 46, cell - 18 - gap))
        const inline = hasSub && h < 52
        const w = Math.min(Math.max(150, inline ? oneLine : twoLines), slot - 44 - 2 * GROUP_PAD * maxDepth)
        boxes.set(node.id, { x: offAlong + slot * (i + 0.5) - w / 2, y: offAcross + cell * (j + 0.5) - h / 2 + gap / 2, w, h, inline })
      }
    })
  })
  // Groups, innermost first, around their members.
  const groupOrder = [...groups].filter(g => nodes.some(n => n.id === g)).sort((a, b) => depth(b) - depth(a))
  for (const g of groupOrder) {
    const inside = nodes.filter(n => n.group === g).map(n => boxes.get(n.id)).filter((b): b is Box => Boolean(b))
    if (!inside.length)
      continue
    const x = Math.min(...inside.map(b => b.x)) - GROUP_PAD
    const y = Math.min(...inside.map(b => b.y)) - GROUP_PAD - GROUP_HEADER
    const x2 = Math.max(...inside.map(b => b.x + b.w)) + GROUP_PAD
    const y2 = Math.max(...inside.map(b => b.y + b.h)) + GROUP_PAD
    boxes.set(g, { x, y, w: x2 - x, h: y2 - y })
  }

  const stepOf = new Map(nodes.map(n => [n.id, toStep(n.step)]))
  const drawn = edges.filter(e => boxes.has(e.from) && boxes.has(e.to))
  // Which side of each box every edge end uses, to spread the ends that share a side.
  type Side = 'top' | 'bottom' | 'left' | 'right'
  const ends: { box: string, side: Side, other: Box, edge: number, end: 'from' | 'to' }[] = []
  const sides = drawn.map((edge, k) => {
    const a = boxes.get(edge.from)!
    const b = boxes.get(edge.to)!
    const sameRank = direction === 'TB' ? Math.abs(a.y - b.y) < 1 : Math.abs(a.x - b.x) < 1
    const vertical = direction === 'TB' ? !sameRank : sameRank
    let from: Side, to: Side
    if (vertical) {
      const down = b.y > a.y
      from = down ? 'bottom' : 'top'
      to = down ? 'top' : 'bottom'
    }
    else {
      const right = b.x > a.x
      from = right ? 'right' : 'left'
      to = right ? 'left' : 'right'
    }
    ends.push({ box: edge.from, side: from, other: b, edge: k, end: 'from' }, { box: edge.to, side: to, other: a, edge: k, end: 'to' })
    return { from, to, vertical }
  })
  const port = new Map<string, [number, number]>()
  const bySide = new Map<string, typeof ends>()
  for (const e of ends)
    bySide.set(`${e.box}:${e.side}`, [...(bySide.get(`${e.box}:${e.side}`) ?? []), e])
  for (const list of bySide.values()) {
    const box = boxes.get(list[0].box)!
    const horizontalSide = list[0].side === 'top' || list[0].side === 'bottom'
    // Ends sorted by where the other box is, so that routes do not cross.
    list.sort((p, q) => horizontalSide ? (p.other.x + p.other.w / 2) - (q.other.x + q.other.w / 2) : (p.other.y + p.other.h / 2) - (q.other.y + q.other.h / 2))
    list.forEach((e, i) => {
      const t = list.length === 1 ? 0.5 : 0.25 + 0.5 * i / (list.length - 1)
      const xy: [number, number] = horizontalSide
        ? [box.x + box.w * t, e.side === 'top' ? box.y : box.y + box.h]
        : [e.side === 'left' ? box.x : box.x + box.w, box.y + box.h * t]
      port.set(`${e.edge}:${e.end}`, xy)
    })
  }
  const laidEdges = drawn.map((edge, k): LaidEdge => {
    const [x1, y1] = port.get(`${k}:from`)!
    let [x2, y2] = port.get(`${k}:to`)!
    const step = edge.step !== undefined ? toStep(edge.step) : Math.max(stepOf.get(edge.from) ?? 0, stepOf.get(edge.to) ?? 0)
    const { vertical } = sides[k]
    // A lone end straight across from the other one: snap it, so the arrow is one straight line.
    if (vertical && Math.abs(x2 - x1) < 24 && bySide.get(`${edge.to}:${sides[k].to}`)!.length === 1)
      x2 = x1
    if (!vertical && Math.abs(y2 - y1) < 24 && bySide.get(`${edge.to}:${sides[k].to}`)!.length === 1)
      y2 = y1
    let points: [number, number][]
    let labelAt: LaidEdge['labelAt']
    if (vertical) {
      const ym = (y1 + y2) / 2
      points = Math.abs(x2 - x1) < 0.5 ? [[x1, y1], [x2, y2]] : [[x1, y1], [x1, ym], [x2, ym], [x2, y2]]
      // Beside a straight arrow; above the horizontal run of a bent one, on the side it turns to.
      labelAt = points.length === 2
        ? { x: x1 + 8, y: ym + 5, anchor: 'start' }
        : { x: (x1 + x2) / 2, y: ym - 6, anchor: 'middle' }
    }
    else {
      const xm = (x1 + x2) / 2
      points = Math.abs(y2 - y1) < 0.5 ? [[x1, y1], [x2, y2]] : [[x1, y1], [xm, y1], [xm, y2], [x2, y2]]
      labelAt = { x: (points.at(-2)![0] + x2) / 2, y: y2 - 8, anchor: 'middle' }
    }
    return { edge, step, x1, y1, x2, y2, points, labelAt }
  })
  return { width, height, boxes, groups: groupOrder.reverse(), edges: laidEdges }
}

/** An SVG path through right-angle points. */
export function pathOf(points: readonly [number, number][]): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'} ${Math.round(x * 10) / 10} ${Math.round(y * 10) / 10}`).join(' ')
}
