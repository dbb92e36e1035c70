// npm run export [-- n|slug ...]: PDFs of the built decks into dist/pdf/ (run npm run build first):
//   <slug>.pdf          one page per slide, final click state, bookmarks, text, metadata
//   <slug>-steps.pdf    one page per click state
//   <slug>-handout.pdf  A4 portrait, slides beside their speaker notes
//   runtimes-et-cri-complet.pdf  the whole module, slides at full page, a chapter page and a bookmark
//                                per chapter, printed in one tagged pass (full export only)
// CHROMIUM_PATH chooses the browser. A PDF is only replaced by one that was checked.
import type { PrintedDeck } from '../node/complete.ts'
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import process from 'node:process'
import { PDFDocument } from 'pdf-lib'
import { chromium } from 'playwright-chromium'
import { checkAndReport } from '../node/check.ts'
import { chromiumArgs } from '../node/chromium.ts'
import { chromiumOrFail, decksFromArgs, fail } from '../node/cli.ts'
import { printComplete } from '../node/complete.ts'
import { exportDeck, PDF_META } from '../node/export.ts'
import { writeHome } from '../node/home.ts'
import { deckFile, DIST_DIR } from '../node/paths.ts'
import { finishPdf, writePdfSafely } from '../node/pdf.ts'
import { serveStatic } from '../node/serve.ts'
import { COURSE_TITLE, DECKS } from '../shared/course.ts'

const PDF_DIR = `${DIST_DIR}/pdf`
const CONCURRENCY = 2 // decks rendered at once: one per core

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
// A full export keeps each deck's printed pages for the complete module's PDF.
const full = decks.length === DECKS.length
const printed = new Map<string, PrintedDeck>()
try {
  const queue = [...decks]
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
    for (let deck = queue.shift(); deck; deck = queue.shift()) {
      try {
        const done = await exportDeck(browser, { ...deck, url: `${server.url}/${deck.slug}/`, source: deckFile(deck.slug), pdfDir: PDF_DIR, log: console.log, keepPrinted: full })
        if (done.printed)
          printed.set(deck.slug, done.printed)
      }
      catch (error) {
        failures.push((error as Error).message)
        console.error(`✗ ${(error as Error).message}`)
      }
    }
  }))
  if (!failures.length && full)
    await exportComplete(server.url)
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

/** The whole module: one HTML document of the seven decks' printed pages, printed once (node/complete.ts). */
async function exportComplete(origin: string): Promise<void> {
  const pdf = await printComplete(browser, origin, DECKS, DECKS.map(d => printed.get(d.slug)!))
  // A chapter page, then the deck's slides, for each deck.
  const pages = DECKS.reduce((n, d) => n + 1 + printed.get(d.slug)!.pages.length, 0)
  // Chromium wrote the bookmarks (one per chapter heading) and the structure tree; finishPdf adds the metadata only.
  await writePdfSafely(`${PDF_DIR}/runtimes-et-cri-complet.pdf`, await finishPdf(await PDFDocument.load(pdf), [], { ...PDF_META, title: `${COURSE_TITLE} : le module complet` }), pages)
  console.log(`✓ runtimes-et-cri-complet.pdf : ${pages} pages`)
}
