import type { Browser, Page } from 'playwright-chromium'
import type { StaticServer } from '../../node/serve.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FULL_WIDTH } from '../../browser/useDiagramWidth.ts'
import { guardedPage, launchBrowser } from '../../node/browser.ts'
import { measureDeck, summarize } from '../../node/measure-slides.ts'
import { serveStatic } from '../../node/serve.ts'
import { readState, walkDeck } from '../../node/walker.ts'
import { buildFixture, FIXTURE_SITE } from './support/fixtures.ts'

// tests/fixtures/components-deck.md: one slide per component, some mixed with v-click and `at`.
let browser: Browser
let server: StaticServer
let deckUrl: string

beforeAll(async () => {
  await buildFixture('components-deck')
  server = await serveStatic(FIXTURE_SITE)
  deckUrl = `${server.url}/components-deck/`
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Ids (or labels) of the elements really visible on slide `no`, as the eye sees them. */
function visible(page: Page, no: number, testid: string, key: string): Promise<string[]> {
  return page.evaluate(({ no, testid, key }) => [...document.querySelectorAll(`#slide-content [data-slidev-no="${no}"] [data-testid="${testid}"]`)]
    .filter(el => el.getClientRects().length > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
    .map(el => el.getAttribute(key) ?? ''), { no, testid, key })
}

const FLOW_STEPS = [
  ['user'],
  ['user', 'k8s'],
  ['user', 'k8s', 'cri'],
  ['user', 'k8s', 'cri', 'containerd', 'crio'],
  ['user', 'k8s', 'cri', 'containerd', 'crio', 'runc'],
  ['user', 'k8s', 'cri', 'containerd', 'crio', 'runc', 'kernel', 'ns', 'cg'],
]

describe('the diagram components on real slides', () => {
  it('count their own clicks and walk with the keyboard without any fault', async () => {
    const guarded = await guardedPage(browser, server.url)
    const result = await walkDeck(guarded, deckUrl, 'components-deck')
    expect(result.faults).toEqual([])
    const clicksPerSlide = Object.fromEntries(result.states.map(s => [s.page, s.clicksTotal]))
    // flow 5 steps; v-click + sequence 3; v-click + compare at 2 (3 steps); timeline 3; terminal 2;
    // tree 4 (the last one stops containerd); states 4; stack 2 (the first column from the start); text 0; quiz 0
    expect(clicksPerSlide).toEqual({ 1: 0, 2: 5, 3: 4, 4: 4, 5: 3, 6: 2, 7: 4, 8: 4, 9: 2, 10: 0, 11: 0 })
    await guarded.context.close()
  })

  it('draw a full-width diagram prepared in a hidden slide at its width, so showing it draws nothing again', async () => {
    const { page, context, faults } = await guardedPage(browser, server.url)
    await page.goto(`${deckUrl}#/1`)
    await readState(page, 1, 0)
    // Slide 2 (DiagramFlow, full width) is prepared hidden, with no width to measure.
    await page.waitForFunction(() => document.querySelector('#slide-content [data-slidev-no="2"] [data-testid="diagram-flow"] svg'))
    const before = await page.evaluate(() => {
      const svg = document.querySelector('#slide-content [data-slidev-no="2"] [data-testid="diagram-flow"] svg')!
      const changes: string[] = []
      new MutationObserver(rs => rs.forEach(r => changes.push(r.attributeName ?? r.type))).observe(svg, { subtree: true, attributes: true, attributeFilter: ['viewBox', 'x', 'width', 'd'] })
      ;(window as unknown as { changes: string[] }).changes = changes
      return svg.getAttribute('viewBox')
    })
    await page.keyboard.press('ArrowRight')
    await readState(page, 2, 0)
    const shown = await page.evaluate(() => ({
      width: (document.querySelector('#slide-content [data-slidev-no="2"] [data-testid="diagram-flow"]') as HTMLElement).clientWidth,
      changes: (window as unknown as { changes: string[] }).changes,
    }))
    expect(shown.width).toBe(FULL_WIDTH)
    expect(before).toContain(` ${FULL_WIDTH} `)
    expect(shown.changes).toEqual([])
    expect(faults).toEqual([])
    await context.close()
  })

  it('reveal exactly the elements of each click, and hide the last one again on ←', async () => {
    const { page, context, faults } = await guardedPage(browser, server.url)
    await page.goto(`${deckUrl}#/2`)
    await readState(page, 2, 0)
    for (const [click, ids] of FLOW_STEPS.entries()) {
      if (click > 0) {
        await page.keyboard.press('ArrowRight')
        await readState(page, 2, click)
      }
      await expect.poll(() => visible(page, 2, 'flow-node', 'data-id'), { message: `clic ${click}` }).toEqual(ids)
    }
    await page.keyboard.press('ArrowLeft')
    await readState(page, 2, 4)
    await expect.poll(() => visible(page, 2, 'flow-node', 'data-id')).toEqual(FLOW_STEPS[4])

    // Sequence after a v-click: the first click is the v-click's, then one message per click.
    await page.goto(`${deckUrl}#/3?clicks=1`)
    await readState(page, 3, 1)
    await expect.poll(() => visible(page, 3, 'seq-message', 'data-label')).toEqual([])
    await page.keyboard.press('ArrowRight')
    await readState(page, 3, 2)
    await expect.poll(() => visible(page, 3, 'seq-message', 'data-label')).toEqual(['RunPodSandbox'])
    expect(faults).toEqual([])
    await context.close()
  })

  it('open a slide URL with ?clicks=N at exactly step N', async () => {
    const { page, context } = await guardedPage(browser, server.url)
    for (const [click, ids] of FLOW_STEPS.entries()) {
      await page.goto(`${deckUrl}#/2?clicks=${click}`)
      await readState(page, 2, click)
      await expect.poll(() => visible(page, 2, 'flow-node', 'data-id'), { message: `?clicks=${click}` }).toEqual(ids)
    }
    // The comparison starts at click 2 (`at="2"`): click 3 strikes dockerd, click 4 shows the new chain.
    const expected: Record<number, [string[], string[]]> = {
      1: [[], []],
      2: [['dockershim'], []],
      3: [['dockershim', 'dockerd'], []],
      4: [['dockershim', 'dockerd'], ['compare-after']],
    }
    for (const [click, [struck, after]] of Object.entries(expected)) {
      await page.goto(`${deckUrl}#/4?clicks=${click}`)
      await readState(page, 4, Number(click))
      const removed = await page.locator('#slide-content [data-slidev-no="4"] [data-testid=compare-hop][data-state=removed]').evaluateAll(els => els.map(e => e.getAttribute('data-label')))
      expect(removed, `clic ${click}`).toEqual(struck)
      await expect.poll(() => visible(page, 4, 'compare-after', 'data-testid'), { message: `clic ${click}` }).toEqual(after)
    }
    await page.goto(`${deckUrl}#/5?clicks=2`)
    await readState(page, 5, 2)
    await expect.poll(() => visible(page, 5, 'timeline-event', 'data-state')).toEqual(['visible', 'new'])
    await page.goto(`${deckUrl}#/6?clicks=1`)
    await readState(page, 6, 1)
    await expect.poll(() => visible(page, 6, 'terminal-entry', 'data-state')).toEqual(['new'])
    await context.close()
  })

  it('show the same step in the presenter view, and the complete diagram in the overview', async () => {
    const { page, context } = await guardedPage(browser, server.url)
    await page.goto(`${deckUrl}#/presenter/2?clicks=3`)
    const current = page.locator('#slideshow [data-slidev-no="2"] [data-testid=diagram-flow]').first()
    await current.waitFor({ state: 'attached' })
    await expect.poll(() => current.getAttribute('data-step')).toBe('3')
    await page.goto(`${deckUrl}#/overview`)
    const inOverview = page.locator('[data-slidev-no="2"] [data-testid=diagram-flow]').first()
    await inOverview.waitFor({ state: 'attached' })
    await expect.poll(() => inOverview.getAttribute('data-step')).toBe('5')
    await context.close()
  })

  it('print complete without clicks, and step by step with clicks', async () => {
    const { page, context } = await guardedPage(browser, server.url)
    await page.goto(`${deckUrl}?print=true#/2`)
    await page.locator('[data-slidev-no="2"] [data-testid=diagram-flow]').first().waitFor({ state: 'attached' })
    await expect.poll(() => visible(page, 2, 'flow-node', 'data-id')).toEqual(FLOW_STEPS[5])
    // The finished diagram on paper emphasises no step.
    expect(await page.locator('[data-slidev-no="2"] [data-state=new]').count()).toBe(0)
    await page.goto(`${deckUrl}?print=clicks#/2?clicks=2`)
    await page.locator('[data-slidev-no="2"] [data-testid=diagram-flow]').first().waitFor({ state: 'attached' })
    await expect.poll(() => visible(page, 2, 'flow-node', 'data-id')).toEqual(FLOW_STEPS[2])
    await context.close()
  })

  it('do not animate when the reader asks for reduced motion', async () => {
    const { page, context } = await guardedPage(browser, server.url)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto(`${deckUrl}#/2?clicks=1`)
    await readState(page, 2, 1)
    const durations = await page.locator('#slide-content [data-slidev-no="2"] [data-testid=flow-node]').evaluateAll(els => els.map(e => getComputedStyle(e).transitionDuration))
    expect(new Set(durations)).toEqual(new Set(['0s']))
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    const animated = await page.locator('#slide-content [data-slidev-no="2"] [data-testid=flow-node]').first().evaluate(e => getComputedStyle(e).transitionDuration)
    expect(animated).not.toBe('0s')
    await context.close()
  })

  it('keep revealed text as real, selectable text, and name every SVG', async () => {
    const { page, context } = await guardedPage(browser, server.url)
    await page.goto(`${deckUrl}#/6?clicks=2`)
    await readState(page, 6, 2)
    const selected = await page.evaluate(() => {
      const pre = document.querySelector('#slide-content [data-slidev-no="6"] [data-testid=terminal-replay] pre')!
      getSelection()!.selectAllChildren(pre)
      return getSelection()!.toString()
    })
    expect(selected).toContain('sudo ctr namespaces ls\nNAME    LABELS\nk8s.io')
    await page.goto(`${deckUrl}#/2`)
    await readState(page, 2, 0)
    const names = await page.locator('#slide-content [data-slidev-no="2"] svg[role=img]').evaluateAll(svgs => svgs.map(s => [s.querySelector('title')?.textContent, s.querySelector('desc')?.textContent]))
    expect(names).toEqual([['Architecture complète', 'De l’utilisateur au noyau']])
    await context.close()
  })

  it('reveal the process tree, the state machine and the stack click by click, and print them complete', async () => {
    const { page, context, faults } = await guardedPage(browser, server.url)
    const tree: [number, string[], Record<string, string>][] = [
      [0, ['systemd', 'containerd'], { containerd: 'visible' }],
      [2, ['systemd', 'containerd', 'shim', 'pause'], { pause: 'new' }],
      [4, ['systemd', 'containerd', 'shim', 'pause', 'nginx'], { containerd: 'ending', nginx: 'visible' }],
    ]
    for (const [click, ids, states] of tree) {
      await page.goto(`${deckUrl}#/7?clicks=${click}`)
      await readState(page, 7, click)
      await expect.poll(() => visible(page, 7, 'tree-node', 'data-id'), { message: `arbre, clic ${click}` }).toEqual(ids)
      for (const [id, state] of Object.entries(states))
        expect(await page.locator(`#slide-content [data-slidev-no="7"] [data-testid=tree-node][data-id=${id}]`).getAttribute('data-state')).toBe(state)
    }
    await page.goto(`${deckUrl}#/8?clicks=3`)
    await readState(page, 8, 3)
    await expect.poll(() => visible(page, 8, 'state-node', 'data-id')).toEqual(['creating', 'created', 'running', 'stopped'])
    await expect.poll(() => visible(page, 8, 'state-transition', 'data-label')).toEqual(['create', 'start', 'kill · exit', 'kill'])
    await page.goto(`${deckUrl}#/9?clicks=1`)
    await readState(page, 9, 1)
    await expect.poll(() => visible(page, 9, 'stack-column', 'data-title')).toEqual(['runc', 'gVisor (runsc)'])
    await expect.poll(() => visible(page, 9, 'stack-layer', 'data-state')).toEqual(['visible', 'new', 'new'])
    for (const [no, testid, count] of [[7, 'tree-node', 5], [8, 'state-node', 5], [9, 'stack-layer', 6]] as const) {
      await page.goto(`${deckUrl}?print=true#/${no}`)
      await page.locator(`[data-slidev-no="${no}"] [data-testid=${testid}]`).first().waitFor({ state: 'attached' })
      await expect.poll(() => visible(page, no, testid, 'data-state'), { message: `impression de la diapositive ${no}` }).toHaveLength(count)
      expect(await page.locator(`[data-slidev-no="${no}"] [data-state=new]`).count()).toBe(0)
    }
    const names: string[][] = []
    for (const no of [7, 8, 9]) {
      await page.goto(`${deckUrl}#/${no}`)
      await readState(page, no, 0)
      names.push(...await page.locator(`#slide-content [data-slidev-no="${no}"] svg[role=img]`).evaluateAll(svgs => svgs.map(s => [s.querySelector('title')?.textContent ?? '', s.querySelector('desc')?.textContent ?? ''])))
    }
    expect(names.map(n => n[0])).toEqual(['Qui est le parent de nginx ?', 'Les états d’un conteneur OCI', 'Ce qui sépare le processus du noyau'])
    expect(names.every(n => n[1].length > 20)).toBe(true)
    expect(faults).toEqual([])
    await context.close()
  })

  it('do not animate the new diagrams either when the reader asks for reduced motion', async () => {
    const { page, context } = await guardedPage(browser, server.url)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    for (const [no, testid] of [[7, 'tree-node'], [8, 'state-node'], [9, 'stack-layer']] as const) {
      await page.goto(`${deckUrl}#/${no}?clicks=1`)
      await readState(page, no, 1)
      const durations = await page.locator(`#slide-content [data-slidev-no="${no}"] [data-testid=${testid}]`).evaluateAll(els => els.map(e => getComputedStyle(e).transitionDuration))
      expect(new Set(durations), testid).toEqual(new Set(['0s']))
    }
    await context.close()
  })

  it('keep the type scale readable from the back of the room: a floor, not a timing', async () => {
    const { page, context } = await guardedPage(browser, server.url)
    const slides = await measureDeck(page, deckUrl, 'components-deck')
    const summary = summarize(slides)
    // Body text at least 28 px on a 1280×720 screen; nothing under 18 px but the chapter footer.
    expect(summary.medianBodyPx).toBeGreaterThanOrEqual(28)
    const small = slides.filter(s => s.kind !== 'cover' && s.smallestPx !== null && s.smallestPx < 18).map(s => `${s.no}: ${s.smallestPx} px « ${s.smallestText} »`)
    expect(small).toEqual([])
    const code = slides.map(s => s.codePx).filter((px): px is number => px !== null)
    expect(Math.min(...code)).toBeGreaterThanOrEqual(21)
    const diagrams = slides.map(s => s.diagramPx).filter((px): px is number => px !== null)
    expect(Math.min(...diagrams)).toBeGreaterThanOrEqual(18)
    await context.close()
  })
})
