/**
 * Runs `task` once the first slide is on screen and the main thread is idle, so that work
 * nobody sees yet (registering the offline cache, remembering the slide, preparing the next
 * slides) never delays the first slide. A slide is on screen one frame after its layout exists.
 */
export function afterFirstPaint(task: () => void): void {
  const idle = () => {
    if ('requestIdleCallback' in window)
      requestIdleCallback(() => task(), { timeout: 1000 })
    else // Safari
      setTimeout(task, 50)
  }
  // Whatever happens to the page, the task is not held back for more than 5 s.
  const giveUp = performance.now() + 5000
  const look = () => {
    if (document.querySelector('.slidev-layout') || performance.now() > giveUp)
      requestAnimationFrame(() => requestAnimationFrame(idle))
    else
      requestAnimationFrame(look)
  }
  requestAnimationFrame(look)
}
