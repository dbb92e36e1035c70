// npm run export [-- n|slug ...]: PDFs of the built decks into dist/pdf/ (run npm run build first):
//   <slug>.pdf          one page per slide, final click state, bookmarks, text, metadata
//   <slug>-steps.pdf    one page per click state
//   <slug>-handout.pdf  A4 portrait, slides beside their speaker notes
//   runtimes-et-cri-complet.pdf  the whole module, one bookmark per chapter (full export only)
// CHROMIUM_PATH chooses the browser. A PDF is only replaced by one that was checked.
import type { Browser, Page } from 'playwright-chromium'
import type { Deck } from '../lib/course.ts'
import type { DeckManifest, OutlineEntry } from '../lib/pdf.ts'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { parseSync } from '@slidev/parser'
import { chromium } from 'playwright-chromium'
import { checkAndReport } from '../lib/check.ts'
import { chromiumArgs } from '../lib/chromium.ts'
import { chromiumOrFail, decksFromArgs, fail } from '../lib/cli.ts'
import { COURSE_TITLE, DECKS } from '../lib/course.ts'
import { handoutHtml } from '../lib/handout.ts'
import { fontFilePath, HOME_FONTS, writeHome } from '../lib/home.ts'
import { escapeHtml } from '../lib/html.ts'
import { deckFile, DIST_DIR } from '../lib/paths.ts'
import { finishPdf, mergePdfs, writePdfSafely } from '../lib/pdf.ts'
import { serveStatic } from '../lib/serve.ts'
import { readState, settle } from '../lib/walker.ts'

const PDF_DIR = `${DIST_DIR}/pdf`
const SLIDE = { width: 980, height: 552 }
const CONCURRENCY = 2 // decks rendered at once: one per core
const TIMEOUT = Number(process.env.EXPORT_TIMEOUT_MS ?? 30_000) // to draw one slide
const META = { author: COURSE_TITLE, language: 'fr-FR' }

const browserPath = chromiumOrFail().path

const decks = decksFromArgs(process.argv.slice(2))
if (await checkAndReport(decks.map(d => deckFile(d.slug))))
  fail('Export refusé.')
const unbuilt = decks.filter(d => !existsSync(`${DIST_DIR}/${d.slug}/index.html`))
if (unbuilt.length)
  fail(`Decks pas encore construits : ${unbuilt.map(d => d.slug).join(', ')}. Lancez d’abord « npm run build ».`)

mkdirSync(PDF_DIR, { recursive: true })
// An interrupted export leaves no half-written file behind; good PDFs already there stay.
function removeTemporaries() {
  for (const f of readdirSync(PDF_DIR)) {
    if (f.includes(`.tmp-${process.pid}`))
      rmSync(`${PDF_DIR}/${f}`, { force: true })
  }
}
process.on('SIGINT', () => {
  removeTemporaries()
  process.exit(130)
})

const started = Date.now()
const server = await serveStatic(DIST_DIR)
const browser = await chromium.launch({ executablePath: browserPath, args: chromiumArgs() })
const failures: string[] = []
try {
  const queue = [...decks]
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
    for (let deck = queue.shift(); deck; deck = queue.shift()) {
      try {
        await exportDeck(browser, deck)
      }
      catch (error) {
        failures.push((error as Error).message)
        console.error(`✗ ${(error as Error).message}`)
      }
    }
  }))
  if (!failures.length && decks.length === DECKS.length)
    await exportComplete()
  // The course home links each PDF once it exists.
  writeHome(DIST_DIR)
}
finally {
  await browser.close()
  await server.close()
  removeTemporaries()
}
if (failures.length)
  fail(`\nExport incomplet : ${failures.length} deck${failures.length > 1 ? 's' : ''} en échec ; les PDF déjà présents pour ces decks sont conservés.`)
console.log(`✓ Export terminé en ${((Date.now() - started) / 1000).toFixed(0)} s → dist/pdf/`)

/** Goes to slide `no` (at `clicks`) inside the print view, and waits until it is fully drawn. */
async function show(page: Page, deck: Deck, no: number, clicks?: number): Promise<{ clicksTotal: number }> {
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

async function printPage(page: Page): Promise<Uint8Array> {
  return page.pdf({ width: `${SLIDE.width}px`, height: `${SLIDE.height}px`, printBackground: true, pageRanges: '1', margin: { top: 0, right: 0, bottom: 0, left: 0 } })
}

async function openPrintView(browser: Browser, deck: Deck, mode: 'true' | 'clicks'): Promise<Page> {
  const context = await browser.newContext({ viewport: SLIDE, deviceScaleFactor: 2 })
  const page = await context.newPage()
  page.on('pageerror', error => console.error(`  ! ${deck.slug} : erreur de page : ${error.message}`))
  await page.goto(`${server.url}/${deck.slug}/?print=${mode}#/1`)
  await page.emulateMedia({ media: 'screen' })
  // The offline indicator floats over the slides; it has no place on paper.
  await page.addStyleTag({ content: '.slidev-pwa-indicator { display: none !important; }' })
  return page
}

async function exportDeck(browser: Browser, deck: Deck): Promise<void> {
  const source = parseSync(readFileSync(deckFile(deck.slug), 'utf8'), deckFile(deck.slug)).slides
  const titles = source.map((s, i) => String(i === 0 ? deck.title : (s.title ?? `Diapositive ${i + 1}`)).replace(/<[^>]+>/g, ''))
  const manifest: DeckManifest = { slug: deck.slug, title: deck.title, slides: [], pages: { slides: 0, steps: 0, handout: 0 } }

  // Final state of every slide: the slide PDF, and the pictures of the handout.
  const page = await openPrintView(browser, deck, 'true')
  const slidePdfs: Uint8Array[] = []
  const pictures: Uint8Array[] = []
  for (let no = 1; no <= source.length; no++) {
    const { clicksTotal } = await show(page, deck, no)
    const slide = page.locator(`[data-slidev-no="${no}"]`).first()
    const diagrams = await slide.evaluate((el) => {
      const box = el.getBoundingClientRect()
      return [...el.querySelectorAll('[data-testid^="diagram-"]:not([data-testid="diagram-step"]):not([data-testid="diagram-caption"]), [data-testid="terminal-replay"], .mermaid')]
        .map(d => d.getBoundingClientRect())
        .filter(r => r.width > 0 && r.height > 0)
        .map(r => ({ x: (r.left - box.left) / box.width, y: (r.top - box.top) / box.height, w: r.width / box.width, h: r.height / box.height }))
    })
    manifest.slides.push({ no, title: titles[no - 1], clicks: clicksTotal, diagrams })
    slidePdfs.push(await printPage(page))
    pictures.push(await slide.screenshot())
    if (no % 10 === 0 || no === source.length)
      console.log(`  ${deck.slug} : diapositives ${no}/${source.length}`)
  }
  const shown = Number(await page.locator('[data-testid="slide-state"]').first().getAttribute('data-total'))
  if (shown !== source.length)
    throw new Error(`${deck.slug} : le site construit a ${shown} diapositives, le fichier ${source.length} ; relancez « npm run build ».`)
  await page.context().close()

  // Every click state: the step-by-step PDF.
  const steps = await openPrintView(browser, deck, 'clicks')
  const stepPdfs: Uint8Array[] = []
  const stepOutline: OutlineEntry[] = []
  for (const slide of manifest.slides) {
    stepOutline.push({ page: stepPdfs.length + 1, title: `${slide.no}. ${slide.title}` })
    for (let clicks = 0; clicks <= slide.clicks; clicks++) {
      await show(steps, deck, slide.no, clicks)
      stepPdfs.push(await printPage(steps))
    }
  }
  console.log(`  ${deck.slug} : ${stepPdfs.length} états de clic`)
  await steps.context().close()

  // The A4 handout.
  const handoutPage = await browser.newPage()
  await handoutPage.setContent(handoutHtml(deck.title, manifest.slides.map((s, i) => ({ no: s.no, title: s.title, png: pictures[i], notes: source[i].note })), fontFaces()))
  await handoutPage.evaluate(() => document.fonts.ready)
  const handout = await handoutPage.pdf({
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    margin: { top: '16mm', bottom: '14mm', left: '12mm', right: '12mm' },
    headerTemplate: `<div style="font-size:8px;width:100%;margin:0 12mm;font-family:sans-serif;color:#374151;display:flex;justify-content:space-between"><span>${escapeHtml(deck.title)}</span><span>${escapeHtml(COURSE_TITLE)}</span></div>`,
    footerTemplate: `<div style="font-size:8px;width:100%;text-align:center;font-family:sans-serif;color:#374151">page <span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
  })
  await handoutPage.close()

  const slideOutline = manifest.slides.map((s, i) => ({ page: i + 1, title: `${s.no}. ${s.title}` }))
  const handoutDoc = await (await import('pdf-lib')).PDFDocument.load(handout)
  manifest.pages = { slides: slidePdfs.length, steps: stepPdfs.length, handout: handoutDoc.getPageCount() }
  await writePdfSafely(`${PDF_DIR}/${deck.slug}.pdf`, await finishPdf(await mergePdfs(slidePdfs), slideOutline, { ...META, title: deck.title, subject: deck.summary }), slidePdfs.length)
  await writePdfSafely(`${PDF_DIR}/${deck.slug}-steps.pdf`, await finishPdf(await mergePdfs(stepPdfs), stepOutline, { ...META, title: `${deck.title} (pas à pas)`, subject: deck.summary }), stepPdfs.length)
  await writePdfSafely(`${PDF_DIR}/${deck.slug}-handout.pdf`, await finishPdf(handoutDoc, [], { ...META, title: `${deck.title} (support avec notes)`, subject: deck.summary }), manifest.pages.handout)
  writeFileSync(`${PDF_DIR}/${deck.slug}.json`, `${JSON.stringify(manifest, null, 2)}\n`)
  console.log(`✓ ${deck.slug} : ${manifest.pages.slides} pages, ${manifest.pages.steps} pas à pas, ${manifest.pages.handout} pages de support`)
}

async function exportComplete(): Promise<void> {
  const buffers = DECKS.map(d => readFileSync(`${PDF_DIR}/${d.slug}.pdf`))
  const outline: OutlineEntry[] = []
  let page = 1
  for (const deck of DECKS) {
    const manifest = JSON.parse(readFileSync(`${PDF_DIR}/${deck.slug}.json`, 'utf8')) as DeckManifest
    outline.push({ page, title: deck.no === 0 ? deck.title : `Chapitre ${deck.no} : ${deck.title}` })
    page += manifest.pages.slides
  }
  const doc = await mergePdfs(buffers)
  await writePdfSafely(`${PDF_DIR}/runtimes-et-cri-complet.pdf`, await finishPdf(doc, outline, { ...META, title: `${COURSE_TITLE} : le module complet` }), page - 1)
  console.log(`✓ runtimes-et-cri-complet.pdf : ${page - 1} pages`)
}

function fontFaces(): string {
  return HOME_FONTS.map((f) => {
    const data = readFileSync(fontFilePath(f)).toString('base64')
    return `@font-face{font-family:"${f.family}";font-weight:${f.weight};src:url(data:font/woff2;base64,${data}) format("woff2")}`
  }).join('\n')
}
