/// <reference types="vite-plugin-pwa/client" />
// Stands in for `virtual:pwa-register` (see vite.config.ts). Slidev registers the offline
// service worker as soon as it starts (`immediate: true`); on a first visit that fetches
// workbox and starts precaching every file of the deck while the first slide is still loading.
// Here the real registration waits until the first slide is painted and the page is idle.
import type { RegisterSWOptions } from 'vite-plugin-pwa/types'
import { afterFirstPaint } from './after-first-paint'

export function registerSW(options: RegisterSWOptions = {}): (reloadPage?: boolean) => Promise<void> {
  let update: (reloadPage?: boolean) => Promise<void> = async () => {}
  afterFirstPaint(async () => {
    const real = await import('virtual:pwa-register')
    update = real.registerSW(options)
  })
  return reloadPage => update(reloadPage)
}
