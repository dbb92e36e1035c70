import { computed, ref } from 'vue'

/**
 * A stand-in for the slide's clicks context of `@slidev/client`, with the same
 * arithmetic as Slidev's `calculateSince` / `register`, for mounting components in jsdom.
 */
export function createClicks() {
  const current = ref(0)
  const sizes = new Map<string, { delta: number, max: number }>()
  const context = {
    get current() {
      return current.value
    },
    get currentOffset() {
      return [...sizes.values()].reduce((n, s) => n + s.delta, 0)
    },
    get total() {
      return Math.max(0, ...[...sizes.values()].map(s => s.max))
    },
    calculateSince(rawAt: number | string, size = 1) {
      const relative = typeof rawAt === 'string' && '+-'.includes(rawAt[0])
      const value = Number(rawAt)
      const start = relative ? context.currentOffset + value : value
      return {
        start,
        end: Number.POSITIVE_INFINITY,
        max: start + size - 1,
        delta: relative ? value + size - 1 : 0,
        currentOffset: computed(() => current.value - start),
        isCurrent: computed(() => current.value === start),
        isActive: computed(() => current.value >= start),
      }
    },
    register(id: string, info: { delta: number, max: number } | null) {
      if (info)
        sizes.set(id, { delta: info.delta, max: info.max })
    },
    unregister(id: string) {
      sizes.delete(id)
    },
  }
  return { current, context }
}

export const slidev = {
  clicks: createClicks(),
  printMode: ref(false),
  printWithClicks: ref(false),
  renderContext: ref('slide'),
  /** The deck being shown, as its headmatter's exportFilename. */
  deck: '02-containerd',
  reset() {
    slidev.clicks = createClicks()
    slidev.printMode.value = false
    slidev.printWithClicks.value = false
    slidev.renderContext.value = 'slide'
    slidev.deck = '02-containerd'
  },
}

export const slidevClientMock = {
  useSlideContext: () => ({ $clicksContext: slidev.clicks.context, $renderContext: slidev.renderContext, $slidev: { configs: { exportFilename: slidev.deck } } }),
  useNav: () => ({ isPrintMode: computed(() => slidev.printMode.value), isPrintWithClicks: slidev.printWithClicks }),
}
