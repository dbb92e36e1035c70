import type { ComputedRef, MaybeRefOrGetter, Ref } from 'vue'
import { useNav, useSlideContext } from '@slidev/client'
import { computed, onMounted, onUnmounted, ref, toValue, watchEffect } from 'vue'
import { freshStepAtClick, stepAtClick } from '../shared/steps.ts'

export interface UseDiagramStepsOptions {
  /** Like `at` on v-click: '+1' (default) follows the previous click, a number is absolute. */
  at?: MaybeRefOrGetter<number | string | undefined>
  /** How many clicks the component needs. */
  total: MaybeRefOrGetter<number>
}

export interface UseDiagramSteps {
  /** The step shown now, from 0 (nothing clicked) to `total` (complete). */
  step: Ref<number>
  /** The step to emphasise as new: `step` while on one of the diagram's clicks, else 0. */
  fresh: Ref<number>
  total: ComputedRef<number>
}

let nextId = 0

/**
 * Wires a diagram's steps to Slidev clicks. It claims `total` clicks from the slide's
 * clicks context, as the built-in VSwitch does, so the slide's click count is right
 * without a `clicks:` frontmatter and the diagram combines with v-click elements.
 * Print and overview render with a huge click count, hence the complete diagram.
 */
export function useDiagramSteps(options: UseDiagramStepsOptions): UseDiagramSteps {
  const total = computed(() => Math.max(0, Math.floor(toValue(options.total))))
  const { $clicksContext: clicks, $renderContext } = useSlideContext()
  const { isPrintMode, isPrintWithClicks } = useNav()
  // A finished picture emphasises nothing: the overview, and print without clicks (whose click
  // count Slidev clamps to the slide's last click, which would otherwise look like a live step).
  const still = computed(() => $renderContext.value === 'overview' || (isPrintMode.value && !isPrintWithClicks.value))
  const id = `diagram-steps-${nextId++}`
  // Complete until mounted, so that a render before registration never shows an empty diagram.
  const step = ref(total.value)
  const fresh = ref(0)

  onMounted(() => {
    if (total.value === 0)
      return
    const info = clicks.calculateSince(toValue(options.at) ?? '+1', total.value)
    if (!info)
      return
    clicks.register(id, info)
    watchEffect(() => {
      step.value = stepAtClick(clicks.current, info.start, total.value)
      fresh.value = still.value ? 0 : freshStepAtClick(clicks.current, info.start, total.value)
    })
  })
  onUnmounted(() => clicks.unregister(id))

  return { step, fresh, total }
}
