import type { BenchReport, DeckFigures } from '../../node/bench.ts'
import { parseSync } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { BASELINE_FILES, formatReport, linearFit, median, ratio, reportProblems, slowestTypical, TARGETS, verdicts } from '../../node/bench.ts'

function figures(slug: string, over: Partial<DeckFigures> = {}): DeckFigures {
  return {
    slug,
    slides: 2,
    firstSlideMs: [400, 410, 390],
    jsBeforePaint: 500_000,
    scriptsBeforePaint: [{ name: '/a/assets/index.js', bytes: 500_000 }],
    jsAfterIdle: 600_000,
    buildMs: 4000,
    exportPerPageMs: 100,
    exportPages: 4,
    exportMs: 2000,
    clickStates: 3,
    slowestClickMs: 30,
    slowestClickAt: '2.0',
    slowestRushedClickMs: 40,
    slowestRushedClickAt: '2.0',
    ...over,
  }
}

function report(decks: DeckFigures[], baseline = figures('deck-vide')): BenchReport {
  return {
    version: 1,
    date: '2026-11-29T12:00:00.000Z',
    machine: { node: 'v22.23.3', chromium: '140.0', cpus: 2, platform: 'linux x64' },
    loads: 3,
    baseline,
    decks,
    scaling: { build: [{ decks: 1, slides: 14, ms: 9000 }, { decks: 3, slides: 56, ms: 20_000 }], export: [{ decks: 1, slides: 14, ms: 12_000 }] },
    verdicts: verdicts(baseline, decks),
  }
}

describe('median and ratio', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(() => median([])).toThrow(/vide/)
  })
  it('divides by the baseline, and refuses a zero baseline', () => {
    expect(ratio(120, 100)).toBeCloseTo(1.2)
    expect(ratio(1, 0)).toBeNaN()
  })
})

describe('the slowest click state over several walks', () => {
  const walk = (...ms: number[]) => ms.map((m, i) => ({ state: { page: 1 + Math.floor(i / 2), clicks: i % 2 }, ms: m }))
  it('takes each state at its median, so that one pause of the machine does not decide', () => {
    // State 1.1 is slow once (140 ms); state 2.0 is slow every time (90, 95, 99 ms).
    const result = slowestTypical([walk(20, 140, 90), walk(22, 30, 95), walk(25, 28, 99)])
    expect(result).toEqual({ state: { page: 2, clicks: 0 }, ms: 95, worstMs: 140 })
  })
  it('refuses walks that went through different states, or none', () => {
    expect(() => slowestTypical([walk(1, 2, 3), walk(1, 2)])).toThrow(/mêmes états \(3 contre 2\)/)
    expect(() => slowestTypical([])).toThrow(/aucun parcours/)
  })
  it('finds nothing slow in a deck with no key to press', () => {
    expect(slowestTypical([[], []])).toEqual({ state: { page: 1, clicks: 0 }, ms: 0, worstMs: 0 })
  })
})

describe('verdicts against the targets', () => {
  it('passes a deck at the limits and fails one just over them', () => {
    const base = figures('deck-vide')
    const atLimit = figures('a', { firstSlideMs: [400 * TARGETS.firstSlide], jsBeforePaint: 500_000 * TARGETS.jsBeforePaint, exportPerPageMs: 100 * TARGETS.exportPerPage, slowestClickMs: TARGETS.clickToPaintMs })
    const over = figures('b', { firstSlideMs: [470], jsBeforePaint: 610_000, exportPerPageMs: 131, slowestClickMs: 101 })
    const result = verdicts(base, [atLimit, over])
    expect(result.filter(v => v.slug === 'a').every(v => v.ok)).toBe(true)
    expect(result.filter(v => v.slug === 'b').map(v => [v.measure, v.ok])).toEqual([
      ['firstSlide', false],
      ['jsBeforePaint', false],
      ['exportPerPage', false],
      ['clickToPaintMs', false],
    ])
  })
  it('compares first paints by their medians, so that one slow load does not decide', () => {
    const [first] = verdicts(figures('deck-vide'), [figures('a', { firstSlideMs: [400, 2000, 405] })])
    expect(first.value).toBeCloseTo(405 / 400)
    expect(first.ok).toBe(true)
  })
})

describe('how cost grows', () => {
  it('splits time into what is paid once and what each slide adds', () => {
    const fit = linearFit([{ decks: 1, slides: 10, ms: 7000 }, { decks: 3, slides: 40, ms: 13_000 }, { decks: 7, slides: 100, ms: 25_000 }])!
    expect(fit.perSlideMs).toBeCloseTo(200)
    expect(fit.onceMs).toBeCloseTo(5000)
  })
  it('says nothing from a single size', () => {
    expect(linearFit([{ decks: 1, slides: 10, ms: 7000 }])).toBeNull()
  })
})

describe('the printed table', () => {
  it('shows each deck with its ratios, and the targets missed', () => {
    const text = formatReport(report([figures('02-containerd', { firstSlideMs: [500, 520, 512], slides: 22 })]))
    expect(text).toMatch(/\| deck-vide +\| 2 +\| 400 ms +\|/)
    expect(text).toMatch(/\| 02-containerd +\| 22 +\| 512 ms \(1\.28×\) +\|/)
    expect(text).toContain('payé une fois')
    expect(text).toContain('✗ 02-containerd : 1re diapo peinte 1.28× > 1.15×')
  })
  it('says when every target is met', () => {
    expect(formatReport(report([figures('02-containerd')]))).toContain('✓ Objectifs tenus par les 1 decks')
  })
})

describe('report validation', () => {
  it('accepts a sound report', () => {
    expect(reportProblems(JSON.parse(JSON.stringify(report([figures('02-containerd')]))))).toEqual([])
  })
  it('names what is missing or inconsistent', () => {
    const broken = report([figures('02-containerd', { firstSlideMs: [400], jsAfterIdle: 100 })]) as Partial<BenchReport>
    delete broken.scaling
    expect(reportProblems(broken)).toEqual([
      '02-containerd : il faut 3 temps de 1re diapo positifs',
      '02-containerd : moins de JS après repos qu’avant la 1re peinture',
      'croissance (build) absente ou incomplète',
      'croissance (export) absente ou incomplète',
    ])
    expect(reportProblems(null)).toEqual(['le rapport n’est pas un objet JSON'])
  })
})

describe('the empty deck', () => {
  it('has two slides, local fonts and favicon, and the slide-state probe the measures read', () => {
    const deck = parseSync(BASELINE_FILES['slides.md'], 'slides.md')
    expect(deck.slides).toHaveLength(2)
    expect(deck.slides[0].frontmatter).toMatchObject({ fonts: { provider: 'none' }, favicon: './favicon.svg', routerMode: 'hash' })
    expect(deck.slides[0].frontmatter).not.toHaveProperty('addons')
    expect(BASELINE_FILES['slide-bottom.vue']).toContain('data-testid="slide-state"')
  })
})
