// What `npm run bench` measures inside the browser. Every figure is taken from the page's own
// clock (performance.now(), relative to the navigation start), not from the test driver's.
import type { Browser, Page } from 'playwright-chromium'
import type { SlideState } from './walker.ts'
import { keepLocal } from './browser.ts'
import { readState, settle } from './walker.ts'

export interface ColdLoad {
  /** From navigation start to the first frame presented with slide 1 in it, in ms. */
  firstSlideMs: number
  /** JavaScript fetched before that frame, in bytes (encoded body size). */
  jsBeforePaint: number
  /** JavaScript fetched once every slide is preloaded and the network is quiet (with `idle`). */
  jsAfterIdle?: number
  /** The JavaScript files fetched before the first slide painted, with their sizes. */
  scriptsBeforePaint: { name: string, bytes: number }[]
}

const VIEWPORT = { width: 1280, height: 720 }

/**
 * Installed before any script of the page runs: notes the frame in which slide 1 is on screen.
 * The slide is in the DOM when its layout element exists; the frame after the one in which
 * it appeared has been presented with it, so its start time is an upper bound of the paint.
 */
function paintProbe() {
  const w = window as unknown as { __bench: { firstSlide?: number, keyAt?: number } }
  w.__bench = {}
  performance.setResourceTimingBufferSize(10_000)
  const look = () => {
    if (document.querySelector('#slide-content [data-slidev-no="1"] .slidev-layout'))
      requestAnimationFrame(() => requestAnimationFrame(t => (w.__bench.firstSlide = t)))
    else
      requestAnimationFrame(look)
  }
  requestAnimationFrame(look)
  addEventListener('keydown', e => (w.__bench.keyAt = e.timeStamp), { capture: true })
}

/** Resolves after `quietMs` with no request in flight (the usual definition of network idle). */
function networkQuiet(page: Page, quietMs = 500): Promise<void> {
  return new Promise((resolve) => {
    const inflight = new Set<unknown>()
    let timer: ReturnType<typeof setTimeout> | undefined
    const arm = () => {
      clearTimeout(timer)
      if (inflight.size === 0)
        timer = setTimeout(done, quietMs)
    }
    const onRequest = (r: unknown) => {
      inflight.add(r)
      clearTimeout(timer)
    }
    const onEnd = (r: unknown) => {
      inflight.delete(r)
      arm()
    }
    function done() {
      page.off('request', onRequest)
      page.off('requestfinished', onEnd)
      page.off('requestfailed', onEnd)
      resolve()
    }
    page.on('request', onRequest)
    page.on('requestfinished', onEnd)
    page.on('requestfailed', onEnd)
    arm()
  })
}

/**
 * A deck's slide 1 in a fresh browser context (empty cache, no service worker installed yet),
 * with the paint probe installed and every request that leaves `origin` refused and noted.
 */
async function openDeck(browser: Browser, origin: string, deckUrl: string, serviceWorkers: 'allow' | 'block') {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers })
  const page = await context.newPage()
  const outside: string[] = []
  await keepLocal(page, origin, url => outside.push(url))
  await page.addInitScript(paintProbe)
  await page.goto(`${deckUrl}#/1`)
  return { context, page, outside }
}

/**
 * One cold load of a deck, as on a first visit: the offline service worker may register.
 * With `idle`, it also waits until every slide is preloaded and the network is quiet.
 */
export async function coldLoad(browser: Browser, origin: string, deckUrl: string, idle: boolean, timeout = 60_000): Promise<ColdLoad> {
  const { context, page, outside } = await openDeck(browser, origin, deckUrl, 'allow')
  try {
    const firstSlideMs = await (await page.waitForFunction(() => (window as unknown as { __bench: { firstSlide?: number } }).__bench.firstSlide, undefined, { timeout })).jsonValue() as number
    if (idle) {
      // Slidev renders every slide in the background 3 s after start: wait until all are there.
      await page.waitForFunction(() => {
        const total = Number(document.querySelector('[data-testid="slide-state"]')?.getAttribute('data-total'))
        const drawn = new Set([...document.querySelectorAll('#slide-content [data-slidev-no]')]
          .filter(s => s.querySelector('.slidev-layout'))
          .map(s => s.getAttribute('data-slidev-no')))
        return total > 0 && drawn.size >= total
      }, undefined, { timeout })
      await networkQuiet(page)
    }
    if (outside.length)
      throw new Error(`requêtes hors de la machine : ${outside.join(', ')}`)
    const scripts = await scriptEntries(page)
    return { firstSlideMs, ...scriptsUntil(scripts, firstSlideMs), jsAfterIdle: idle ? scripts.reduce((sum, s) => sum + s.bytes, 0) : undefined }
  }
  finally {
    await context.close()
  }
}

interface ScriptEntry { name: string, bytes: number, end: number }

/** The JavaScript files the page fetched so far, from its resource timing entries. */
function scriptEntries(page: Page): Promise<ScriptEntry[]> {
  return page.evaluate(() => performance.getEntriesByType('resource')
    .filter(e => /\.m?js$/.test(new URL(e.name).pathname))
    .map(e => ({ name: new URL(e.name).pathname, bytes: (e as PerformanceResourceTiming).encodedBodySize, end: (e as PerformanceResourceTiming).responseEnd })))
}

function scriptsUntil(scripts: ScriptEntry[], ms: number): Pick<ColdLoad, 'jsBeforePaint' | 'scriptsBeforePaint'> {
  const before = scripts.filter(s => s.end <= ms)
  return { jsBeforePaint: before.reduce((sum, s) => sum + s.bytes, 0), scriptsBeforePaint: before.map(({ name, bytes }) => ({ name, bytes })) }
}

export interface ClickPaint {
  state: SlideState
  ms: number
}

/**
 * Walks a deck with → from the first slide to the last click state, and times each key press
 * to the first frame presented with the new state in it (its diagrams drawn, mermaid included).
 * At `presenter` pace, each key is pressed once the page is idle: the state shown, the network
 * quiet, the next slide prepared (Slidev renders it in advance) and the main thread free, as
 * after the few seconds a teacher talks. At `rushed` pace, each key follows the previous paint.
 */
export async function clickToPaint(browser: Browser, origin: string, deckUrl: string, pace: 'presenter' | 'rushed', timeout = 30_000): Promise<ClickPaint[]> {
  const { context, page, outside } = await openDeck(browser, origin, deckUrl, 'block')
  try {
    let state = await readState(page, 1, 0, timeout)
    const total = Number(await page.locator('[data-testid="slide-state"]').first().getAttribute('data-total'))
    const paints: ClickPaint[] = []
    for (;;) {
      await settle(page, state.page, timeout)
      if (outside.length)
        throw new Error(`requêtes hors de la machine : ${outside.join(', ')}`)
      if (state.page === total && state.clicks >= state.clicksTotal)
        return paints
      const next = state.clicks < state.clicksTotal
        ? { page: state.page, clicks: state.clicks + 1 }
        : { page: state.page + 1, clicks: 0 }
      if (pace === 'presenter') {
        await networkQuiet(page, 100)
        await page.waitForFunction(nextSlidePrepared, next.page, { timeout })
        await page.evaluate(() => new Promise(resolve => requestIdleCallback(resolve)))
      }
      await page.evaluate(() => ((window as unknown as { __bench: { keyAt?: number } }).__bench.keyAt = undefined))
      // Whether the page sees the key before or after this starts, it waits for both.
      const painted = page.evaluate(framePainted, next)
      await page.keyboard.press('ArrowRight')
      const ms = await painted
      state = await readState(page, next.page, next.clicks, timeout)
      paints.push({ state, ms })
    }
  }
  finally {
    await context.close()
  }
}

/**
 * Runs in the page: whether slide `no` is rendered with its diagrams. Synchronous, as
 * waitForFunction requires (an async predicate ends the wait at once); the idle main thread
 * is awaited after it.
 */
function nextSlidePrepared(no: number): boolean {
  const slide = document.querySelector(`#slide-content [data-slidev-no="${no}"]`)
  return !!slide?.querySelector('.slidev-layout')
    && [...slide.querySelectorAll('.mermaid')].every(m => (m.shadowRoot ?? m).querySelector('svg, pre'))
}

/**
 * Runs in the page before the key press: resolves, in ms since the key went down, when a frame
 * has been presented with the slide and click state `next` in it.
 */
function framePainted(next: { page: number, clicks: number }): Promise<number> {
  const w = window as unknown as { __bench: { keyAt?: number } }
  const shown = () => {
    const [path, query = ''] = location.hash.slice(1).split('?')
    if (path !== `/${next.page}` || Number(new URLSearchParams(query).get('clicks') ?? 0) !== next.clicks)
      return false
    const slide = document.querySelector(`#slide-content [data-slidev-no="${next.page}"]`)
    const state = slide?.querySelector('[data-testid="slide-state"]')
    if (!slide?.querySelector('.slidev-layout') || Number(state?.getAttribute('data-clicks')) !== next.clicks)
      return false
    return [...slide.querySelectorAll('.mermaid')].every(m => (m.shadowRoot ?? m).querySelector('svg, pre'))
  }
  return new Promise((resolve) => {
    const look = () => {
      if (w.__bench.keyAt !== undefined && shown())
        requestAnimationFrame(t => resolve(t - w.__bench.keyAt!))
      else
        requestAnimationFrame(look)
    }
    requestAnimationFrame(look)
  })
}

/** The throttled connection of the reading-page measure: 150 ms round trip, 1.6 Mbit/s each way. */
export const THROTTLED = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 1.6e6 / 8 }

/**
 * One cold load on the throttled connection (CDP Network.emulateNetworkConditions), in a fresh
 * context: ms from navigation start to the first frame with content. For a deck, that is the frame
 * with slide 1 in it (the paint probe); for a reading page, its first contentful paint.
 */
export async function throttledFirstPaint(browser: Browser, origin: string, url: string, kind: 'deck' | 'reading', timeout = 120_000): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' })
  const page = await context.newPage()
  try {
    const outside: string[] = []
    await keepLocal(page, origin, u => outside.push(u))
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...THROTTLED })
    if (kind === 'deck')
      await page.addInitScript(paintProbe)
    await page.goto(kind === 'deck' ? `${url}#/1` : url, { waitUntil: 'commit', timeout })
    const handle = kind === 'deck'
      ? await page.waitForFunction(() => (window as unknown as { __bench: { firstSlide?: number } }).__bench.firstSlide, undefined, { timeout })
      : await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, undefined, { timeout })
    if (outside.length)
      throw new Error(`requêtes hors de la machine : ${outside.join(', ')}`)
    return await handle.jsonValue() as number
  }
  finally {
    await context.close()
  }
}
