// `npm run dev` as a teacher uses it: links between chapters, the live checker, the remote password.
import type { Browser } from 'playwright-chromium'
import type { DevServer } from './support/dev.ts'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../../node/browser.ts'
import { startDev } from './support/dev.ts'

let browser: Browser
const dists: string[] = []

/** A dist/ folder of its own: empty, or with chapters that look built. */
function fakeDist(built: string[]): string {
  const dir = mkdtempSync(`${tmpdir()}/course-dist-`)
  dists.push(dir)
  for (const slug of built) {
    mkdirSync(`${dir}/${slug}`)
    writeFileSync(`${dir}/${slug}/index.html`, `<!doctype html><title>${slug}</title><h1 data-testid="built-deck">${slug}</h1>`)
  }
  return dir
}

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  for (const dir of dists)
    rmSync(dir, { recursive: true, force: true })
})

describe('npm run dev: links between chapters', () => {
  let dev: DevServer | undefined
  afterAll(async () => {
    await dev?.stop()
  })

  it('a chapter link shows the French notice with the command, or lands on the built chapter', async () => {
    dev = await startDev(['01'], { COURSE_DIST_DIR: fakeDist(['02-containerd']) })
    const page = await browser.newPage()
    await page.goto(`${dev.url}/#/1`)
    const nav = page.locator('[data-slidev-no="1"] [data-testid=chapter-nav]')
    // Built: the next chapter is served from dist/.
    await nav.locator('[data-testid=nav-next]').click()
    await page.waitForURL(`${dev.url}/02-containerd/`)
    expect(await page.textContent('[data-testid=built-deck]')).toBe('02-containerd')
    // Not built: a French page says which command presents the whole module.
    await page.goto(`${dev.url}/#/1`)
    await nav.locator('[data-testid=nav-previous]').click()
    await page.waitForURL(`${dev.url}/00-runtimes-et-cri/`)
    const notice = await page.textContent('[data-testid=dev-link-notice]')
    expect(notice).toContain('n’est pas servi par npm run dev')
    expect(notice).toContain('npm start')
    expect(notice).toContain('npm run dev -- 00')
    // The course home, and the deck itself.
    await page.goto(`${dev.url}/#/1`)
    await nav.locator('[data-testid=nav-home]').click()
    await page.waitForURL(`${dev.url}/_cours/`)
    expect(await page.textContent('[data-testid=dev-link-notice]')).toContain('L’accueil du cours')
    const self = await page.request.get(`${dev.url}/01-comprendre-les-runtimes/`, { maxRedirects: 0 })
    expect(self.status()).toBe(302)
    expect(self.headers().location).toBe('/')
    await page.close()
  })
})
