import type { Ref } from 'vue'
import { onMounted, onUnmounted, ref } from 'vue'

/**
 * The width, in slide pixels, of the element a diagram draws in, followed as it changes. A
 * diagram whose viewBox is as wide as its box draws its text at the size its CSS says, in a
 * full-width slide as in one column of two: labels never shrink with the column.
 * Before mounting, in a slide not shown yet (display: none, no width) and in jsdom, which lays
 * nothing out, it is `fallback`: the width of a diagram across a whole slide, 980 px less Slidev's
 * 3.5rem padding on each side. Slidev prepares the next slides hidden; a full-width diagram drawn
 * there at its true width is not drawn a second time when its slide comes on screen.
 */
export const FULL_WIDTH = 980 - 2 * 56

export function useDiagramWidth(el: Ref<HTMLElement | null | undefined>, fallback = FULL_WIDTH): Ref<number> {
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
