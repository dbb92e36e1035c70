import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { guardedPage, launchBrowser } from '../../node/browser.ts'
import { DECKS } from '../../shared/course.ts'
import { assertSiteBuilt } from './support/site.ts'

const siteUrl = inject('siteUrl')
let browser: Browser

beforeAll(async () => {
  assertSiteBuilt()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('the course home', () => {
  it('lists the seven decks in order and every link on it resolves', async () => {
    const { page, context, faults } = await guardedPage(browser, siteUrl)
    await page.goto(`${siteUrl}/`)
    expect(await page.getAttribute('html', 'lang')).toBe('fr')
    const decks = await page.locator('[data-testid=home-deck-link]').evaluateAll(as => as.map(a => (a as HTMLAnchorElement).href))
    expect(decks).toEqual(DECKS.map(d => `${siteUrl}/${d.slug}/`))
    const links = await page.locator('a[href], link[href]').evaluateAll(els => els.map(e => (e as HTMLAnchorElement).href))
    for (const link of links) {
      const response = await page.request.get(link)
      expect(response.status(), link).toBe(200)
    }
    await page.evaluate(() => document.fonts.ready)
    expect(await page.evaluate(() => document.fonts.check('16px "Nunito Sans"'))).toBe(true)
    expect(faults).toEqual([])
    await context.close()
  })

  it('each deck links back home and to its neighbours, and those links resolve', async () => {
    const { page, context, faults } = await guardedPage(browser, siteUrl)
    for (const [i, deck] of DECKS.entries()) {
      await page.goto(`${siteUrl}/${deck.slug}/#/1`)
      const nav = page.locator('#slide-content [data-slidev-no="1"] [data-testid=chapter-nav]')
      await nav.waitFor({ state: 'attached' })
      expect(await page.getAttribute('html', 'lang')).toBe('fr')
      const href = async (id: string) => nav.locator(`[data-testid=${id}]`).evaluateAll(as => as.map(a => (a as HTMLAnchorElement).href))
      expect(await href('nav-home')).toEqual([`${siteUrl}/`])
      expect(await href('nav-previous')).toEqual(i > 0 ? [`${siteUrl}/${DECKS[i - 1].slug}/`] : [])
      expect(await href('nav-next')).toEqual(i < DECKS.length - 1 ? [`${siteUrl}/${DECKS[i + 1].slug}/`] : [])
      for (const link of [...await href('nav-previous'), ...await href('nav-next')])
        expect((await page.request.get(link)).status(), link).toBe(200)
    }
    expect(faults).toEqual([])
    await context.close()
  })
})
