let firstPaint: Promise<void> | undefined

/**
 * Resolves one frame after the first slide's layout exists, when it is on screen; or after
 * 5 s, whatever happens to the page. One watch per page, however many tasks wait on it.
 */
function firstSlideOnScreen(): Promise<void> {
  firstPaint ??= new Promise((resolve) => {
    const giveUp = performance.now() + 5000
    const look = () => {
      if (document.querySelector('.slidev-layout') || performance.now() > giveUp)
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
      else
        requestAnimationFrame(look)
    }
    requestAnimationFrame(look)
  })
  return firstPaint
}

/**
 * Runs `task` once the first slide is on screen and the main thread is idle, so that work
 * nobody sees yet (registering the offline cache, remembering the slide, preparing the next
 * slides) never delays the first slide.
 */
export function afterFirstPaint(task: () => void): void {
  void firstSlideOnScreen().then(() => {
    if ('requestIdleCallback' in window)
      requestIdleCallback(() => task(), { timeout: 1000 })
    else // Safari
      setTimeout(task, 50)
  })
}
