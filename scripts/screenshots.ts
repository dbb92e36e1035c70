// npm run screenshots -- [n|slug ...]: one PNG per slide of the built decks, each in its final
// click state (add --with-clicks for every click state), and the faults the walker would report.
// Output: tests/.output/screenshots/<slug>/<slide>-<click>.png, or SHOTS_DIR.
import { mkdirSync, rmSync } from 'node:fs'
import process from 'node:process'
import { guardedPage, launchBrowser } from '../node/browser.ts'
import { decksFromArgs } from '../node/cli.ts'
import { DIST_DIR, ROOT } from '../node/paths.ts'
import { serveStatic } from '../node/serve.ts'
import { inspectSlide, readState, settle } from '../node/walker.ts'

const args = process.argv.slice(2)
const withClicks = args.includes('--with-clicks')
const decks = decksFromArgs(args.filter(a => !a.startsWith('--')))
const outDir = process.env.SHOTS_DIR ?? `${ROOT}tests/.output/screenshots`
const server = await serveStatic(DIST_DIR)
const browser = await launchBrowser()
let faultCount = 0
try {
  for (const deck of decks) {
    const dir = `${outDir}/${deck.slug}`
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    const guarded = await guardedPage(browser, server.url)
    const { page } = guarded
    await page.goto(`${server.url}/${deck.slug}/#/1`)
    const first = await readState(page, 1, 0)
    const total = Number(await page.locator('#slide-content [data-slidev-no="1"] [data-testid="slide-state"]').getAttribute('data-total'))
    for (let no = 1; no <= total; no++) {
      await page.goto(`${server.url}/${deck.slug}/#/${no}`)
      const { clicksTotal } = no === 1 ? first : await readState(page, no, 0)
      for (let clicks = withClicks ? 0 : clicksTotal; clicks <= clicksTotal; clicks++) {
        guarded.where.label = `${deck.slug} diapositive ${no} clic ${clicks}`
        if (clicks > 0) {
          await page.goto(`${server.url}/${deck.slug}/#/${no}?clicks=${clicks}`)
          await readState(page, no, clicks)
        }
        await settle(page, no)
        await guarded.quiet()
        for (const fault of await inspectSlide(page, no))
          guarded.faults.push(`${guarded.where.label}: ${fault}`)
        await page.screenshot({ path: `${dir}/${String(no).padStart(2, '0')}-${clicks}.png` })
      }
    }
    await guarded.context.close()
    faultCount += guarded.faults.length
    console.log(`${deck.slug} : ${total} diapositives → ${dir}`)
    for (const fault of guarded.faults)
      console.log(`  ✗ ${fault}`)
  }
}
finally {
  await browser.close()
  await server.close()
}
process.exitCode = faultCount ? 1 : 0
