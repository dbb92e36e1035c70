import type { Browser, Page } from 'playwright-chromium'
import type { VersionKey } from '../../shared/versions.ts'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { parseSync } from '@slidev/parser'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../../node/browser.ts'
import { deckFile, DIST_DIR } from '../../node/paths.ts'
import { readState } from '../../node/walker.ts'
import { DECKS } from '../../shared/course.ts'
import { learnerHtml } from '../../shared/notes.ts'
import { VERSIONS } from '../../shared/versions.ts'
import { assertSiteBuilt } from './support/site.ts'

// The reading page of every deck (dist/lecture/<slug>/), as a self-paced learner opens it.
let browser: Browser
const site = () => inject('siteUrl')
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
/** A title's <Version of="…" /> as the page shows it (components/Version.vue). */
function withVersions(md: string): string {
  return md.replace(/<Version of="(\w+)"( name)?( patch)? \/>/g, (_, key: VersionKey, name?: string, patch?: string) => {
    const v = VERSIONS[key]
    const number = patch ? v.patch : v.release
    return name ? `${v.name} ${number}` : number
  })
}
/** Text as a reader sees it: one space between words, one kind of apostrophe. */
const normalise = (s: string) => s.replace(/\s+/g, ' ').replace(/[’']/g, '\'').trim()
/** The text of an HTML fragment. Only HTML goes through here: text may hold a « < » (« ports < 1024 »). */
const textOf = (html: string) => normalise(withVersions(html).replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'))

beforeAll(async () => {
  assertSiteBuilt()
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

async function open(slug: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  await page.goto(`${site()}/lecture/${slug}/`)
  await page.waitForSelector('[data-testid="reading-slide"]')
  return page
}

describe('the course home', () => {
  it('links every deck’s reading page', async () => {
    const page = await browser.newPage()
    await page.goto(`${site()}/`)
    const hrefs = await page.locator('[data-testid="home-reading-link"]').evaluateAll(as => as.map(a => (a as HTMLAnchorElement).href))
    expect(hrefs).toEqual(DECKS.map(d => `${site()}/lecture/${d.slug}/`))
    await page.close()
  })
})

describe.each(DECKS.map(d => d.slug))('the reading page of %s', (slug) => {
  const source = () => parseSync(readFileSync(deckFile(slug), 'utf8'), slug).slides
  const content = () => source().filter(s => !/<Quiz\b/.test(s.content))

  it('exists outside the deck’s folder, and the deck links to it', async () => {
    expect(existsSync(`${DIST_DIR}/lecture/${slug}/index.html`)).toBe(true)
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`${site()}/${slug}/#/2`)
    await readState(page, 2)
    const href = await page.locator('#slide-content [data-slidev-no="2"] [data-testid="nav-reading"]').first().evaluate(a => (a as HTMLAnchorElement).href)
    expect(href).toBe(`${site()}/lecture/${slug}/`)
    await page.close()
  })

  it('shows every slide title and every learner explanation, as text', async () => {
    const page = await open(slug)
    const titles = await page.locator('[data-testid="reading-slide"] h2').allTextContents()
    expect(titles).toHaveLength(content().length)
    const text = normalise(await page.locator('main').textContent() ?? '')
    for (const [i, s] of source().entries()) {
      if (/<Quiz\b/.test(s.content) || i === 0)
        continue
      expect(normalise(titles.join(' | ')), `titre de la diapositive ${i + 1}`).toContain(textOf(s.title ?? '').replace(/[`*_]/g, '').slice(0, 20))
      for (const paragraph of learnerHtml(s.note).split('\n'))
        expect(text, `explication de la diapositive ${i + 1}`).toContain(textOf(paragraph).slice(0, 60))
    }
    await page.close()
  })

  it('draws every diagram box in its layer colour, as the deck does (none left black)', async () => {
    const page = await open(slug)
    const fills = await page.locator('.diagram-box rect').evaluateAll(rects => rects.map(r => getComputedStyle(r).fill))
    expect(fills.length).toBeGreaterThan(0)
    expect(fills.filter(f => f === 'rgb(0, 0, 0)' || f === 'none')).toEqual([])
    await page.close()
  })

  it('links each slide back to the same slide in the presentation', async () => {
    const page = await open(slug)
    const links = await page.locator('[data-testid="reading-deck-link"]').evaluateAll(as => as.map(a => (a as HTMLAnchorElement).href))
    const nos = content().map(s => s.index + 1)
    expect(links).toEqual(nos.map(n => `${site()}/${slug}/#/${n}`))
    const last = nos.at(-1)!
    await page.locator('[data-testid="reading-deck-link"]').last().click()
    await readState(page, last)
    await page.close()
  })

  it('has its quiz at the end, answerable, with the answer explained', async () => {
    const quizzes = source().flatMap(s => [...s.content.matchAll(/<Quiz\b/g)])
    const page = await open(slug)
    const forms = page.locator('[data-testid="reading-quiz"]')
    expect(await forms.count()).toBe(quizzes.length)
    if (quizzes.length) {
      const form = forms.first()
      const answer = Number(await form.getAttribute('data-answer'))
      await form.locator('input').nth(answer).check()
      await form.getByRole('button', { name: 'Vérifier' }).click()
      await expect.poll(() => form.locator('[data-testid="reading-quiz-verdict"]').textContent()).toBe('Bonne réponse.')
      expect(await form.locator('details').getAttribute('open')).not.toBeNull()
    }
    await page.close()
  })

  it('reads on a 390 px phone: no horizontal scroll, slide text at 14 px and explanations at 16 px at least', async () => {
    const page = await open(slug, 390)
    const m = await page.evaluate(() => {
      const own = (e: Element) => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent!.trim())
      const sizes = (selector: string) => [...document.querySelectorAll(selector)].filter(e => !e.closest('svg') && own(e)).map(e => ({ size: Number.parseFloat(getComputedStyle(e).fontSize), text: e.textContent!.trim().slice(0, 40) }))
      return { scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth, slide: sizes('.slide-view *'), explanation: sizes('.explanation p:not(.sources), .explanation p:not(.sources) *') }
    })
    expect(m.scroll).toBeLessThanOrEqual(m.width)
    expect(m.slide.filter(s => s.size < 14)).toEqual([])
    expect(m.explanation.filter(s => s.size < 16)).toEqual([])
    await page.close()
  })

  it('says, on a 390 px phone, that a diagram wider than the screen scrolls sideways', async () => {
    const page = await open(slug, 390)
    const frames = await page.locator('.slide-view.has-figure').evaluateAll(els => els.map(e => ({
      scrolls: e.scrollWidth > e.clientWidth,
      hints: [...e.querySelectorAll('figure.diagram')].map(f => getComputedStyle(f, '::before').content),
    })))
    const hint = '"Schéma plus large que l’écran\u00A0: faites-le défiler →"'
    // A diagram component is never narrower than 44rem there; a mermaid drawing keeps its size and may fit.
    expect(frames.filter(f => f.scrolls).length).toBeGreaterThan(0)
    for (const f of frames)
      expect(f.hints).toEqual(f.scrolls ? f.hints.map(() => hint) : [])
    expect(frames.filter(f => f.scrolls).every(f => f.hints.length > 0)).toBe(true)
    await page.close()
  })

  it('has no WCAG 2.1 AA violation that axe-core finds', async () => {
    const page = await open(slug)
    await page.addScriptTag({ path: AXE })
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: { id: string, nodes: { target: string[] }[] }[] }> } }).axe
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      return result.violations.map(v => `${v.id} : ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`)
    })
    expect(violations).toEqual([])
    await page.close()
  })

  it('reopens offline after a first visit', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${site()}/lecture/${slug}/`)
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller)
        await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
    })
    // Once controlled, a second load goes through the worker and fills its cache.
    await page.reload()
    await page.evaluate(() => document.fonts.ready)
    await context.setOffline(true)
    await page.reload()
    await page.waitForSelector('[data-testid="reading-slide"]')
    expect(await page.locator('h1').first().textContent()).toBe(DECKS.find(d => d.slug === slug)!.title)
    await context.close()
  })
})
