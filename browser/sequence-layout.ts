import type { Tone } from '../shared/palette.ts'
import type { Stepped } from '../shared/steps.ts'
import { sequential } from '../shared/steps.ts'

export interface SequenceActor {
  id: string
  label: string
  sub?: string
  /** The layer the actor belongs to: the same colour as its box in DiagramFlow. */
  tone?: Tone
}

export interface SequenceMessage extends Stepped {
  from: string
  to: string
  label: string
  /** The CRI service (or any group) the message belongs to, written next to it. */
  service?: string
  /** A reply: drawn dashed, with an open arrow. */
  reply?: boolean
}

export function validateSequence(actors: readonly SequenceActor[], messages: readonly SequenceMessage[]): string[] {
  const ids = new Set(actors.map(a => a.id))
  const problems: string[] = []
  if (ids.size !== actors.length)
    problems.push('un acteur est défini deux fois')
  for (const m of messages) {
    for (const end of [m.from, m.to]) {
      if (!ids.has(end))
        problems.push(`message « ${m.label} » : acteur « ${end} » inconnu`)
    }
  }
  return problems
}

export interface SequenceLayout {
  width: number
  height: number
  headerHeight: number
  actorX: Map<string, number>
  actorWidth: number
  rows: { message: SequenceMessage & { step: number }, y: number, x1: number, x2: number }[]
}

/** Lifelines spread across the width; one row per message, in order, each revealed at its step. */
export function layoutSequence(actors: readonly SequenceActor[], messages: readonly SequenceMessage[], width: number, height: number): SequenceLayout {
  const headerHeight = actors.some(a => a.sub) ? 62 : 46
  const col = width / Math.max(actors.length, 1)
  const actorX = new Map(actors.map((a, i) => [a.id, col * (i + 0.5)]))
  const stepped = sequential(messages)
  const rowHeight = Math.min(56, (height - headerHeight - 12) / Math.max(stepped.length, 1))
  const rows = stepped.map((message, i) => ({
    message,
    y: headerHeight + 12 + rowHeight * (i + 0.75),
    x1: actorX.get(message.from) ?? 0,
    x2: actorX.get(message.to) ?? 0,
  }))
  return { width, height, headerHeight, actorX, actorWidth: Math.min(190, col - 16), rows }
}
