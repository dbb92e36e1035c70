import type { Browser } from 'playwright-chromium'
import type { WalkResult } from '../../node/walker.ts'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { guardedPage, launchBrowser } from '../../node/browser.ts'
import { walkDeck } from '../../node/walker.ts'
import { DECKS } from '../../shared/course.ts'
import { assertSiteBuilt } from './support/site.ts'

const siteUrl = inject('siteUrl')
let browser: Browser
const walked: WalkResult[] = []

beforeAll(async () => {
  assertSiteBuilt()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  const slides = walked.reduce((n, w) => n + w.slides, 0)
  const states = walked.reduce((n, w) => n + w.states.length, 0)
  // eslint-disable-next-line no-console -- the closing figures of the walk are the point of this line
  console.log(`Parcours : ${walked.length} decks, ${slides} diapositives, ${states} états de clic.`)
})

describe('walking every deck with the keyboard', () => {
  for (const deck of DECKS) {
    it(`${deck.slug}: every slide and click state is clean`, async () => {
      const guarded = await guardedPage(browser, siteUrl)
      try {
        const result = await walkDeck(guarded, `${siteUrl}/${deck.slug}/`, deck.slug)
        walked.push(result)
        expect(result.faults).toEqual([])
        expect(result.states.length).toBeGreaterThanOrEqual(result.slides)
        expect(result.states.map(s => s.page).at(-1)).toBe(result.slides)
      }
      finally {
        await guarded.context.close()
      }
    })
  }
})
