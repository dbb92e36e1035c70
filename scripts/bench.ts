// npm run bench [-- n|slug ...] [--loads 15] [--exports 3] [--walks 3] [--scaling 1,3,7] [--out reports/bench.json] [--strict]
// Measures the decks against an empty two-slide deck built here with the same Slidev and theme,
// in one run and one browser, and prints ratios: absolute times on a shared machine are noise.
//   first slide painted (median of N cold loads), JavaScript before that paint and after idle,
//   build time per deck, PDF export time per page (median of N exports), slowest key press to
//   painted frame (each click state at its median over N walks);
//   each reading page against its deck on a throttled connection (150 ms, 1.6 Mbit/s);
//   then the time to build and to export 1, 3 and 7 decks, to tell what is paid once.
// Everything happens in a temporary folder: dist/ and dist/pdf/ are left as they are.
import type { Browser } from 'playwright-chromium'
import type { ClickPaint, ColdLoad } from '../node/bench-browser.ts'
import type { BenchReport, DeckFigures, ReadingFigures, ScalingRun } from '../node/bench.ts'
import type { Deck } from '../shared/course.ts'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { parseSync } from '@slidev/parser'
import { clickToPaint, coldLoad, throttledFirstPaint } from '../node/bench-browser.ts'
import { BASELINE_FILES, BASELINE_SLUG, formatReport, median, reportProblems, slowestTypical, verdicts } from '../node/bench.ts'
import { launchBrowser } from '../node/browser.ts'
import { checkAndReport } from '../node/check.ts'
import { chromiumOrFail, decksFromArgs, fail, run } from '../node/cli.ts'
import { exportDeck } from '../node/export.ts'
import { deckFile, ROOT, SLIDEV_BIN } from '../node/paths.ts'
import { buildReadingPages, readingPath } from '../node/reading.ts'
import { serveStatic } from '../node/serve.ts'

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    loads: { type: 'string', default: '15' },
    exports: { type: 'string', default: '3' },
    walks: { type: 'string', default: '3' },
    scaling: { type: 'string' },
    out: { type: 'string', default: 'reports/bench.json' },
    strict: { type: 'boolean', default: false },
  },
})
/** How many times a measure is repeated: `--<name>`, a whole number ≥ 1. */
function repeats(name: 'loads' | 'exports' | 'walks'): number {
  const n = Number(options[name])
  if (!Number.isInteger(n) || n < 1)
    fail(`--${name} attend un entier ≥ 1 (reçu « ${options[name]} »).`)
  return n
}
const loads = repeats('loads')
const exports = repeats('exports')
const walks = repeats('walks')
const decks = decksFromArgs(positionals)
// By default 1, 3 and 7 decks, as far as the decks measured go.
const sizes = options.scaling === undefined
  ? [...new Set([1, 3, 7].map(n => Math.min(n, decks.length)))]
  : options.scaling.split(',').map(Number)
if (!sizes.every(n => Number.isInteger(n) && n >= 1 && n <= decks.length))
  fail(`--scaling attend des nombres de decks entre 1 et ${decks.length} (reçu « ${options.scaling} »).`)
const out = resolve(process.cwd(), options.out)
chromiumOrFail()
if (await checkAndReport(decks.map(d => deckFile(d.slug))))
  fail('Mesure refusée : corrigez d’abord les decks.')

const work = mkdtempSync(`${tmpdir()}/runtimes-cri-bench-`)
const site = `${work}/site`
const step = (text: string) => console.log(`\n▶ ${text}`)
// Removed however the run ends: success, a failure that exits, or Ctrl+C.
process.on('exit', () => rmSync(work, { recursive: true, force: true }))
process.on('SIGINT', () => process.exit(130))

// Builds as `npm run build` does, even when called from a test runner that sets NODE_ENV=test
// (Vue's development build would then be measured).
const buildEnv = { ...process.env, NODE_ENV: 'production' }

/** `slidev build` of one deck into the bench's site, timed; Slidev's own output is kept quiet. */
async function slidevBuild(entry: string, slug: string): Promise<number> {
  const started = performance.now()
  const code = await run(process.execPath, [SLIDEV_BIN, 'build', entry, '--base', `/${slug}/`, '--out', `${site}/${slug}`], { env: buildEnv, quiet: true })
  if (code !== 0)
    fail(`Échec de la construction de ${entry} (code ${code}) ; « npm run build » montre le détail.`)
  return performance.now() - started
}

/** A script of this project, with the built site and PDFs sent to `dist`, timed. */
async function timedScript(script: string, args: string[], dist: string): Promise<number> {
  const started = performance.now()
  const code = await run(process.execPath, [`${ROOT}scripts/${script}`, ...args], { env: { ...buildEnv, COURSE_DIST_DIR: dist }, quiet: true })
  if (code !== 0)
    fail(`Échec de « ${script} ${args.join(' ')} » pendant la mesure de croissance (code ${code}).`)
  return performance.now() - started
}

// Loads per page on the throttled connection: each takes seconds.
const THROTTLED_LOADS = 3

const slideCount = (file: string) => parseSync(readFileSync(file, 'utf8'), file).slides.length

interface Target { slug: string, title: string, source: string, slides: number }

let browser: Browser | undefined
let chromiumVersion = ''
try {
  // The empty deck: same Slidev, same theme, nothing of ours but a 1-line probe of the slide state.
  const baselineDir = `${work}/${BASELINE_SLUG}`
  for (const [name, text] of Object.entries(BASELINE_FILES)) {
    mkdirSync(dirname(`${baselineDir}/${name}`), { recursive: true })
    writeFileSync(`${baselineDir}/${name}`, text)
  }
  cpSync(`${ROOT}public/favicon.svg`, `${baselineDir}/public/favicon.svg`)
  const targets: Target[] = [
    { slug: BASELINE_SLUG, title: 'Deck vide', source: `${baselineDir}/slides.md`, slides: 2 },
    ...decks.map((d: Deck) => ({ slug: d.slug, title: d.title, source: deckFile(d.slug), slides: slideCount(deckFile(d.slug)) })),
  ]
  const reading: ReadingFigures[] = []
  // Decks take turns, starting each round one further, so that no deck always comes first.
  const inTurn = (round: number) => targets.map((_, i) => targets[(i + round) % targets.length])
  const figures = new Map<string, Partial<DeckFigures> & { loads: ColdLoad[] }>(targets.map(t => [t.slug, { slug: t.slug, slides: t.slides, loads: [] }]))
  const get = (slug: string) => figures.get(slug)!

  step(`Construction de chaque deck seul (${targets.length} avec la référence)`)
  // The empty deck is built first and last: its figure is the mean of both, against drift.
  const baselineFirst = await slidevBuild(targets[0].source, BASELINE_SLUG)
  for (const t of targets.slice(1)) {
    get(t.slug).buildMs = await slidevBuild(t.source, t.slug)
    console.log(`  ${t.slug} : ${(get(t.slug).buildMs! / 1000).toFixed(1)} s`)
  }
  get(BASELINE_SLUG).buildMs = (baselineFirst + await slidevBuild(targets[0].source, BASELINE_SLUG)) / 2
  console.log(`  ${BASELINE_SLUG} : ${(get(BASELINE_SLUG).buildMs! / 1000).toFixed(1)} s`)

  const server = await serveStatic(site)
  browser = await launchBrowser()
  chromiumVersion = browser.version()
  try {
    step(`Chargements à froid : ${loads} par deck, chacun dans un contexte neuf`)
    // One load nobody counts: the browser's own start-up costs belong to no deck.
    await coldLoad(browser, server.url, `${server.url}/${BASELINE_SLUG}/`, false)
    for (let round = 0; round < loads; round++) {
      for (const t of inTurn(round))
        get(t.slug).loads.push(await coldLoad(browser, server.url, `${server.url}/${t.slug}/`, round === 0))
      console.log(`  tour ${round + 1}/${loads}`)
    }

    step('Pages de lecture contre decks, sur une connexion bridée (150 ms, 1,6 Mbit/s)')
    await buildReadingPages(site, decks, () => {})
    for (const d of decks) {
      const row: ReadingFigures = { slug: d.slug, readingFirstPaintMs: [], deckFirstSlideMs: [] }
      for (let i = 0; i < THROTTLED_LOADS; i++) {
        row.readingFirstPaintMs.push(await throttledFirstPaint(browser, server.url, `${server.url}/${readingPath(d.slug)}`, 'reading'))
        row.deckFirstSlideMs.push(await throttledFirstPaint(browser, server.url, `${server.url}/${d.slug}/`, 'deck'))
      }
      reading.push(row)
      console.log(`  ${d.slug} : lecture ${median(row.readingFirstPaintMs).toFixed(0)} ms, deck ${median(row.deckFirstSlideMs).toFixed(0)} ms`)
    }

    // The slowest of some 90 key presses is a maximum: one pause of a shared machine during one
    // walk made it (04-runc-oci, 110 ms once at 2.0, 39–53 ms in four walks after). Each state is
    // taken at its median over the walks; the slowest single press is printed too.
    step(`Clic → image : chaque état de clic de chaque deck, avec →, ${walks} parcours`)
    for (const t of targets) {
      const at = (p: { state: { page: number, clicks: number } }) => `${p.state.page}.${p.state.clicks}`
      const presenter: ClickPaint[][] = []
      for (let i = 0; i < walks; i++)
        presenter.push(await clickToPaint(browser, server.url, `${server.url}/${t.slug}/`, 'presenter'))
      const rushed = slowestTypical([await clickToPaint(browser, server.url, `${server.url}/${t.slug}/`, 'rushed')])
      const worst = slowestTypical(presenter)
      Object.assign(get(t.slug), { clickStates: presenter[0].length, slowestClickMs: worst.ms, slowestClickAt: at(worst), slowestRushedClickMs: rushed.ms, slowestRushedClickAt: at(rushed) })
      console.log(`  ${t.slug} : ${presenter[0].length} états, pire médiane ${worst.ms.toFixed(0)} ms (${at(worst)}), pire appui ${worst.worstMs.toFixed(0)} ms, en rafale ${rushed.ms.toFixed(0)} ms (${at(rushed)})`)
    }

    // One export of the empty deck prints 4 pages: its time per page moved by ±15 % from one
    // export to the next. The median of a few, decks taking turns as for the loads, holds still.
    step(`Export PDF : ${exports} par deck, les decks à tour de rôle`)
    const exported = new Map(targets.map(t => [t.slug, { perPage: [] as number[], total: [] as number[], pages: 0 }]))
    for (let round = 0; round < exports; round++) {
      for (const t of inTurn(round)) {
        const timing = await exportDeck(browser, { ...t, url: `${server.url}/${t.slug}/`, pdfDir: `${work}/pdf`, log: () => {} })
        const e = exported.get(t.slug)!
        e.perPage.push(timing.printMs / timing.printedPages)
        e.total.push(timing.totalMs)
        e.pages = timing.printedPages
      }
    }
    for (const [slug, e] of exported) {
      Object.assign(get(slug), { exportPerPageMs: median(e.perPage), exportPages: e.pages, exportMs: median(e.total) })
      console.log(`  ${slug} : ${e.pages} pages, ${e.perPage.map(ms => ms.toFixed(0)).join(' / ')} ms par page, médiane ${median(e.perPage).toFixed(0)} ms`)
    }
  }
  finally {
    await browser.close()
    browser = undefined
    await server.close()
  }

  step(`Croissance : construire puis exporter ${sizes.join(', ')} decks`)
  const scaling: BenchReport['scaling'] = { build: [], export: [] }
  const slidesOf = (n: number) => targets.slice(1, n + 1).reduce((a, t) => a + t.slides, 0)
  const slugs = (n: number) => decks.slice(0, n).map(d => d.slug)
  for (const [kind, script] of [['build', 'build.ts'], ['export', 'export.ts']] as const) {
    for (const n of sizes) {
      const measured: ScalingRun = { decks: n, slides: slidesOf(n), ms: await timedScript(script, slugs(n), `${work}/scale`) }
      scaling[kind].push(measured)
      console.log(`  ${kind === 'build' ? 'construction' : 'export'} de ${n} deck${n > 1 ? 's' : ''} : ${(measured.ms / 1000).toFixed(1)} s`)
    }
  }

  const all = targets.map((t): DeckFigures => {
    const f = get(t.slug)
    const idle = f.loads.find(l => l.jsAfterIdle !== undefined)!
    return {
      slug: t.slug,
      slides: t.slides,
      firstSlideMs: f.loads.map(l => l.firstSlideMs),
      jsBeforePaint: median(f.loads.map(l => l.jsBeforePaint)),
      jsAfterIdle: idle.jsAfterIdle!,
      scriptsBeforePaint: idle.scriptsBeforePaint,
      buildMs: f.buildMs!,
      exportPerPageMs: f.exportPerPageMs!,
      exportPages: f.exportPages!,
      exportMs: f.exportMs!,
      clickStates: f.clickStates!,
      slowestClickMs: f.slowestClickMs!,
      slowestClickAt: f.slowestClickAt!,
      slowestRushedClickMs: f.slowestRushedClickMs!,
      slowestRushedClickAt: f.slowestRushedClickAt!,
    }
  })
  const [baseline, ...measured] = all
  const report: BenchReport = {
    version: 1,
    date: new Date().toISOString(),
    machine: { node: process.version, chromium: chromiumVersion, cpus: cpus().length, platform: `${process.platform} ${process.arch}` },
    loads,
    baseline,
    decks: measured,
    scaling,
    reading,
    verdicts: verdicts(baseline, measured),
  }
  const problems = reportProblems(report)
  if (problems.length)
    fail(`Rapport incohérent, non écrit :\n${problems.map(p => `  - ${p}`).join('\n')}`)
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\n${formatReport(report)}\n\nRapport : ${out}`)
  if (options.strict && report.verdicts.some(v => !v.ok))
    process.exitCode = 1
}
finally {
  await browser?.close()
}
