import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../../node/browser.ts'
import { settle } from '../../node/walker.ts'

// settle() is what every screenshot, measure, reading page and PDF page waits on. These pages
// mimic what Slidev shows while a slide is still drawing, without Slidev.
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage()
})
afterAll(async () => {
  await browser?.close()
})

const slide = (inner: string, script = '') => page.setContent(`<div id="slide-content"><div data-slidev-no="1">${inner}</div></div><script>${script}</script>`)

describe('settle', () => {
  it('waits for a mermaid diagram drawn after the slide appeared', async () => {
    await slide('<div class="slidev-layout"><div class="mermaid"></div></div>', `
      const root = document.querySelector('.mermaid').attachShadow({ mode: 'open' })
      setTimeout(() => (root.innerHTML = '<svg></svg>'), 400)`)
    await settle(page, 1, 5000)
    expect(await page.evaluate(() => !!document.querySelector('.mermaid')!.shadowRoot!.querySelector('svg'))).toBe(true)
  })

  it('waits for the slide’s content, not only for its frame', async () => {
    await slide('', `setTimeout(() => document.querySelector('[data-slidev-no]').innerHTML = '<div class="slidev-layout">ici</div>', 400)`)
    await settle(page, 1, 5000)
    expect(await page.locator('.slidev-layout').count()).toBe(1)
  })

  it('waits for a transition that a click started to end', async () => {
    await slide('<div class="slidev-layout"><p id="step" style="opacity:0;transition:opacity 600ms">pas</p></div>', `
      requestAnimationFrame(() => requestAnimationFrame(() => (document.getElementById('step').style.opacity = '1')))`)
    await settle(page, 1, 5000)
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('step')!).opacity)).toBe('1')
  })

  it('does not wait on an endless animation', async () => {
    await slide('<style>@keyframes blink{50%{opacity:0}}</style><div class="slidev-layout"><span style="animation:blink 1s infinite">▌</span></div>')
    await settle(page, 1, 5000)
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(1)
  })

  it('times out when a diagram never draws', async () => {
    await slide('<div class="slidev-layout"><div class="mermaid"></div></div>')
    await expect(settle(page, 1, 800)).rejects.toThrow(/Timeout/)
  })
})
