import type { Ref } from 'vue'
import { onMounted, onUnmounted, ref } from 'vue'

/**
 * The width, in slide pixels, of the element a diagram draws in, followed as it changes. A
 * diagram whose viewBox is as wide as its box draws its text at the size its CSS says, in a
 * full-width slide as in one column of two: labels never shrink with the column.
 * Before mounting (and in jsdom, which lays nothing out) it is `fallback`.
 */
export function useDiagramWidth(el: Ref<HTMLElement | null | undefined>, fallback = 880): Ref<number> {
  const width = ref(fallback)
  let observer: ResizeObserver | undefined
  onMounted(() => {
    const measure = () => {
      // clientWidth is the layout width, before Slidev scales the canvas to the window.
      const w = el.value?.clientWidth ?? 0
      if (w > 0 && Math.abs(w - width.value) >= 1)
        width.value = Math.round(w)
    }
    measure()
    if (el.value && typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(measure)
      observer.observe(el.value)
    }
  })
  onUnmounted(() => observer?.disconnect())
  return width
}
