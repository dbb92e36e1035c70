import type { Browser } from 'playwright-chromium'
import type { StaticServer } from '../../node/serve.ts'
import type { WalkResult } from '../../node/walker.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guardedPage, launchBrowser } from '../../node/browser.ts'
import { serveStatic } from '../../node/serve.ts'
import { walkDeck } from '../../node/walker.ts'
import { buildFixture, FIXTURE_SITE } from './support/fixtures.ts'

// A deck built for this test, where each slide carries one fault the walker must report.
let browser: Browser
let server: StaticServer
let result: WalkResult

beforeAll(async () => {
  await buildFixture('broken-deck')
  server = await serveStatic(FIXTURE_SITE)
  browser = await launchBrowser()
  const guarded = await guardedPage(browser, server.url)
  result = await walkDeck(guarded, `${server.url}/broken-deck/`, 'broken-deck')
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

function faultsAt(slide: number, click: number) {
  return result.faults.filter(f => f.startsWith(`broken-deck diapositive ${slide} clic ${click}:`))
}

describe('the walker reports each kind of fault, with deck, slide and click', () => {
  it('walks the whole broken deck', () => {
    expect(result.slides).toBe(7)
    expect(result.states.map(s => `${s.page}.${s.clicks}`)).toEqual(['1.0', '2.0', '3.0', '4.0', '5.0', '6.0', '6.1', '7.0'])
  })
  it('passes the clean title slide', () => {
    expect(faultsAt(1, 0)).toEqual([])
  })
  it('reports an element outside the slide canvas', () => {
    expect(faultsAt(2, 0)).toEqual([expect.stringMatching(/déborde de la diapositive \(\d+ px à droite\) : <div> « Une boîte bien trop large/)])
  })
  it('reports an uncaught page error and the console error of a failed load', () => {
    expect(faultsAt(3, 0)).toContainEqual(expect.stringContaining('erreur de page : panne volontaire'))
    expect(faultsAt(3, 0)).toContainEqual(expect.stringMatching(/erreur console : .*404/))
  })
  it('reports and blocks a request that leaves the machine', () => {
    expect(faultsAt(4, 0)).toContainEqual('broken-deck diapositive 4 clic 0: requête hors de la machine : https://example.invalid/logo.png')
  })
  it('reports an empty slide', () => {
    expect(faultsAt(5, 0)).toEqual(['broken-deck diapositive 5 clic 0: diapositive vide'])
  })
  it('reports an overflow at the click where it appears, not before', () => {
    expect(faultsAt(6, 0)).toEqual([])
    expect(faultsAt(6, 1)).toEqual([expect.stringContaining('déborde de la diapositive')])
  })
  it('reports a mermaid block that does not parse', () => {
    expect(faultsAt(7, 0)).toContainEqual(expect.stringContaining('diagramme mermaid en erreur'))
  })
})
