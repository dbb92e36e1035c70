// The pure side of `npm run bench`: the report's shape, ratios against the empty deck,
// the targets, the table printed for a person, and how cost grows with the number of decks.

/** The targets, as ratios against the empty deck measured in the same run (click: absolute). */
export const TARGETS = {
  firstSlide: 1.15,
  jsBeforePaint: 1.2,
  exportPerPage: 1.3,
  /** The reading page's first paint against the deck's first slide, on the throttled connection. */
  readingVsDeck: 0.5,
  clickToPaintMs: 100,
} as const

/** The empty deck every figure is compared with: built by the bench in a temporary folder. */
export const BASELINE_SLUG = 'deck-vide'

/**
 * Its files: two slides with the same Slidev and theme, fonts and favicon kept local as in the
 * course's decks (nothing may leave the machine), and a one-element probe that exposes the
 * slide state, read by the measures exactly as on the course's decks.
 */
export const BASELINE_FILES: Record<string, string> = {
  'slides.md': `---
title: Deck vide
fonts:
  provider: none
favicon: ./favicon.svg
routerMode: hash
---

# Deck vide

---

# Deuxième diapositive
`,
  'slide-bottom.vue': `<script setup lang="ts">
import { useSlideContext } from '@slidev/client'

const { $slidev, $page, $clicksContext } = useSlideContext()
</script>

<template>
  <span data-testid="slide-state" hidden :data-page="$page" :data-total="$slidev.nav.total" :data-clicks="$clicksContext.current" :data-clicks-total="$clicksContext.total" />
</template>
`,
}

/** Everything measured for one deck (or for the empty deck that is the baseline). */
export interface DeckFigures {
  slug: string
  slides: number
  /** Cold loads, each in a fresh browser context: ms to the first frame with slide 1. */
  firstSlideMs: number[]
  /** JavaScript bytes fetched before slide 1 painted (median over the loads). */
  jsBeforePaint: number
  /** The JavaScript files fetched before slide 1 painted, in the load that waited for idle. */
  scriptsBeforePaint: { name: string, bytes: number }[]
  /** JavaScript bytes fetched once every slide is preloaded and the network is quiet. */
  jsAfterIdle: number
  /** `slidev build` of this deck alone, wall time. */
  buildMs: number
  /** Drawing then printing one page (slide or click state), averaged over the deck's pages; median of the exports. */
  exportPerPageMs: number
  exportPages: number
  /** The whole export of the deck: slide PDF, steps PDF and handout; median of the exports. */
  exportMs: number
  /** Click states reached with →, and the slowest key press to painted frame at presenter pace (each state at its median over the walks). */
  clickStates: number
  slowestClickMs: number
  /** Where the slowest click lands: `slide.click`. */
  slowestClickAt: string
  /** The same walk with each key pressed as soon as the previous state painted (not a target). */
  slowestRushedClickMs: number
  slowestRushedClickAt: string
}

/** A deck's reading page against the deck itself, on the throttled connection (THROTTLED). */
export interface ReadingFigures {
  slug: string
  /** First contentful paint of lecture/<slug>/, ms, one per load. */
  readingFirstPaintMs: number[]
  /** First frame with slide 1 of the deck, ms, one per load. */
  deckFirstSlideMs: number[]
}

export interface ScalingRun {
  decks: number
  slides: number
  ms: number
}

export interface BenchReport {
  version: 1
  date: string
  machine: { node: string, chromium: string, cpus: number, platform: string }
  loads: number
  baseline: DeckFigures
  decks: DeckFigures[]
  scaling: { build: ScalingRun[], export: ScalingRun[] }
  /** Reading pages on a throttled connection; absent from reports made before they existed. */
  reading?: ReadingFigures[]
  verdicts: Verdict[]
}

export interface Verdict {
  slug: string
  measure: 'firstSlide' | 'jsBeforePaint' | 'exportPerPage' | 'clickToPaintMs'
  value: number
  limit: number
  ok: boolean
}

export function median(values: readonly number[]): number {
  if (!values.length)
    throw new Error('médiane d’une liste vide')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** One key press of a walk: the click state it reached, and the ms to the painted frame. */
export interface TimedState { state: { page: number, clicks: number }, ms: number }

/**
 * The slowest click state of a deck over several walks, each state taken at its median: a state
 * slow in every walk decides, a pause of the machine during one walk does not. The walks must
 * have gone through the same states in the same order.
 */
export function slowestTypical(walks: readonly (readonly TimedState[])[]): TimedState & { worstMs: number } {
  if (!walks.length)
    throw new Error('aucun parcours à comparer')
  const order = (walk: readonly TimedState[]) => walk.map(t => `${t.state.page}.${t.state.clicks}`).join(' ')
  const first = order(walks[0])
  for (const walk of walks) {
    if (order(walk) !== first)
      throw new Error(`les parcours n’ont pas suivi les mêmes états (${walks[0].length} contre ${walk.length})`)
  }
  // A one-slide deck has no key to press: nothing was slow.
  const typical = walks[0].map((t, i) => ({ state: t.state, ms: median(walks.map(w => w[i].ms)) }))
  const slowest = typical.reduce((a, b) => (b.ms > a.ms ? b : a), { state: { page: 1, clicks: 0 }, ms: 0 })
  return { ...slowest, worstMs: Math.max(0, ...walks.flat().map(t => t.ms)) }
}

export function ratio(value: number, base: number): number {
  return base > 0 ? value / base : Number.NaN
}

/** Each deck against each target. */
export function verdicts(baseline: DeckFigures, decks: readonly DeckFigures[]): Verdict[] {
  return decks.flatMap((d) => {
    const measured: [Verdict['measure'], number][] = [
      ['firstSlide', ratio(median(d.firstSlideMs), median(baseline.firstSlideMs))],
      ['jsBeforePaint', ratio(d.jsBeforePaint, baseline.jsBeforePaint)],
      ['exportPerPage', ratio(d.exportPerPageMs, baseline.exportPerPageMs)],
      ['clickToPaintMs', d.slowestClickMs],
    ]
    return measured.map(([measure, value]) => ({ slug: d.slug, measure, value, limit: TARGETS[measure], ok: value <= TARGETS[measure] }))
  })
}

/**
 * Least squares fit of time against slide count over the scaling runs: `onceMs` is what
 * a run pays whatever its size, `perSlideMs` what each slide adds. Null with fewer than two sizes.
 */
export function linearFit(runs: readonly ScalingRun[]): { onceMs: number, perSlideMs: number } | null {
  const xs = runs.map(r => r.slides)
  if (new Set(xs).size < 2)
    return null
  const n = runs.length
  const mx = xs.reduce((a, b) => a + b, 0) / n
  const my = runs.reduce((a, r) => a + r.ms, 0) / n
  const sxy = runs.reduce((a, r) => a + (r.slides - mx) * (r.ms - my), 0)
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0)
  const perSlideMs = sxy / sxx
  return { onceMs: my - perSlideMs * mx, perSlideMs }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} Ko`
const times = (value: number) => `${value.toFixed(2)}×`

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map(r => r[i].length)))
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
  return [line(rows[0]), `|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n')
}

/** The table a person reads: each figure, and its ratio against the empty deck. */
export function formatReport(report: BenchReport): string {
  const base = report.baseline
  const header = ['Deck', 'Diapos', '1re diapo peinte', 'JS avant peinture', 'JS après repos', 'Construction', 'Export par page', 'Clic → image (pire)', 'Clics en rafale (pire)']
  const row = (d: DeckFigures, isBase: boolean) => [
    d.slug,
    String(d.slides),
    `${median(d.firstSlideMs).toFixed(0)} ms${isBase ? '' : ` (${times(ratio(median(d.firstSlideMs), median(base.firstSlideMs)))})`}`,
    `${kb(d.jsBeforePaint)}${isBase ? '' : ` (${times(ratio(d.jsBeforePaint, base.jsBeforePaint))})`}`,
    `${kb(d.jsAfterIdle)}${isBase ? '' : ` (${times(ratio(d.jsAfterIdle, base.jsAfterIdle))})`}`,
    `${(d.buildMs / 1000).toFixed(1)} s${isBase ? '' : ` (${times(ratio(d.buildMs, base.buildMs))})`}`,
    `${d.exportPerPageMs.toFixed(0)} ms${isBase ? '' : ` (${times(ratio(d.exportPerPageMs, base.exportPerPageMs))})`}`,
    d.clickStates ? `${d.slowestClickMs.toFixed(0)} ms (${d.slowestClickAt})` : '–',
    d.clickStates ? `${d.slowestRushedClickMs.toFixed(0)} ms (${d.slowestRushedClickAt})` : '–',
  ]
  const parts = [table([header, row(base, true), ...report.decks.map(d => row(d, false))])]

  const scale = (label: string, runs: ScalingRun[]) => {
    if (!runs.length)
      return ''
    const fit = linearFit(runs)
    const sizes = runs.map(r => `${r.decks} deck${r.decks > 1 ? 's' : ''} (${r.slides} diapos) : ${(r.ms / 1000).toFixed(1)} s`).join(' ; ')
    return `${label} : ${sizes}${fit ? `\n  → payé une fois ≈ ${(fit.onceMs / 1000).toFixed(1)} s, puis ≈ ${(fit.perSlideMs / 1000).toFixed(2)} s par diapositive` : ''}`
  }
  parts.push([scale('Construction', report.scaling.build), scale('Export PDF', report.scaling.export)].filter(Boolean).join('\n'))
  if (report.reading?.length)
    parts.push(formatReading(report.reading))

  const labels: Record<Verdict['measure'], string> = {
    firstSlide: '1re diapo peinte',
    jsBeforePaint: 'JS avant peinture',
    exportPerPage: 'export par page',
    clickToPaintMs: 'clic → image',
  }
  const missed = report.verdicts.filter(v => !v.ok)
  parts.push(missed.length
    ? `Objectifs manqués :\n${missed.map(v => `  ✗ ${v.slug} : ${labels[v.measure]} ${v.measure === 'clickToPaintMs' ? `${v.value.toFixed(0)} ms > ${v.limit} ms` : `${times(v.value)} > ${times(v.limit)}`}`).join('\n')}`
    : `✓ Objectifs tenus par les ${report.decks.length} decks (1re diapo ≤ ${times(TARGETS.firstSlide)}, JS avant peinture ≤ ${times(TARGETS.jsBeforePaint)}, export par page ≤ ${times(TARGETS.exportPerPage)}, clic → image ≤ ${TARGETS.clickToPaintMs} ms).`)
  return parts.join('\n\n')
}

/** Reading page against deck on the throttled connection; the target is half the deck's time at most. */
export function formatReading(rows: readonly ReadingFigures[]): string {
  const header = ['Deck', 'Page de lecture, 1re peinture', '1re diapo du deck', 'Rapport']
  const body = rows.map((r) => {
    const [reading, deck] = [median(r.readingFirstPaintMs), median(r.deckFirstSlideMs)]
    const share = ratio(reading, deck)
    return [r.slug, `${reading.toFixed(0)} ms`, `${deck.toFixed(0)} ms`, `${share.toFixed(2)} ${share <= TARGETS.readingVsDeck ? '✓' : '✗'}`]
  })
  return `Connexion bridée (150 ms aller-retour, 1,6 Mbit/s), médianes ; objectif : page de lecture ≤ ${TARGETS.readingVsDeck} × deck\n${table([header, ...body])}`
}

/** What is wrong with a report read back from disk; empty when it is sound. */
export function reportProblems(value: unknown): string[] {
  const problems: string[] = []
  const r = value as Partial<BenchReport> | null
  if (!r || typeof r !== 'object')
    return ['le rapport n’est pas un objet JSON']
  if (r.version !== 1)
    problems.push(`version ${String(r.version)} au lieu de 1`)
  if (typeof r.date !== 'string' || Number.isNaN(Date.parse(r.date)))
    problems.push('date absente ou illisible')
  if (!Number.isInteger(r.loads) || (r.loads ?? 0) < 1)
    problems.push('nombre de chargements absent')
  const positive = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0
  const checkDeck = (d: Partial<DeckFigures> | undefined, where: string) => {
    if (!d || typeof d.slug !== 'string') {
      problems.push(`${where} : deck sans nom`)
      return
    }
    if (!Array.isArray(d.firstSlideMs) || d.firstSlideMs.length !== r.loads || !d.firstSlideMs.every(positive))
      problems.push(`${d.slug} : il faut ${String(r.loads)} temps de 1re diapo positifs`)
    for (const key of ['slides', 'jsBeforePaint', 'jsAfterIdle', 'buildMs', 'exportPerPageMs', 'exportPages', 'exportMs'] as const) {
      if (!positive(d[key]))
        problems.push(`${d.slug} : ${key} manquant ou nul`)
    }
    if (!Array.isArray(d.scriptsBeforePaint) || !d.scriptsBeforePaint.length)
      problems.push(`${d.slug} : liste des fichiers JS d’avant la 1re peinture absente`)
    if ((d.jsAfterIdle ?? 0) < (d.jsBeforePaint ?? 0))
      problems.push(`${d.slug} : moins de JS après repos qu’avant la 1re peinture`)
    if (!Number.isInteger(d.clickStates) || (d.clickStates ?? -1) < 0 || (d.clickStates && !(positive(d.slowestClickMs) && positive(d.slowestRushedClickMs))))
      problems.push(`${d.slug} : mesure des clics incomplète`)
  }
  checkDeck(r.baseline, 'référence')
  if (!Array.isArray(r.decks) || !r.decks.length)
    problems.push('aucun deck mesuré')
  else
    r.decks.forEach((d, i) => checkDeck(d, `deck ${i + 1}`))
  for (const kind of ['build', 'export'] as const) {
    const runs = r.scaling?.[kind]
    if (!Array.isArray(runs) || !runs.length || !runs.every(x => positive(x.decks) && positive(x.slides) && positive(x.ms)))
      problems.push(`croissance (${kind}) absente ou incomplète`)
  }
  if (!Array.isArray(r.verdicts) || r.verdicts.length !== 4 * (r.decks?.length ?? 0))
    problems.push('verdicts absents : quatre par deck')
  return problems
}
