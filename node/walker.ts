import type { Page } from 'playwright-chromium'
import type { Guarded } from './browser.ts'

export interface SlideState {
  page: number
  clicks: number
  clicksTotal: number
}

export interface WalkResult {
  slides: number
  states: SlideState[]
  faults: string[]
}

const stateSelector = (page: number) => `#slide-content [data-slidev-no="${page}"] [data-testid="slide-state"]`

/**
 * Reads the position of the slide that Slidev shows now, once it is rendered. Without `clicks`,
 * any click state will do (print views, where Slidev sets the clicks itself).
 */
export async function readState(page: Page, no: number, clicks?: number, timeout?: number): Promise<SlideState> {
  const handle = await page.waitForFunction(({ selector, no, clicks }) => {
    // The route says which slide is current; Slidev also renders the neighbours in advance.
    const [path, query = ''] = location.hash.slice(1).split('?')
    const routeClicks = Number(new URLSearchParams(query).get('clicks') ?? 0)
    if (path !== `/${no}` || (clicks !== undefined && routeClicks !== clicks))
      return null
    const el = document.querySelector(selector)
    if (!el || (clicks !== undefined && Number(el.getAttribute('data-clicks')) !== clicks))
      return null
    // The slide-bottom layer mounts before the slide's own (lazy-loaded) content.
    if (!el.closest('[data-slidev-no]')?.querySelector('.slidev-layout'))
      return null
    return { page: Number(el.getAttribute('data-page')), clicks: Number(el.getAttribute('data-clicks')), clicksTotal: Number(el.getAttribute('data-clicks-total')) }
  }, { selector: stateSelector(no), no, clicks }, { timeout })
  return handle.jsonValue() as Promise<SlideState>
}

/**
 * Waits for what a slide may still be drawing: its mermaid diagrams, fonts, and the transitions
 * that a click started. Playwright's waitForFunction takes a synchronous predicate: an async one
 * returns a Promise, which is truthy, and the wait ends at once (microsoft/playwright#29132).
 * So the condition is polled synchronously, and the promises are awaited by page.evaluate.
 */
export async function settle(page: Page, no: number, timeout?: number): Promise<void> {
  await page.waitForFunction((no) => {
    const slide = document.querySelector(`#slide-content [data-slidev-no="${no}"]`)
    // A mermaid block is a shadow root that holds an <svg> once rendered.
    return !!slide?.querySelector('.slidev-layout')
      && [...slide.querySelectorAll('.mermaid')].every(m => (m.shadowRoot ?? m).querySelector('svg, pre'))
  }, no, { timeout })
  await page.evaluate(async () => {
    await document.fonts.ready
    // Transitions start on the frame after a click's class change: let two frames pass first.
    await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    // CSS transitions of what the click revealed (fade-ins) must end before we look at it;
    // an endless animation (a blinking cursor) has no end to wait for.
    await Promise.all(document.getAnimations()
      .filter(a => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
      .map(a => a.finished.catch(() => {})))
  })
}

/**
 * Faults of the slide shown now: elements outside the slide canvas, an empty slide,
 * and mermaid diagrams that failed to render. Runs in the page.
 */
export function inspectSlide(page: Page, no: number): Promise<string[]> {
  return page.evaluate((no) => {
    const faults: string[] = []
    const slide = document.querySelector<HTMLElement>(`#slide-content [data-slidev-no="${no}"]`)
    if (!slide)
      return [`la diapositive ${no} n’est pas affichée`]
    const canvas = slide.getBoundingClientRect()
    const tolerance = 1
    const describe = (el: Element) => {
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : ''
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)
      return `<${el.tagName.toLowerCase()}${cls}>${text ? ` « ${text} »` : ''}`
    }
    const visible = (el: Element) => el.getClientRects().length > 0
      && el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })
    for (const el of slide.querySelectorAll('*')) {
      if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg')
        continue
      if (!visible(el))
        continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0)
        continue
      const out = [
        r.left < canvas.left - tolerance && `${Math.round(canvas.left - r.left)} px à gauche`,
        r.right > canvas.right + tolerance && `${Math.round(r.right - canvas.right)} px à droite`,
        r.top < canvas.top - tolerance && `${Math.round(canvas.top - r.top)} px en haut`,
        r.bottom > canvas.bottom + tolerance && `${Math.round(r.bottom - canvas.bottom)} px en bas`,
      ].filter(Boolean)
      if (out.length) {
        faults.push(`déborde de la diapositive (${out.join(', ')}) : ${describe(el)}`)
        break
      }
    }
    const nav = slide.querySelector('[data-testid="chapter-nav"]')
    const text = [...slide.querySelectorAll('.slidev-layout')].map(l => l.textContent ?? '').join('').replace(nav?.textContent ?? '', '').trim()
    if (!text && !slide.querySelector('.slidev-layout svg, .slidev-layout img, .slidev-layout canvas, .slidev-layout .mermaid'))
      faults.push('diapositive vide')
    // Slidev replaces a diagram that mermaid cannot parse by a bordered <pre> holding the error.
    for (const pre of slide.querySelectorAll('pre[border]'))
      faults.push(`diagramme mermaid en erreur : ${(pre.textContent ?? '').trim().slice(0, 80)}`)
    // settle() waited for every diagram's drawing: one without an <svg> now never drew.
    for (const m of slide.querySelectorAll('.mermaid')) {
      const root = m.shadowRoot ?? m
      const svg = root.querySelector('svg')
      if (!svg || /Syntax error/i.test(svg.textContent ?? ''))
        faults.push(`diagramme mermaid en erreur : ${(root.textContent ?? '').trim().slice(0, 80)}`)
    }
    return faults
  }, no)
}

/**
 * Walks a deck as a presenter would: from slide 1, → until the end, through every click state.
 * Every fault is named with the deck, the slide and the click.
 */
export async function walkDeck(guarded: Guarded, deckUrl: string, deck: string): Promise<WalkResult> {
  const { page, faults, where } = guarded
  const states: SlideState[] = []
  where.label = `${deck} diapositive 1 clic 0`
  await page.goto(`${deckUrl}#/1`)
  let state = await readState(page, 1, 0)
  const total = Number(await page.locator(stateSelector(1)).getAttribute('data-total'))
  for (;;) {
    where.label = `${deck} diapositive ${state.page} clic ${state.clicks}`
    await settle(page, state.page)
    await guarded.quiet()
    for (const fault of await inspectSlide(page, state.page))
      faults.push(`${where.label}: ${fault}`)
    states.push(state)
    const last = state.page === total && state.clicks >= state.clicksTotal
    if (last)
      break
    const next = state.clicks < state.clicksTotal
      ? { page: state.page, clicks: state.clicks + 1 }
      : { page: state.page + 1, clicks: 0 }
    // What happens from the key press on belongs to the next state.
    where.label = `${deck} diapositive ${next.page} clic ${next.clicks}`
    await page.keyboard.press('ArrowRight')
    state = await readState(page, next.page, next.clicks)
  }
  return { slides: total, states, faults }
}
