import type { Box } from './flow-layout.ts'
// In shared/: DiagramTree draws with this layout in the slides, and the checker counts its clicks with it in Node.
import type { Tone } from './palette.ts'
import type { Stepped } from './steps.ts'
import { textWidth } from './flow-layout.ts'
import { toStep } from './steps.ts'

export interface TreeNode extends Stepped {
  id: string
  label: string
  /** A second line: a PID, an option, what the process is for. */
  sub?: string
  /** The id of the parent process; none for a root. */
  parent?: string
  tone?: Tone
  /** Click at which the process stops (drawn dashed, with `endTag`); what it started stays. */
  ends?: number | string
  /** What is written on a stopped process; « arrêté » by default. */
  endTag?: string
}

export interface TreeLink {
  from: string
  to: string
  /** Right-angle route from the parent's bottom to the child's top. */
  points: [number, number][]
  step: number
}

export interface TreeLayout {
  width: number
  height: number
  boxes: Map<string, Box>
  links: TreeLink[]
  /** Depth of each node: 0 for a root. */
  depth: Map<string, number>
}

/** Problems in a tree's data, each said in words a teacher can act on. */
export function validateTree(nodes: readonly TreeNode[]): string[] {
  const problems: string[] = []
  const ids = new Set<string>()
  for (const n of nodes) {
    if (ids.has(n.id))
      problems.push(`processus « ${n.id} » défini deux fois`)
    ids.add(n.id)
  }
  const byId = new Map(nodes.map(n => [n.id, n]))
  for (const n of nodes) {
    if (n.parent === undefined)
      continue
    if (!ids.has(n.parent)) {
      problems.push(`processus « ${n.id} » : parent « ${n.parent} » inconnu`)
      continue
    }
    const seen = new Set([n.id])
    for (let p: string | undefined = n.parent; p; p = byId.get(p)?.parent) {
      if (seen.has(p)) {
        problems.push(`processus « ${n.id} » : parenté en boucle`)
        break
      }
      seen.add(p)
    }
    if (toStep(byId.get(n.parent)!.step) > toStep(n.step))
      problems.push(`processus « ${n.id} » : apparaît avant son parent « ${n.parent} »`)
  }
  if (!nodes.some(n => n.parent === undefined))
    problems.push('aucun processus racine (sans parent)')
  return problems
}

/** Clicks a tree needs: its highest `step` or `ends`. */
export function treeStepCount(nodes: readonly TreeNode[]): number {
  return nodes.reduce((max, n) => Math.max(max, toStep(n.step), toStep(n.ends)), 0)
}

/** State of a process at `step`, with `fresh` the step to emphasise (see stateAt in steps.ts). */
export function treeStateAt(node: TreeNode, step: number, fresh = step): 'hidden' | 'visible' | 'new' | 'ended' | 'ending' {
  const start = toStep(node.step)
  const end = node.ends === undefined ? Number.POSITIVE_INFINITY : toStep(node.ends)
  if (start > step)
    return 'hidden'
  if (end <= step)
    return end === fresh && fresh > 0 ? 'ending' : 'ended'
  return start === fresh && fresh > 0 ? 'new' : 'visible'
}

/**
 * A top-down tree: one row per generation, leaves side by side in the order given, each parent
 * centred over its children. Links turn at right angles half way between the rows, so that
 * siblings hang from one bar as in `pstree`.
 */
export function layoutTree(nodes: readonly TreeNode[], width: number, height: number): TreeLayout {
  const ids = new Set(nodes.map(n => n.id))
  const children = new Map<string, TreeNode[]>()
  const roots: TreeNode[] = []
  for (const n of nodes) {
    if (n.parent !== undefined && ids.has(n.parent) && n.parent !== n.id)
      children.set(n.parent, [...(children.get(n.parent) ?? []), n])
    else
      roots.push(n)
  }
  const depth = new Map<string, number>()
  const order: TreeNode[] = []
  const leafSlot = new Map<string, number>()
  let leaves = 0
  const visit = (n: TreeNode, d: number, seen: Set<string>) => {
    if (seen.has(n.id))
      return
    seen.add(n.id)
    depth.set(n.id, d)
    order.push(n)
    const kids = children.get(n.id) ?? []
    if (!kids.length)
      leafSlot.set(n.id, leaves++)
    for (const k of kids)
      visit(k, d + 1, seen)
  }
  const seen = new Set<string>()
  for (const r of roots)
    visit(r, 0, seen)
  const rows = Math.max(1, ...[...depth.values()].map(d => d + 1))
  const slotW = width / Math.max(leaves, 1)
  const rowH = height / rows
  const centre = new Map<string, number>()
  const place = (n: TreeNode): number => {
    if (centre.has(n.id))
      return centre.get(n.id)!
    const kids = (children.get(n.id) ?? []).filter(k => depth.has(k.id))
    const x = kids.length
      ? (place(kids[0]) + place(kids.at(-1)!)) / 2
      : slotW * (leafSlot.get(n.id)! + 0.5)
    centre.set(n.id, x)
    return x
  }
  const boxes = new Map<string, Box>()
  for (const n of order) {
    const x = place(n)
    const hasSub = Boolean(n.sub)
    const need = Math.max(textWidth(n.label, 18), textWidth(n.sub ?? '', 16) * 0.9) + 28
    const w = Math.min(Math.max(150, need), slotW - 16, width - 8)
    const h = Math.max(30, Math.min(hasSub ? 62 : 46, rowH - 30))
    const d = depth.get(n.id)!
    boxes.set(n.id, { x: Math.max(4, Math.min(width - 4 - w, x - w / 2)), y: rowH * (d + 0.5) - h / 2, w, h })
  }
  const links: TreeLink[] = []
  for (const n of order) {
    if (n.parent === undefined || !boxes.has(n.parent) || n.parent === n.id)
      continue
    const a = boxes.get(n.parent)!
    const b = boxes.get(n.id)!
    const x1 = a.x + a.w / 2
    const x2 = b.x + b.w / 2
    const y1 = a.y + a.h
    const y2 = b.y
    const ym = (y1 + y2) / 2
    const points: [number, number][] = Math.abs(x1 - x2) < 0.5 ? [[x1, y1], [x2, y2]] : [[x1, y1], [x1, ym], [x2, ym], [x2, y2]]
    links.push({ from: n.parent, to: n.id, points, step: toStep(n.step) })
  }
  return { width, height, boxes, links, depth }
}
