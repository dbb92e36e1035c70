import type { Box, LabelAt } from './flow-layout.ts'
// In shared/: DiagramStates draws with this layout in the slides, and the checker counts its clicks with it in Node.
import type { Tone } from './palette.ts'
import type { Stepped } from './steps.ts'
import { textWidth } from './flow-layout.ts'
import { toStep } from './steps.ts'

export interface StateNode extends Stepped {
  id: string
  label: string
  sub?: string
  tone?: Tone
  /** An end that is no state any more (the container deleted): drawn dashed. */
  end?: boolean
}

export interface Transition extends Stepped {
  from: string
  to: string
  /** The operation, written on the arrow: create, start, kill… */
  label?: string
  /** An operation that reads and changes nothing (`state`): drawn as a dotted loop. */
  query?: boolean
}

export interface LaidTransition {
  transition: Transition
  points: [number, number][]
  labelAt: LabelAt
  step: number
}

export interface StatesLayout {
  width: number
  height: number
  boxes: Map<string, Box>
  transitions: LaidTransition[]
}

export function validateStates(states: readonly StateNode[], transitions: readonly Transition[]): string[] {
  const problems: string[] = []
  const ids = new Set<string>()
  for (const s of states) {
    if (ids.has(s.id))
      problems.push(`état « ${s.id} » défini deux fois`)
    ids.add(s.id)
  }
  for (const t of transitions) {
    for (const end of [t.from, t.to]) {
      if (!ids.has(end))
        problems.push(`transition ${t.from} → ${t.to}${t.label ? ` (${t.label})` : ''} : état « ${end} » inconnu`)
    }
  }
  return problems
}

/** A transition comes with the later of its two states unless it has its own `step`. */
export function transitionStep(t: Transition, states: readonly StateNode[]): number {
  if (t.step !== undefined)
    return toStep(t.step)
  const stepOf = (id: string) => toStep(states.find(s => s.id === id)?.step)
  return Math.max(stepOf(t.from), stepOf(t.to))
}

/** Clicks a state machine needs: its highest step, states and transitions together. */
export function statesStepCount(states: readonly StateNode[], transitions: readonly Transition[]): number {
  return Math.max(0, ...states.map(s => toStep(s.step)), ...transitions.map(t => transitionStep(t, states)))
}

/**
 * States on one row, in the order given (the life of the thing, left to right). A transition to
 * the next state is a straight arrow with its operation above it; any other one (a skip, a way
 * back) goes round below the row at right angles, one lane per transition, its operation on
 * the lane; a query is a loop above its state.
 */
export function layoutStates(states: readonly StateNode[], transitions: readonly Transition[], width: number, height: number): StatesLayout {
  const index = new Map(states.map((s, i) => [s.id, i]))
  const detours = transitions.filter(t => index.has(t.from) && index.has(t.to) && t.from !== t.to && index.get(t.to)! !== index.get(t.from)! + 1)
  const lane = 34
  const loops = transitions.some(t => t.from === t.to)
  const top = loops ? 60 : 30
  const rowH = Math.max(46, Math.min(58, height - top - detours.length * lane - 16))
  const cell = width / Math.max(states.length, 1)
  const gapMin = 54
  const boxes = new Map<string, Box>()
  states.forEach((s, i) => {
    const need = Math.max(textWidth(s.label, 18), textWidth(s.sub ?? '', 16) * 0.9) + 28
    const w = Math.min(Math.max(120, need), cell - gapMin)
    boxes.set(s.id, { x: cell * (i + 0.5) - w / 2, y: top, w, h: rowH })
  })
  let nextLane = 0
  const laid: LaidTransition[] = []
  for (const t of transitions) {
    const a = boxes.get(t.from)
    const b = boxes.get(t.to)
    if (!a || !b)
      continue
    const step = transitionStep(t, states)
    const i = index.get(t.from)!
    const j = index.get(t.to)!
    if (t.from === t.to) {
      const cx = a.x + a.w / 2
      const points: [number, number][] = [[cx - 18, a.y], [cx - 18, a.y - 26], [cx + 18, a.y - 26], [cx + 18, a.y]]
      laid.push({ transition: t, points, labelAt: { x: cx, y: a.y - 34, anchor: 'middle' }, step })
    }
    else if (j === i + 1) {
      const y = a.y + a.h / 2
      // On the arrow when the words fit between the two states; above the row when they do not.
      const fits = textWidth(t.label ?? '', 16) <= b.x - (a.x + a.w) - 6
      laid.push({ transition: t, points: [[a.x + a.w, y], [b.x, y]], labelAt: { x: (a.x + a.w + b.x) / 2, y: fits ? y - 9 : a.y - 8, anchor: 'middle' }, step })
    }
    else {
      const k = nextLane++
      const y = a.y + a.h + lane * (k + 1)
      // Ends spread along the bottom sides, so that two lanes never share an arrowhead.
      const shift = (k % 3 - 1) * 16
      const x1 = a.x + a.w / 2 + (j > i ? 12 : -12) + shift
      const x2 = b.x + b.w / 2 + (j > i ? -12 : 12) + shift
      laid.push({ transition: t, points: [[x1, a.y + a.h], [x1, y], [x2, y], [x2, b.y + b.h]], labelAt: { x: (x1 + x2) / 2, y: y - 7, anchor: 'middle' }, step })
    }
  }
  return { width, height, boxes, transitions: laid }
}
