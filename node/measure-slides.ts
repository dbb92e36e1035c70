// What `npm run measure` reads on a built deck at 1280×720, every slide at its last click:
// text sizes as the screen shows them, prose words, and how the slide uses its height.
// The figures of issue 14 (type scale, prose, composition) come from here, not from a guess.
import type { Page } from 'playwright-chromium'
import { readState, settle } from './walker.ts'

/** What a slide is for: covers and chapter ends are not teaching slides; quizzes are, but carry no prose budget. */
export type SlideKind = 'cover' | 'end' | 'quiz' | 'teaching'

export interface SlideFacts {
  deck: string
  no: number
  kind: SlideKind
  /** Median size of body text (prose, lists, tables), weighted by characters, in screen px; null without body text. */
  bodyPx: number | null
  /** Smallest text on the slide, the chapter footer aside, in screen px. */
  smallestPx: number | null
  /** What that smallest text says, to find it. */
  smallestText: string
  /** Smallest code or terminal text, in screen px. */
  codePx: number | null
  /** Smallest diagram text (SVG labels, mermaid), in screen px. */
  diagramPx: number | null
  /** Words of prose: body text, inline code included; titles, code, terminals, diagrams and footer left out. */
  proseWords: number
  /** Only text or tables: no diagram, picture, code, terminal or quiz. */
  textOnly: boolean
  /** Nothing (text or drawing) reaches below two thirds of the slide's height, the footer aside. */
  lowerThirdEmpty: boolean
}

type RunKind = 'title' | 'body' | 'inline-code' | 'code' | 'terminal' | 'diagram' | 'footer'

/** Measures the slide shown now; runs in the page. */
export function inspectText(page: Page, no: number): Promise<Omit<SlideFacts, 'deck' | 'no'>> {
  return page.evaluate((no) => {
    const slide = document.querySelector<HTMLElement>(`#slide-content [data-slidev-no="${no}"]`)!
    const layout = slide.querySelector<HTMLElement>('.slidev-layout')!
    const canvas = slide.getBoundingClientRect()
    const lowerThird = canvas.top + canvas.height * 2 / 3
    const kind = layout.classList.contains('cover') || no === 1
      ? 'cover'
      : slide.querySelector('[data-testid="next-chapter"]')
        ? 'end'
        : slide.querySelector('[data-testid="quiz"]') ? 'quiz' : 'teaching'

    const visible = (el: Element) => el.getClientRects().length > 0
      && el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    // Screen size of an element's text: its CSS size times every scale above it (Slidev scales the
    // 980-px canvas to the window; an SVG scales its viewBox).
    const screenPx = (el: Element): number => {
      const size = Number.parseFloat(getComputedStyle(el).fontSize)
      if (el instanceof SVGElement) {
        const text = (el.closest('text') ?? el) as SVGGraphicsElement
        const box = text.getBBox()
        const rect = text.getBoundingClientRect()
        return box.height > 0 ? size * rect.height / box.height : size
      }
      let ref: HTMLElement | null = el as HTMLElement
      while (ref && !(ref.offsetWidth >= 40))
        ref = ref.parentElement
      const scale = ref ? ref.getBoundingClientRect().width / ref.offsetWidth : canvas.width / 980
      return size * scale
    }
    const runKind = (el: Element, inShadow: boolean): RunKind => {
      if (el.closest('[data-testid="chapter-nav"]'))
        return 'footer'
      // The terminal's title bar is chrome, like a diagram's caption, not the code it shows.
      if (el.closest('.terminal__bar'))
        return 'diagram'
      if (inShadow || el.closest('svg, .mermaid, .diagram:not(.terminal)'))
        return el.closest('.terminal') ? 'terminal' : 'diagram'
      if (el.closest('.terminal'))
        return 'terminal'
      if (el.closest('pre'))
        return 'code'
      if (el.closest('code'))
        return 'inline-code'
      if (el.closest('h1'))
        return 'title'
      return 'body'
    }

    const runs: { kind: RunKind, px: number, chars: number, words: number, text: string, bottom: number }[] = []
    const walk = (root: Node, inShadow: boolean) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Element) {
          if (node.shadowRoot)
            walk(node.shadowRoot, true)
          continue
        }
        const text = (node.textContent ?? '').trim()
        const el = node.parentElement
        if (!text || !el || el.closest('title, desc, style, script, [hidden], [data-testid="slide-state"]') || !visible(el))
          continue
        const range = document.createRange()
        range.selectNodeContents(node)
        const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0)
        if (!rects.length)
          continue
        runs.push({
          kind: runKind(el, inShadow),
          px: screenPx(el),
          chars: text.length,
          words: text.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length,
          text: text.slice(0, 40),
          bottom: Math.max(...rects.map(r => r.bottom)),
        })
      }
    }
    walk(layout, false)
    // The chapter footer is drawn by the slide-bottom layer, outside the layout.
    const content = runs.filter(r => r.kind !== 'footer')

    const weightedMedian = (items: { px: number, chars: number }[]) => {
      if (!items.length)
        return null
      const sorted = [...items].sort((a, b) => a.px - b.px)
      const half = sorted.reduce((s, r) => s + r.chars, 0) / 2
      let seen = 0
      for (const r of sorted) {
        seen += r.chars
        if (seen >= half)
          return r.px
      }
      return sorted.at(-1)!.px
    }
    const smallest = content.reduce<typeof content[number] | null>((min, r) => (!min || r.px < min.px ? r : min), null)
    const minOf = (kinds: RunKind[]) => {
      const px = content.filter(r => kinds.includes(r.kind)).map(r => r.px)
      return px.length ? Math.min(...px) : null
    }
    const visual = [...layout.querySelectorAll('svg, img, canvas, video, pre, .mermaid, .diagram, [data-testid="quiz"]')].some(visible)
    const shapes = [...layout.querySelectorAll('img, canvas, video, pre, svg rect, svg circle, svg ellipse, svg path, svg polygon, svg line, .mermaid')]
    const lowDrawing = shapes.some(el => visible(el) && el.getBoundingClientRect().bottom > lowerThird && el.getBoundingClientRect().top < canvas.bottom)
    const round = (px: number | null) => (px === null ? null : Math.round(px * 10) / 10)
    return {
      kind,
      bodyPx: round(weightedMedian(content.filter(r => r.kind === 'body'))),
      smallestPx: round(smallest?.px ?? null),
      smallestText: smallest?.text ?? '',
      codePx: round(minOf(['code', 'terminal'])),
      diagramPx: round(minOf(['diagram'])),
      proseWords: content.filter(r => r.kind === 'body' || r.kind === 'inline-code').reduce((s, r) => s + r.words, 0),
      textOnly: !visual,
      lowerThirdEmpty: !lowDrawing && !content.some(r => r.bottom > lowerThird),
    } as Omit<SlideFacts, 'deck' | 'no'>
  }, no)
}

/** Every slide of the deck at `deckUrl`, each at its last click. The page should be 1280×720. */
export async function measureDeck(page: Page, deckUrl: string, deck: string): Promise<SlideFacts[]> {
  await page.goto(`${deckUrl}#/1`)
  await readState(page, 1, 0)
  const total = Number(await page.locator('#slide-content [data-slidev-no="1"] [data-testid="slide-state"]').getAttribute('data-total'))
  const facts: SlideFacts[] = []
  for (let no = 1; no <= total; no++) {
    await page.goto(`${deckUrl}#/${no}`)
    const { clicksTotal } = await readState(page, no, 0)
    if (clicksTotal > 0) {
      await page.goto(`${deckUrl}#/${no}?clicks=${clicksTotal}`)
      await readState(page, no, clicksTotal)
    }
    await settle(page, no)
    // A mermaid diagram can hold its <svg> before its labels are laid out: wait for visible words.
    await page.waitForFunction((no) => {
      const slide = document.querySelector(`#slide-content [data-slidev-no="${no}"]`)
      return [...(slide?.querySelectorAll('.mermaid') ?? [])].every((m) => {
        const labels = [...(m.shadowRoot ?? m).querySelectorAll('svg text, svg foreignObject span, svg foreignObject div')]
        return labels.some(l => (l.textContent ?? '').trim() && l.getClientRects().length > 0)
      })
    }, no, { timeout: 5000 }).catch(() => {})
    facts.push({ deck, no, ...await inspectText(page, no) })
  }
  return facts
}

export interface MeasureSummary {
  /** Teaching slides: covers and chapter ends left aside (quizzes included). */
  teaching: number
  medianBodyPx: number | null
  smallestPx: number | null
  /** Share of teaching slides whose smallest text is at least 20 px. */
  smallestAtLeast20: number
  /** Share of non-quiz teaching slides with more than 40 words of prose. */
  over40Words: number
  textOnly: number
  lowerThirdEmpty: number
}

export function median(values: readonly number[]): number | null {
  if (!values.length)
    return null
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** The figures of issue 14's « done when », over the teaching slides of `slides`. */
export function summarize(slides: readonly SlideFacts[]): MeasureSummary {
  const teaching = slides.filter(s => s.kind === 'teaching' || s.kind === 'quiz')
  const nonQuiz = teaching.filter(s => s.kind === 'teaching')
  const share = (list: readonly SlideFacts[], test: (s: SlideFacts) => boolean) => (list.length ? list.filter(test).length / list.length : 0)
  const smallest = teaching.map(s => s.smallestPx).filter((px): px is number => px !== null)
  return {
    teaching: teaching.length,
    medianBodyPx: median(teaching.map(s => s.bodyPx).filter((px): px is number => px !== null)),
    smallestPx: smallest.length ? Math.min(...smallest) : null,
    smallestAtLeast20: share(teaching, s => s.smallestPx === null || s.smallestPx >= 20),
    over40Words: share(nonQuiz, s => s.proseWords > 40),
    textOnly: share(teaching, s => s.textOnly),
    lowerThirdEmpty: share(teaching, s => s.lowerThirdEmpty),
  }
}

/** The targets, to print beside the figures. */
export const MEASURE_TARGETS = {
  medianBodyPx: '≥ 28',
  smallestAtLeast20: '≥ 90 %',
  over40Words: '≤ 10 %',
  textOnly: '≤ 35 %',
  lowerThirdEmpty: '≤ 30 %',
} as const

/** One row per deck and a total, for a person. */
export function formatMeasures(rows: readonly { name: string, summary: MeasureSummary }[]): string {
  const pct = (x: number) => `${Math.round(x * 100)} %`
  const px = (x: number | null) => (x === null ? '–' : x.toFixed(1))
  const header = ['deck', 'diapos', 'corps px', 'min px', 'min ≥ 20', '> 40 mots', 'texte seul', 'tiers bas vide']
  const lines = rows.map(({ name, summary: s }) => [name, String(s.teaching), px(s.medianBodyPx), px(s.smallestPx), pct(s.smallestAtLeast20), pct(s.over40Words), pct(s.textOnly), pct(s.lowerThirdEmpty)])
  const targets = ['objectif', '', MEASURE_TARGETS.medianBodyPx, '', MEASURE_TARGETS.smallestAtLeast20, MEASURE_TARGETS.over40Words, MEASURE_TARGETS.textOnly, MEASURE_TARGETS.lowerThirdEmpty]
  const all = [header, ...lines, targets]
  const widths = header.map((_, i) => Math.max(...all.map(l => l[i].length)))
  return all.map(l => l.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n')
}
