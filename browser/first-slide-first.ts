// Slidev renders the current slide and, at once, its neighbours (hidden, so that → is instant).
// On a cold start that doubles the work before the first slide paints. Here the neighbours wait
// until the first slide is painted and the page idle; then Slidev's own preloading takes over.
import type { SlideRoute } from '@slidev/types'
import { afterFirstPaint } from './after-first-paint'

/** The slides to prepare first once the current one is shown: the one before and the one after. */
export function neighbours(current: number, total: number): number[] {
  return [current - 1, current + 1].filter(no => no >= 1 && no <= total)
}

/** Slidev's own preloading (its `preloadRoute`), for a slide it may have skipped while held. */
function preload(route: SlideRoute) {
  if (route.meta.preload !== false && !route.meta.__preloaded) {
    route.meta.__preloaded = true
    void route.load()
  }
}

/**
 * Holds back the preloading of every slide until the first paint, then gives it back: the
 * neighbours of the slide shown at that moment are prepared at once, and every slide once
 * three seconds have passed since the start, as Slidev does.
 */
export function firstSlideFirst(routes: SlideRoute[], currentSlide: () => number): void {
  // `meta.preload` is a getter on the slide's (reactive) frontmatter: hold it there.
  const held = routes.filter(r => r.meta.preload !== false).map(r => ({ frontmatter: r.meta.slide.frontmatter, had: 'preload' in r.meta.slide.frontmatter, was: r.meta.slide.frontmatter.preload }))
  held.forEach(h => (h.frontmatter.preload = false))
  afterFirstPaint(() => {
    for (const h of held) {
      if (h.had)
        h.frontmatter.preload = h.was
      else
        delete h.frontmatter.preload
    }
    for (const no of neighbours(currentSlide(), routes.length))
      preload(routes[no - 1])
    setTimeout(() => routes.forEach(preload), Math.max(0, 3000 - performance.now()))
  })
}
