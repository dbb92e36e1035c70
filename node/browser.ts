import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { chromium } from 'playwright-chromium'
import { chromiumArgs, findChromium } from './chromium.ts'

/** Launches the browser that the course's one finder picks. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium().path, args: chromiumArgs() })
}

/**
 * Aborts every request of `target` that leaves `origin` (the static server): nothing may leave
 * the machine. Each refused address is handed to `onOutside`.
 */
export async function keepLocal(target: BrowserContext | Page, origin: string, onOutside: (url: string) => void): Promise<void> {
  await target.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue()
    onOutside(url)
    return route.abort('blockedbyclient')
  })
}

export interface Guarded {
  page: Page
  context: BrowserContext
  /** Console errors, page errors and outside requests, each with the state it happened in. */
  faults: string[]
  /** What the faults are attributed to: set it before each step. */
  where: { label: string }
  /** Resolves once no request is in flight and the page has run its pending tasks. */
  quiet: () => Promise<void>
}

/**
 * A page at 1280×720 that records every console error, uncaught error and request
 * to anything but `origin`; outside requests are aborted so that nothing leaves the machine.
 */
export async function guardedPage(browser: Browser, origin: string): Promise<Guarded> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  const where = { label: 'chargement' }
  const faults: string[] = []
  await keepLocal(context, origin, url => faults.push(`${where.label}: requête hors de la machine : ${url}`))
  page.on('console', (msg) => {
    // An outside request that we aborted is already reported as such.
    if (msg.type() === 'error' && !msg.text().includes('ERR_BLOCKED_BY_CLIENT'))
      faults.push(`${where.label}: erreur console : ${msg.text()}`)
  })
  page.on('pageerror', error => faults.push(`${where.label}: erreur de page : ${error.message}`))

  const inflight = new Set<unknown>()
  let idle: (() => void)[] = []
  const settle = (request: unknown) => {
    inflight.delete(request)
    if (inflight.size === 0) {
      idle.forEach(resolve => resolve())
      idle = []
    }
  }
  page.on('request', request => inflight.add(request))
  page.on('requestfinished', settle)
  page.on('requestfailed', settle)
  const quiet = async () => {
    // Two task turns let timers queued by slide-enter hooks run before we read the faults.
    await page.evaluate(() => new Promise(resolve => setTimeout(() => setTimeout(resolve))))
    if (inflight.size > 0)
      await new Promise<void>(resolve => idle.push(resolve))
  }
  return { page, context, faults, where, quiet }
}
