// Exports one built deck to PDF: the slide PDF, the step-by-step PDF and the A4 handout.
// Shared by `npm run export` and `npm run bench`, which times it.
import type { Browser, Page } from 'playwright-chromium'
import type { CapturedSlide } from './capture.ts'
import type { PrintedDeck } from './complete.ts'
import type { DeckManifest, OutlineEntry } from './pdf.ts'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { parseSync } from '@slidev/parser'
import { COURSE_TITLE } from '../shared/course.ts'
import { captureSlide, collectCss } from './capture.ts'
import { readPrinted, SLIDE } from './complete.ts'
import { printHandout } from './handout.ts'
import { finishPdf, writePdfSafely } from './pdf.ts'
import { readState, settle } from './walker.ts'

const TIMEOUT = Number(process.env.EXPORT_TIMEOUT_MS ?? 30_000) // to draw one slide
/** Author and language of every PDF the course writes. */
export const PDF_META = { author: COURSE_TITLE, language: 'fr-FR' }

/** What is exported: a built deck, served at `url`, from its Markdown `source`. */
export interface ExportTarget {
  slug: string
  title: string
  summary?: string
  /** The deck's folder on the static server, ending with `/`. */
  url: string
  /** The deck's Markdown file, for its slide titles and speaker notes. */
  source: string
  /** Where the PDFs and the manifest are written. */
  pdfDir: string
  /** Progress lines, for a person watching. */
  log: (line: string) => void
  /** Also hand back the printed slide pages, for the complete module's PDF (node/complete.ts). */
  keepPrinted?: boolean
}

/** How long each part of one deck's export took, in ms. */
export interface ExportTiming {
  /** Every slide page and every click-state page: drawn, then printed. */
  printMs: number
  printedPages: number
  handoutMs: number
  totalMs: number
  /** The slide pages as printed, when the target asked for them (`keepPrinted`). */
  printed?: PrintedDeck
}

/** Goes to slide `no` (at `clicks`) inside the print view, and waits until it is fully drawn. */
async function show(page: Page, deck: ExportTarget, no: number, clicks?: number): Promise<{ clicksTotal: number }> {
  const where = `${deck.slug} diapositive ${no}${clicks === undefined ? '' : ` clic ${clicks}`}`
  try {
    await page.evaluate(hash => (location.hash = hash), `#/${no}${clicks ? `?clicks=${clicks}` : ''}`)
    const { clicksTotal } = await readState(page, no, clicks, TIMEOUT)
    await settle(page, no, TIMEOUT)
    return { clicksTotal }
  }
  catch (error) {
    throw new Error(`${where} : rendu impossible (${(error as Error).message.split('\n')[0]})`)
  }
}

/**
 * Keeps a copy of the slide shown now (mermaid's shadow roots flattened) at the end of the page,
 * as one more page of the document that printStash prints. One print for the whole document
 * keeps Chromium's structure tree: pages merged with pdf-lib would lose it (pitfall 13).
 */
async function stash(page: Page, no: number): Promise<void> {
  await page.evaluate((no) => {
    let stash = document.getElementById('print-stash')
    if (!stash) {
      stash = document.createElement('div')
      stash.id = 'print-stash'
      // Out of the layout until it is printed: laid out below the app, the copies made every
      // later frame of the walk slower (deck 00: 92–100 against 73–82 ms per page, 3 exports each).
      stash.hidden = true
      document.body.append(stash)
    }
    const live = document.querySelector<HTMLElement>(`#slide-content [data-slidev-no="${no}"]`)!
    const clone = live.cloneNode(true) as HTMLElement
    const mermaids = clone.querySelectorAll('.mermaid')
    live.querySelectorAll('.mermaid').forEach((m, i) => {
      if (m.shadowRoot)
        mermaids[i].innerHTML = m.shadowRoot.innerHTML
    })
    clone.removeAttribute('data-slidev-no')
    clone.style.display = ''
    const sheet = document.createElement('div')
    sheet.className = 'stash-page'
    sheet.append(clone)
    stash.append(sheet)
  }, no)
}

/** Prints every stashed slide, one per page, in one tagged pass; the live app goes first. */
async function printStash(page: Page): Promise<Uint8Array> {
  await page.evaluate(() => {
    document.getElementById('app')?.remove()
    document.getElementById('print-stash')?.removeAttribute('hidden')
  })
  await page.addStyleTag({ content: `html,body{height:auto!important;overflow:visible!important;margin:0;background:#fff}
.stash-page{width:${SLIDE.width}px;height:${SLIDE.height}px;overflow:hidden;position:relative;break-after:page}
.stash-page>.slidev-page{position:absolute;inset:0;width:${SLIDE.width}px;height:${SLIDE.height}px}` })
  await page.evaluate(() => document.fonts.ready)
  return page.pdf({ width: `${SLIDE.width}px`, height: `${SLIDE.height}px`, printBackground: true, tagged: true, margin: { top: 0, right: 0, bottom: 0, left: 0 } })
}

async function openPrintView(browser: Browser, deck: ExportTarget, mode: 'true' | 'clicks'): Promise<Page> {
  const context = await browser.newContext({ viewport: SLIDE, deviceScaleFactor: 2 })
  const page = await context.newPage()
  page.on('pageerror', error => console.error(`  ! ${deck.slug} : erreur de page : ${error.message}`))
  await page.goto(`${deck.url}?print=${mode}#/1`)
  await page.emulateMedia({ media: 'screen' })
  // The offline indicator floats over the slides; it has no place on paper.
  await page.addStyleTag({ content: '.slidev-pwa-indicator { display: none !important; }' })
  // The app's start belongs to the view, not to the first page: the time per page stays per page.
  await show(page, deck, 1)
  return page
}

/** Writes `<slug>.pdf`, `<slug>-steps.pdf`, `<slug>-handout.pdf` and `<slug>.json` into `pdfDir`. */
export async function exportDeck(browser: Browser, deck: ExportTarget): Promise<ExportTiming> {
  const started = performance.now()
  mkdirSync(deck.pdfDir, { recursive: true })
  let printMs = 0
  const source = parseSync(readFileSync(deck.source, 'utf8'), deck.source).slides
  const titles = source.map((s, i) => String(i === 0 ? deck.title : (s.title ?? `Diapositive ${i + 1}`)).replace(/<[^>]+>/g, ''))
  const manifest: DeckManifest = { slug: deck.slug, title: deck.title, slides: [], pages: { slides: 0, steps: 0, handout: 0 } }

  // Final state of every slide: the slide PDF, and the pictures of the handout.
  const page = await openPrintView(browser, deck, 'true')
  const captured: CapturedSlide[] = []
  for (let no = 1; no <= source.length; no++) {
    let t = performance.now()
    const { clicksTotal } = await show(page, deck, no)
    printMs += performance.now() - t
    const slide = page.locator(`[data-slidev-no="${no}"]`).first()
    const diagrams = await slide.evaluate((el) => {
      const box = el.getBoundingClientRect()
      return [...el.querySelectorAll('[data-testid^="diagram-"]:not([data-testid="diagram-step"]):not([data-testid="diagram-caption"]), [data-testid="terminal-replay"], .mermaid')]
        .map(d => d.getBoundingClientRect())
        .filter(r => r.width > 0 && r.height > 0)
        .map(r => ({ x: (r.left - box.left) / box.width, y: (r.top - box.top) / box.height, w: r.width / box.width, h: r.height / box.height }))
    })
    manifest.slides.push({ no, title: titles[no - 1], clicks: clicksTotal, diagrams })
    t = performance.now()
    await stash(page, no)
    printMs += performance.now() - t
    captured.push(await captureSlide(page, no))
    if (no % 10 === 0 || no === source.length)
      deck.log(`  ${deck.slug} : diapositives ${no}/${source.length}`)
  }
  const shown = Number(await page.locator('[data-testid="slide-state"]').first().getAttribute('data-total'))
  if (shown !== source.length)
    throw new Error(`${deck.slug} : le site construit a ${shown} diapositives, le fichier ${source.length} ; relancez « npm run build ».`)
  const slideCss = await collectCss(page)
  const printed = deck.keepPrinted ? await readPrinted(page) : undefined
  let t = performance.now()
  const slidesPdf = await printStash(page)
  printMs += performance.now() - t
  await page.context().close()

  // Every click state: the step-by-step PDF.
  const steps = await openPrintView(browser, deck, 'clicks')
  let stepPages = 0
  const stepOutline: OutlineEntry[] = []
  for (const slide of manifest.slides) {
    stepOutline.push({ page: stepPages + 1, title: `${slide.no}. ${slide.title}` })
    for (let clicks = 0; clicks <= slide.clicks; clicks++) {
      const t = performance.now()
      await show(steps, deck, slide.no, clicks)
      await stash(steps, slide.no)
      stepPages++
      printMs += performance.now() - t
    }
  }
  t = performance.now()
  const stepsPdf = await printStash(steps)
  printMs += performance.now() - t
  deck.log(`  ${deck.slug} : ${stepPages} états de clic`)
  await steps.context().close()

  // The A4 handout: the reading page's content, slides as text and vector drawings, learner
  // explanations only, quiz answers at the end; one tagged print, so nothing is merged.
  const handoutStarted = performance.now()
  const handoutPage = await browser.newPage()
  const handoutDeck = { no: 0, questions: [], summary: deck.summary ?? '', ...deck }
  const handout = await printHandout(handoutPage, handoutDeck, { css: slideCss, slides: captured.map((c, i) => ({ ...c, notes: source[i].note })) }, deck.url)
  await handoutPage.close()
  const handoutMs = performance.now() - handoutStarted

  const slideOutline = manifest.slides.map((s, i) => ({ page: i + 1, title: `${s.no}. ${s.title}` }))
  const handoutDoc = await (await import('pdf-lib')).PDFDocument.load(handout)
  const { PDFDocument } = await import('pdf-lib')
  manifest.pages = { slides: source.length, steps: stepPages, handout: handoutDoc.getPageCount() }
  await writePdfSafely(`${deck.pdfDir}/${deck.slug}.pdf`, await finishPdf(await PDFDocument.load(slidesPdf), slideOutline, { ...PDF_META, title: deck.title, subject: deck.summary }), source.length)
  await writePdfSafely(`${deck.pdfDir}/${deck.slug}-steps.pdf`, await finishPdf(await PDFDocument.load(stepsPdf), stepOutline, { ...PDF_META, title: `${deck.title} (pas à pas)`, subject: deck.summary }), stepPages)
  // Chromium wrote the bookmarks (one per slide heading) and the structure tree; finishPdf adds the metadata only.
  await writePdfSafely(`${deck.pdfDir}/${deck.slug}-handout.pdf`, await finishPdf(handoutDoc, [], { ...PDF_META, title: `${deck.title} (support)`, subject: deck.summary }), manifest.pages.handout)
  writeFileSync(`${deck.pdfDir}/${deck.slug}.json`, `${JSON.stringify(manifest, null, 2)}\n`)
  deck.log(`✓ ${deck.slug} : ${manifest.pages.slides} pages, ${manifest.pages.steps} pas à pas, ${manifest.pages.handout} pages de support`)
  return { printMs, printedPages: source.length + stepPages, handoutMs, totalMs: performance.now() - started, printed }
}
