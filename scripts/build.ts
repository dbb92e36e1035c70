// npm run build [-- n|slug ...]: builds each deck into dist/<slug>/ with its own base, then its reading page
// (dist/lecture/<slug>/, read from the built deck in Chromium), then the course home.
// BASE=/cours/ npm run build deploys the whole site under a sub-path.
import { rmSync } from 'node:fs'
import process from 'node:process'
import { checkAndReport } from '../node/check.ts'
import { decksFromArgs, fail, run } from '../node/cli.ts'
import { writeHome } from '../node/home.ts'
import { deckFile, DIST_DIR, SLIDEV_BIN } from '../node/paths.ts'
import { buildReadingPages } from '../node/reading.ts'

const base = process.env.BASE ?? '/'
if (!base.startsWith('/') || !base.endsWith('/'))
  fail(`BASE doit commencer et finir par « / » (reçu : « ${base} »).`)

const decks = decksFromArgs(process.argv.slice(2))
// A deck that fails the check is never built: no mermaid error box in front of a class.
if (await checkAndReport(decks.map(d => deckFile(d.slug))))
  fail('Construction refusée.')
for (const deck of decks) {
  const started = Date.now()
  const out = `${DIST_DIR}/${deck.slug}`
  rmSync(out, { recursive: true, force: true })
  const code = await run(process.execPath, [SLIDEV_BIN, 'build', deckFile(deck.slug), '--base', `${base}${deck.slug}/`, '--out', out])
  if (code !== 0)
    fail(`Échec de la construction de slides/${deck.slug}.md (code ${code}).`)
  console.log(`✓ ${deck.slug} construit en ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

// The reading pages are read from the decks as built, diagrams drawn: they need the browser.
try {
  await buildReadingPages(DIST_DIR, decks, console.log, base)
}
catch (error) {
  fail(`Pages de lecture impossibles : ${(error as Error).message.split('\n')[0]}`)
}

writeHome(DIST_DIR)
console.log(`✓ accueil du cours : dist/index.html`)
