// The slides of a built deck as static HTML, read from its print view in Chromium: each slide in its
// final click state, diagrams included (mermaid's shadow roots flattened, SVG inline), plus the CSS
// rules those slides use. The reading pages (node/reading.ts) and the handout (node/export.ts) print them.
import type { Browser, Page } from 'playwright-chromium'
import { readState, settle } from './walker.ts'

export interface QuizQuestion {
  question: string
  options: string[]
  /** Index of the right option. */
  answer: number
  explanation: string
}

export interface CapturedSlide {
  no: number
  /** The slide's first heading, as text; the slide itself keeps the rest. */
  title: string
  /** The slide's layout element, without its first heading, hidden clicks or navigation. URLs are absolute. */
  html: string
  /** The slide's text as a reader sees it (for word counts). */
  text: string
  /** The self-check questions of a quiz slide. */
  quiz: QuizQuestion[]
}

export interface CapturedDeck {
  slides: CapturedSlide[]
  /** The CSS rules of the deck that match something in its slides (fonts left out). */
  css: string
}

/** Reads the slide shown now in a print view (`?print=true`), once it is drawn. */
export function captureSlide(page: Page, no: number): Promise<CapturedSlide> {
  return page.evaluate((no) => {
    const live = document.querySelector(`#slide-content [data-slidev-no="${no}"]`)!
    const layout = live.querySelector('.slidev-layout')!
    const quiz = [...layout.querySelectorAll('[data-testid="quiz"]')].map((form) => {
      const options = [...form.querySelectorAll('[data-testid="quiz-option"]')]
      const feedback = form.querySelector('[data-testid="quiz-feedback"]')?.cloneNode(true) as HTMLElement | undefined
      feedback?.querySelector('strong')?.remove()
      return {
        question: form.querySelector('legend')?.textContent?.trim() ?? '',
        options: options.map(o => o.querySelector('span')?.textContent?.trim() ?? ''),
        answer: options.findIndex(o => o.getAttribute('data-mark') === 'right'),
        explanation: feedback?.textContent?.trim() ?? '',
      }
    })
    const clone = layout.cloneNode(true) as HTMLElement
    // Mermaid draws in a shadow root, which cloning leaves behind.
    const cloned = clone.querySelectorAll('.mermaid')
    layout.querySelectorAll('.mermaid').forEach((m, i) => {
      if (m.shadowRoot)
        cloned[i].innerHTML = m.shadowRoot.innerHTML
    })
    // What the final state hides stays hidden, and out of the text a reader searches.
    const liveAll = [...layout.querySelectorAll('*')]
    const cloneAll = [...clone.querySelectorAll('*')]
    liveAll.forEach((el, i) => {
      if (!(el instanceof HTMLElement) || el.closest('svg'))
        return
      const style = getComputedStyle(el)
      if (el.classList.contains('slidev-vclick-hidden') || style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0)
        cloneAll[i].setAttribute('data-drop', '')
    })
    clone.querySelectorAll('[data-drop], [data-testid="chapter-nav"], [data-testid="slide-state"], script').forEach(e => e.remove())
    clone.removeAttribute('frontmatter')
    clone.querySelectorAll('[frontmatter]').forEach(e => e.removeAttribute('frontmatter'))
    clone.querySelectorAll('a[href]').forEach(a => a.setAttribute('href', (a as HTMLAnchorElement).href))
    clone.querySelectorAll('img[src]').forEach(i => i.setAttribute('src', (i as HTMLImageElement).src))
    const h1 = clone.querySelector('h1')
    const title = (h1?.textContent ?? '').trim().replace(/\s+/g, ' ')
    h1?.remove()
    // The page's own headings are h1 (the deck) and h2 (each slide): the slide's go one level down.
    for (const level of [5, 4, 3, 2]) {
      for (const h of clone.querySelectorAll(`h${level}`)) {
        const n = document.createElement(`h${level + 1}`)
        for (const attr of h.attributes) n.setAttribute(attr.name, attr.value)
        n.append(...h.childNodes)
        h.replaceWith(n)
      }
    }
    return { no, title, html: clone.outerHTML, text: (clone.textContent ?? '').replace(/\s+/g, ' ').trim(), quiz }
  }, no)
}

/** The CSS rules of the page that match an element of a slide, with their @media and @layer wrappers. */
export function collectCss(page: Page): Promise<string> {
  return page.evaluate(() => {
    const slides = [...document.querySelectorAll('#slide-content [data-slidev-no]')]
    const matches = (selector: string) => {
      // Pseudo-classes and elements say when or where, not which element: test what is left.
      const bare = selector.replace(/::?[\w-]+(?:\([^)]*\))?/g, '').trim()
      // The deck's own page rules (a fixed, unscrollable body) have no place on a reading page.
      if (/(?:^|[\s>~+,])(?:html|body)\b/.test(bare) || /^\.?(?:dark|slidev-presenter)/.test(bare))
        return false
      if (!bare || bare === '*')
        return true
      try {
        return slides.some(s => s.matches(bare) || s.querySelector(bare))
      }
      catch {
        return false
      }
    }
    const keep = (rules: CSSRuleList): string => [...rules].map((rule) => {
      if (rule instanceof CSSStyleRule)
        return rule.selectorText.split(',').some(matches) ? rule.cssText : ''
      if (rule instanceof CSSMediaRule) {
        if (/print/.test(rule.conditionText))
          return ''
        const inner = keep(rule.cssRules)
        return inner ? `@media ${rule.conditionText}{${inner}}` : ''
      }
      if (rule instanceof CSSSupportsRule) {
        const inner = keep(rule.cssRules)
        return inner ? `@supports ${rule.conditionText}{${inner}}` : ''
      }
      if (rule instanceof CSSLayerBlockRule) {
        const inner = keep(rule.cssRules)
        return inner ? `@layer ${rule.name}{${inner}}` : ''
      }
      if (rule instanceof CSSLayerStatementRule || rule instanceof CSSPropertyRule || rule instanceof CSSKeyframesRule)
        return rule.cssText
      return '' // @font-face: the reading page brings its own fonts
    }).filter(Boolean).join('\n')
    return [...document.styleSheets].map((sheet) => {
      try {
        return keep(sheet.cssRules)
      }
      catch {
        return ''
      }
    }).filter(Boolean).join('\n')
  })
}

/** Opens a built deck's print view at `url` (the deck's folder, ending with `/`). */
export async function openPrintView(browser: Browser, url: string, timeout: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
  const page = await context.newPage()
  await page.goto(`${url}?print=true#/1`)
  await readState(page, 1, undefined, timeout)
  return page
}

/** Goes to slide `no` in a print view and waits until it is drawn. */
export async function showSlide(page: Page, no: number, timeout: number): Promise<void> {
  await page.evaluate(hash => (location.hash = hash), `#/${no}`)
  await readState(page, no, undefined, timeout)
  await settle(page, no, timeout)
}

/** Every slide of a built deck, in its final state, with the CSS they need. */
export async function captureDeck(browser: Browser, url: string, count: number, timeout = 30_000): Promise<CapturedDeck> {
  const page = await openPrintView(browser, url, timeout)
  try {
    const slides: CapturedSlide[] = []
    for (let no = 1; no <= count; no++) {
      await showSlide(page, no, timeout)
      slides.push(await captureSlide(page, no))
    }
    return { slides, css: await collectCss(page) }
  }
  finally {
    await page.context().close()
  }
}
