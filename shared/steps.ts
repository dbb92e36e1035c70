// In shared/: the diagram components step with it in the slides, and the checker counts their clicks with it in Node.
/**
 * Pure step logic of the diagram components: which element is visible, and which is new,
 * at step k. Step 0 is what shows before any click; step k appears on the k-th click.
 */

export interface Stepped {
  /** Click at which the element appears; 0 or absent means visible from the start. */
  step?: number | string
}

export type StepState = 'hidden' | 'visible' | 'new'

/** A step as a finite, non-negative integer (Markdown attributes arrive as strings). */
export function toStep(value: number | string | undefined): number {
  const n = Number(value ?? 0)
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0
}

/** Number of clicks a list of elements needs: its highest step. */
export function stepCount(items: readonly Stepped[]): number {
  return items.reduce((max, item) => Math.max(max, toStep(item.step)), 0)
}

/**
 * The step shown when the slide is at click `current` and the component's first step
 * is click `start`. Before `start` nothing is revealed; past the last step (including
 * Slidev's print mode, which sets a huge click count) the diagram is complete.
 */
export function stepAtClick(current: number, start: number, total: number): number {
  if (total <= 0)
    return 0
  return Math.min(total, Math.max(0, current - start + 1))
}

/**
 * State of an element at `step`. What step `fresh` revealed is 'new' (emphasised); `fresh`
 * is the current step while the slide is on one of the diagram's clicks, and 0 once the
 * slide has gone past them (later clicks, print), so a finished diagram emphasises nothing.
 */
export function stateAt(item: Stepped, step: number, fresh = step): StepState {
  const at = toStep(item.step)
  if (at > step)
    return 'hidden'
  return at === fresh && fresh > 0 ? 'new' : 'visible'
}

/** The step whose elements are emphasised at click `current`: 0 before and after the diagram's clicks. */
export function freshStepAtClick(current: number, start: number, total: number): number {
  const step = current - start + 1
  return step >= 1 && step <= total ? step : 0
}

/** Gives each element without an explicit step the next step in order: one per click. */
export function sequential<T extends Stepped>(items: readonly T[]): (T & { step: number })[] {
  let last = 0
  return items.map((item) => {
    last = item.step === undefined ? last + 1 : toStep(item.step)
    return { ...item, step: last }
  })
}

/** Caption for a step: the last one given at or before it, so a caption can span steps. */
export function captionAt(captions: readonly string[] | undefined, step: number): string | undefined {
  if (!captions?.length)
    return undefined
  return captions[Math.min(step, captions.length - 1)]
}

export interface CompareHop {
  label: string
  sub?: string
  /** A hop that the "after" chain no longer has: struck out at its own click. */
  removed?: boolean
  /** The word written on a struck hop; « retiré » by default. */
  tag?: string
  /** The layer of the hop (k8s, cri, high, shim, low, kernel, neutral), as in DiagramFlow. */
  tone?: string
}

/**
 * Steps of a before/after comparison: each removed hop of `before` is struck out at its own
 * click, in order, then the `after` chain appears at the next click.
 */
export function compareSteps(before: readonly CompareHop[]): { strikes: number[], afterStep: number } {
  let k = 0
  const strikes = before.map(hop => (hop.removed ? ++k : 0))
  return { strikes, afterStep: k + 1 }
}
