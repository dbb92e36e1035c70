import type { Box } from './flow-layout.ts'
// In shared/: DiagramStack draws with this layout in the slides, and the checker counts its clicks with it in Node.
import type { Tone } from './palette.ts'
import type { Stepped } from './steps.ts'
import { toStep } from './steps.ts'

export interface StackLayer extends Stepped {
  label: string
  sub?: string
  tone?: Tone
  /** Draws the isolation boundary under this layer, with these words (« frontière : VM »). */
  boundary?: string
}

export interface StackColumn extends Stepped {
  id?: string
  /** The column's name, above it: runc, gVisor, Kata Containers. */
  title: string
  /** From the top (the process) down to what sits just above the base. */
  layers: StackLayer[]
}

export interface StackBase {
  label: string
  sub?: string
  tone?: Tone
}

export interface LaidLayer { layer: StackLayer, box: Box, step: number, column: number }

export interface StackLayout {
  width: number
  height: number
  columns: { column: StackColumn, step: number, title: { x: number, y: number } }[]
  layers: LaidLayer[]
  base?: Box
  /** Isolation boundaries: dashed lines under a layer. */
  boundaries: { x1: number, x2: number, y: number, label: string, step: number }[]
}

/** Height of the band an isolation boundary takes under its layer. */
export const BOUNDARY_BAND = 26

export function validateStack(columns: readonly StackColumn[]): string[] {
  const problems: string[] = []
  if (!columns.length)
    problems.push('aucune colonne')
  columns.forEach((c, i) => {
    if (!c.layers?.length)
      problems.push(`colonne « ${c.title ?? i + 1} » : aucune couche`)
  })
  return problems
}

/**
 * The step of each column and layer: a column without a `step` takes the next click (the first
 * one included, as TerminalReplay's commands do); a layer shows with its column unless it has a
 * later `step` of its own.
 */
export function stackSteps(columns: readonly StackColumn[]): { column: number, layers: number[] }[] {
  let last = 0
  return columns.map((c) => {
    last = c.step === undefined ? last + 1 : toStep(c.step)
    const column = last
    return { column, layers: c.layers.map(l => Math.max(column, toStep(l.step))) }
  })
}

export function stackStepCount(columns: readonly StackColumn[]): number {
  return Math.max(0, ...stackSteps(columns).flatMap(s => [s.column, ...s.layers]))
}

/**
 * Columns side by side, each a pile of layers standing on the shared base (the host kernel):
 * the more a column holds between the process and the base, the taller it stands, so the
 * eye reads the isolation cost as height.
 */
export function layoutStack(columns: readonly StackColumn[], base: StackBase | undefined, width: number, height: number): StackLayout {
  const steps = stackSteps(columns)
  const titleH = 34
  const baseH = base ? 54 : 0
  const gap = 18
  const maxLayers = Math.max(1, ...columns.map(c => c.layers.length))
  const maxBands = Math.max(0, ...columns.map(c => c.layers.filter(l => l.boundary).length))
  const layerGap = 6
  const layerH = Math.max(34, Math.min(64, (height - titleH - baseH - gap - layerGap * maxLayers - BOUNDARY_BAND * maxBands) / maxLayers))
  const colW = (width - gap * (columns.length - 1)) / Math.max(columns.length, 1)
  const bottom = height - baseH - (base ? gap / 2 : 0)
  const layers: LaidLayer[] = []
  const boundaries: StackLayout['boundaries'] = []
  const laidColumns = columns.map((column, ci) => {
    const x = ci * (colW + gap)
    // From the base up: a boundary takes a band of its own under its layer, so its words touch no box.
    let cursor = bottom
    const placed: { layer: StackLayer, y: number, li: number }[] = []
    for (let li = column.layers.length - 1; li >= 0; li--) {
      const layer = column.layers[li]
      if (layer.boundary) {
        boundaries.push({ x1: x - 4, x2: x + colW + 4, y: cursor - BOUNDARY_BAND / 2, label: layer.boundary, step: steps[ci].layers[li] })
        cursor -= BOUNDARY_BAND
      }
      cursor -= layerH
      placed.unshift({ layer, y: cursor, li })
      cursor -= layerGap
    }
    for (const { layer, y, li } of placed)
      layers.push({ layer, box: { x, y, w: colW, h: layerH }, step: steps[ci].layers[li], column: ci })
    return { column, step: steps[ci].column, title: { x: x + colW / 2, y: cursor - 6 } }
  })
  return {
    width,
    height,
    columns: laidColumns,
    layers,
    base: base ? { x: 0, y: height - baseH, w: width, h: baseH } : undefined,
    boundaries,
  }
}
