/**
 * Runs `task` once the page has loaded and the main thread is idle, so that work nobody sees
 * (registering the offline cache, remembering the slide) never delays the first slide's paint.
 */
export function afterFirstPaint(task: () => void): void {
  const idle = () => {
    if ('requestIdleCallback' in window)
      requestIdleCallback(() => task(), { timeout: 2000 })
    else // Safari
      setTimeout(task, 50)
  }
  if (document.readyState === 'complete')
    idle()
  else
    addEventListener('load', idle, { once: true })
}
