// npm run measure [-- n|slug ...]: on the built decks (npm run build first) at 1280×720, every slide
// at its last click, the figures of issue 14: body text size, smallest text, prose, composition.
// Prints a table and writes reports/measure.json (or MEASURE_OUT).
import type { SlideFacts } from '../node/measure-slides.ts'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import process from 'node:process'
import { guardedPage, launchBrowser } from '../node/browser.ts'
import { decksFromArgs, fail } from '../node/cli.ts'
import { formatMeasures, measureDeck, summarize } from '../node/measure-slides.ts'
import { DIST_DIR, ROOT } from '../node/paths.ts'
import { serveStatic } from '../node/serve.ts'

const decks = decksFromArgs(process.argv.slice(2))
const missing = decks.filter(d => !existsSync(`${DIST_DIR}/${d.slug}/index.html`))
if (missing.length)
  fail(`Deck non construit : ${missing.map(d => d.slug).join(', ')}. Lancez d’abord « npm run build ».`)
const out = process.env.MEASURE_OUT ?? `${ROOT}reports/measure.json`

const server = await serveStatic(DIST_DIR)
const browser = await launchBrowser()
const slides: SlideFacts[] = []
try {
  for (const deck of decks) {
    const guarded = await guardedPage(browser, server.url)
    slides.push(...await measureDeck(guarded.page, `${server.url}/${deck.slug}/`, deck.slug))
    await guarded.context.close()
  }
}
finally {
  await browser.close()
  await server.close()
}

const rows = [
  ...decks.map(d => ({ name: d.slug.slice(0, 2), summary: summarize(slides.filter(s => s.deck === d.slug)) })),
  { name: 'total', summary: summarize(slides) },
]
console.log(formatMeasures(rows))
const small = slides.filter(s => (s.kind === 'teaching' || s.kind === 'quiz') && s.smallestPx !== null && s.smallestPx < 20)
if (small.length) {
  console.log(`\nTexte sous 20 px (${small.length} diapositives) :`)
  for (const s of small)
    console.log(`  ${s.deck} ${s.no} : ${s.smallestPx} px « ${s.smallestText} »`)
}
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, `${JSON.stringify({ measuredAt: new Date().toISOString(), viewport: '1280x720', summary: rows, slides }, null, 2)}\n`)
console.log(`\n→ ${out}`)
