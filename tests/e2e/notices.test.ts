// The built site's answers to two slips: opened from file://, and Ctrl+P on a slide.
import type { Browser } from 'playwright-chromium'
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../../node/browser.ts'
import { DIST_DIR } from '../../node/paths.ts'

const siteUrl = inject('siteUrl')
const slug = '02-containerd'
let browser: Browser

beforeAll(async () => {
  if (!existsSync(`${DIST_DIR}/${slug}/index.html`))
    throw new Error(`dist/${slug}/ manque : lancez « npm run build -- 02 ».`)
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('the built site opened from file://', () => {
  it('a deck says how to serve it instead of staying blank', async () => {
    const page = await browser.newPage()
    await page.goto(`file://${DIST_DIR}/${slug}/index.html`)
    const notice = await page.waitForSelector('[data-testid=file-notice]')
    expect(await notice.textContent()).toContain('lancez npm start, puis ouvrez http://127.0.0.1:3030/')
    await page.close()
  })
  it('the course home says how to serve it', async () => {
    const page = await browser.newPage()
    await page.goto(`file://${DIST_DIR}/index.html`)
    expect(await page.isVisible('[data-testid=home-file-notice]')).toBe(true)
    await page.close()
  })
})

describe('ctrl+P in a deck', () => {
  it('prints where the whole deck prints and where its PDFs are, not one cropped slide', async () => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/${slug}/#/2`)
    await page.waitForSelector('[data-testid=slide-state][data-page="2"]', { state: 'attached' })
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')))
    await page.emulateMedia({ media: 'print' })
    expect(await page.isVisible('#app')).toBe(false)
    const notice = await page.textContent('[data-testid=print-notice]')
    expect(await page.isVisible('[data-testid=print-notice]')).toBe(true)
    expect(notice).toContain(`${siteUrl}/${slug}/#/print`)
    expect(notice).toContain(`${siteUrl}/pdf/${slug}.pdf`)
    expect(await page.isVisible('.slidev-pwa-indicator')).toBe(false)
    await page.close()
  })
  it('the print view prints the slides, without the notice', async () => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/${slug}/#/print`)
    await page.waitForSelector('[data-slidev-no="1"]', { state: 'attached' })
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')))
    await page.emulateMedia({ media: 'print' })
    expect(await page.isVisible('#app')).toBe(true)
    expect(await page.isVisible('[data-testid=print-notice]')).toBe(false)
    await page.close()
  })
})
