import type { ChildProcess } from 'node:child_process'
import type { Browser } from 'playwright-chromium'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { parseSync } from '@slidev/parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guardedPage, launchBrowser } from '../../node/browser.ts'
import { deckFile, DIST_DIR, ROOT } from '../../node/paths.ts'
import { readState } from '../../node/walker.ts'
import { DECKS } from '../../shared/course.ts'
import { TONES } from '../../shared/palette.ts'
import { assertSiteBuilt } from './support/site.ts'

// The built site on the plainest static host there is: python3 -m http.server, no rewrite rules.
let browser: Browser
const servers: ChildProcess[] = []

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

async function pythonServer(dir: string): Promise<string> {
  const port = await freePort()
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], { stdio: 'ignore' })
  servers.push(server)
  const url = `http://127.0.0.1:${port}`
  // Ready when it answers: poll, with a deadline.
  for (const deadline = Date.now() + 10_000; !(await fetch(url).then(r => r.ok, () => false));) {
    if (Date.now() > deadline)
      throw new Error(`python3 -m http.server ne répond pas sur ${url}`)
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  return url
}

let site: string
beforeAll(async () => {
  assertSiteBuilt()
  site = await pythonServer(DIST_DIR)
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  for (const s of servers) s.kill()
})

describe('the course site on a plain static server', () => {
  it('opens slide N of every deck from a deep link', async () => {
    const { page, context, faults } = await guardedPage(browser, site)
    for (const deck of DECKS) {
      await page.goto(`${site}/${deck.slug}/#/3`)
      const state = await readState(page, 3, 0)
      expect(state.page, deck.slug).toBe(3)
    }
    expect(faults).toEqual([])
    await context.close()
  })

  it('takes each deck to the next one, and back to the course home', async () => {
    const { page, context, faults } = await guardedPage(browser, site)
    for (const [i, deck] of DECKS.entries()) {
      await page.goto(`${site}/${deck.slug}/#/2`)
      await readState(page, 2, 0)
      const nav = page.locator('#slide-content [data-slidev-no="2"] [data-testid=chapter-nav]')
      if (i < DECKS.length - 1) {
        await nav.locator('[data-testid=nav-next]').click()
        await page.waitForURL(`${site}/${DECKS[i + 1].slug}/**`)
        await readState(page, 1, 0)
        expect(await page.locator('#slide-content [data-slidev-no="1"] [data-testid=chapter-nav]').getAttribute('aria-label')).toBe('Navigation du module')
        await page.goBack()
        await readState(page, 2, 0)
      }
      await nav.locator('[data-testid=nav-home]').click()
      await page.waitForURL(`${site}/`)
      await expect(page.locator('h1').textContent()).resolves.toBe('Runtimes & CRI')
    }
    expect(faults).toEqual([])
    await context.close()
  })

  it('invites the learner to the next chapter on the last slide of each chapter', async () => {
    const { page, context } = await guardedPage(browser, site)
    for (const [i, deck] of DECKS.entries()) {
      await page.goto(`${site}/${deck.slug}/`)
      const total = Number(await page.locator('#slide-content [data-testid=slide-state]').first().getAttribute('data-total'))
      await page.goto(`${site}/${deck.slug}/#/${total}`)
      await readState(page, total, 0)
      const target = i < DECKS.length - 1 ? `../${DECKS[i + 1].slug}/` : '../'
      const links = await page.locator(`#slide-content [data-slidev-no="${total}"] .slidev-layout a`).evaluateAll(as => as.map(a => a.getAttribute('href')))
      expect(links, deck.slug).toContain(target)
    }
    await context.close()
  })

  it('checks a quiz answer, wrong then right, with the keyboard', async () => {
    const { page, context, faults } = await guardedPage(browser, site)
    const deck = DECKS[1]
    await page.goto(`${site}/${deck.slug}/`)
    const total = Number(await page.locator('#slide-content [data-testid=slide-state]').first().getAttribute('data-total'))
    let no = 0
    for (let n = total; n >= 1 && !no; n--) {
      await page.goto(`${site}/${deck.slug}/#/${n}`)
      await readState(page, n, 0)
      if (await page.locator(`#slide-content [data-slidev-no="${n}"] [data-testid=quiz]`).count())
        no = n
    }
    expect(no, 'une diapositive avec un quiz').toBeGreaterThan(0)
    const quiz = page.locator(`#slide-content [data-slidev-no="${no}"] [data-testid=quiz]`).first()
    const options = quiz.locator('[data-testid=quiz-option]')
    const right = quizAnswer(deck.slug, no)
    const wrong = right === 0 ? 1 : 0
    await options.nth(wrong).locator('input').focus()
    await page.keyboard.press('Space')
    await page.keyboard.press('Enter')
    await expect.poll(() => quiz.getAttribute('data-verdict')).toBe('wrong')
    expect(await quiz.locator('[data-testid=quiz-feedback]').textContent()).toContain('Pas tout à fait.')
    expect(await options.nth(right).getAttribute('data-mark')).toBe('right')
    // Focus left the form: the arrow keys move through the slides again.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('DIV')
    await options.nth(right).locator('input').focus()
    await page.keyboard.press('Space')
    await page.keyboard.press('Enter')
    await expect.poll(() => quiz.getAttribute('data-verdict')).toBe('correct')
    expect(await quiz.locator('[data-testid=quiz-feedback]').textContent()).toContain('Bonne réponse.')
    expect(faults).toEqual([])
    await context.close()
  })

  it('offers on the course home to resume where the learner stopped', async () => {
    const { page, context } = await guardedPage(browser, site)
    await page.goto(`${site}/`)
    expect(await page.locator('[data-testid=home-resume]').isHidden()).toBe(true)
    await page.goto(`${site}/03-cri-o/#/5`)
    await readState(page, 5, 0)
    await page.goto(`${site}/`)
    const resume = page.locator('[data-testid=home-resume] a')
    await expect.poll(() => resume.textContent()).toBe('Reprendre au chapitre 3, diapositive 5')
    await resume.click()
    await page.waitForURL(`${site}/03-cri-o/#/5`)
    expect((await readState(page, 5, 0)).page).toBe(5)
    await context.close()
  })

  it('reopens and navigates a deck with the network cut, after a first visit', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await page.goto(`${site}/02-containerd/#/1`)
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    // The service worker takes control of the next load; then everything is cached.
    await page.reload()
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true)
    await context.setOffline(true)
    await page.goto(`${site}/02-containerd/#/1`)
    await readState(page, 1, 0)
    await page.keyboard.press('ArrowRight')
    expect((await readState(page, 2, 0)).page).toBe(2)
    await page.goto(`${site}/02-containerd/#/6`)
    expect((await readState(page, 6, 0)).page).toBe(6)
    await context.close()
  })

  it('gives each deck’s own PDF from Slidev’s download button', async () => {
    const { page, context } = await guardedPage(browser, site)
    await page.goto(`${site}/04-runc-oci/#/2`)
    await readState(page, 2, 0)
    await page.mouse.move(30, 700)
    const button = page.locator('button[title="Download as PDF"]')
    await button.waitFor()
    const download = page.waitForEvent('download')
    await button.click()
    expect((await download).url()).toBe(`${site}/pdf/04-runc-oci.pdf`)
    await context.close()
  })

  it('shows the course home at phone width without horizontal scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto(`${site}/`)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await context.close()
  })

  it('has the layer colours in every deck’s page before any script runs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    for (const deck of DECKS) {
      await page.goto(`${site}/${deck.slug}/`)
      const shim = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--tone-shim-fill').trim())
      expect(shim, deck.slug).toBe(TONES.shim.fill)
    }
    await context.close()
  })

  it('names in each deck’s page every stylesheet that slide 1 waits for, so none comes late', async () => {
    for (const deck of DECKS) {
      const html = readFileSync(`${DIST_DIR}/${deck.slug}/index.html`, 'utf8')
      const named = new Set([...html.matchAll(/<link [^>]*href="([^"]+\.css)"/g)].map(m => m[1]))
      const { page, context } = await guardedPage(browser, site)
      // The stylesheets in the page in the frame where slide 1 first has its content.
      await page.addInitScript(() => {
        const look = () => {
          if (document.querySelector('#slide-content [data-slidev-no="1"] .slidev-layout'))
            (window as unknown as { firstCss: string[] }).firstCss = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(l => new URL(l.href).pathname)
          else
            requestAnimationFrame(look)
        }
        requestAnimationFrame(look)
      })
      await page.goto(`${site}/${deck.slug}/#/1`)
      const firstCss = await (await page.waitForFunction(() => (window as unknown as { firstCss?: string[] }).firstCss)).jsonValue() as string[]
      expect(firstCss.length, deck.slug).toBeGreaterThan(1)
      expect(firstCss.filter(href => !named.has(href)), deck.slug).toEqual([])
      await context.close()
    }
  })
})

describe('a build under a sub-path', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(`${tmpdir()}/cours-`)
    const result = spawnSync(process.execPath, [`${ROOT}scripts/build.ts`, '1', '2'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BASE: '/cours/', COURSE_DIST_DIR: `${root}/cours` } })
    expect(result.status, result.stderr).toBe(0)
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('serves the home, the decks and their assets from /cours/', async () => {
    const url = await pythonServer(root)
    const { page, context, faults } = await guardedPage(browser, url)
    await page.goto(`${url}/cours/`)
    await page.locator(`[data-testid=home-deck][data-slug="${DECKS[1].slug}"] [data-testid=home-deck-link]`).click()
    await page.waitForURL(`${url}/cours/${DECKS[1].slug}/**`)
    await readState(page, 1, 0)
    await page.keyboard.press('ArrowRight')
    await readState(page, 2, 0)
    await page.locator('#slide-content [data-slidev-no="2"] [data-testid=nav-next]').click()
    await page.waitForURL(`${url}/cours/${DECKS[2].slug}/**`)
    await readState(page, 1, 0)
    expect(faults).toEqual([])
    await context.close()
  })
})

/** The right answer of the first quiz on slide `no`, read from the deck's Markdown. */
function quizAnswer(slug: string, no: number): number {
  const slide = parseSync(readFileSync(deckFile(slug), 'utf8'), slug).slides[no - 1]
  const answer = slide.content.match(/<Quiz[\s\S]*?:answer="(\d+)"/)
  expect(answer, `quiz de ${slug} diapositive ${no}`).not.toBeNull()
  return Number(answer![1])
}
