import type { BenchReport } from '../../node/bench.ts'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import process from 'node:process'
import { beforeAll, describe, expect, it } from 'vitest'
import { BASELINE_SLUG, reportProblems } from '../../node/bench.ts'
import { DIST_DIR, ROOT } from '../../node/paths.ts'

// The benchmark end to end on a tiny input: one three-slide deck, one load, one scaling size.
// Only that it runs and writes a sound report is checked here: timings have no place in tests.
const OUT = `${ROOT}tests/.output/bench/report.json`
const benchDirs = () => readdirSync(tmpdir()).filter(d => d.startsWith('runtimes-cri-bench-'))

function bench(args: string[]) {
  return spawnSync(process.execPath, [`${ROOT}scripts/bench.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, COURSE_SLIDES_DIR: `${ROOT}tests/fixtures/bench` },
  })
}

describe('npm run bench, on a tiny deck', () => {
  let result: ReturnType<typeof bench>
  let report: BenchReport
  let builtBefore: number
  let dirsBefore: string[]

  beforeAll(() => {
    rmSync(OUT, { force: true })
    builtBefore = statSync(`${DIST_DIR}/02-containerd/index.html`).mtimeMs
    dirsBefore = benchDirs()
    result = bench(['02', '--loads', '1', '--exports', '2', '--walks', '2', '--scaling', '1', '--out', OUT])
    if (existsSync(OUT))
      report = JSON.parse(readFileSync(OUT, 'utf8')) as BenchReport
  })

  it('runs to the end and writes a report that validates', () => {
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(reportProblems(report)).toEqual([])
  })

  it('measures the empty deck and the deck side by side', () => {
    expect(report.baseline).toMatchObject({ slug: BASELINE_SLUG, slides: 2, clickStates: 1 })
    // 3 slides, the last with a two-step timeline: 1 + 1 + 3 states, so 4 key presses.
    expect(report.decks).toEqual([expect.objectContaining({ slug: '02-containerd', slides: 3, clickStates: 4, exportPages: 3 + 5 })])
    expect(report.verdicts.map(v => v.measure)).toEqual(['firstSlide', 'jsBeforePaint', 'exportPerPage', 'clickToPaintMs'])
    expect(report.scaling.build).toEqual([expect.objectContaining({ decks: 1, slides: 3 })])
    expect(report.scaling.export).toEqual([expect.objectContaining({ decks: 1, slides: 3 })])
  })

  it('fetches the mermaid diagram of slide 2 after the first slide is painted, not before', () => {
    const [deck] = report.decks
    expect(deck.scriptsBeforePaint.length).toBeGreaterThan(0)
    // Bytes, not times: mermaid is about 1 MB of JavaScript, and none of it comes before the paint.
    expect(deck.jsAfterIdle - deck.jsBeforePaint).toBeGreaterThan(500_000)
    expect(deck.jsBeforePaint).toBeLessThan(report.baseline.jsBeforePaint * 1.2)
  })

  it('prints the table of ratios against the empty deck', () => {
    expect(result.stdout).toMatch(/\| deck-vide +\| 2 +\|/)
    expect(result.stdout).toMatch(/\| 02-containerd +\| 3 +\| \d+ ms \(\d+\.\d\d×\)/)
    expect(result.stdout).toContain(`Rapport : ${OUT}`)
  })

  it('works in a temporary folder that it removes, and leaves dist/ alone', () => {
    expect(benchDirs()).toEqual(dirsBefore)
    expect(statSync(`${DIST_DIR}/02-containerd/index.html`).mtimeMs).toBe(builtBefore)
  })

  it('refuses a number of loads that is not a positive integer, and says why', () => {
    const refused = bench(['02', '--loads', '0'])
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('--loads attend un entier ≥ 1 (reçu « 0 »)')
  })

  it('refuses a number of exports that is not a positive integer, and says why', () => {
    const refused = bench(['02', '--exports', '1.5'])
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('--exports attend un entier ≥ 1 (reçu « 1.5 »)')
  })

  it('refuses a number of walks that is not a positive integer, and says why', () => {
    const refused = bench(['02', '--walks', 'deux'])
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('--walks attend un entier ≥ 1 (reçu « deux »)')
  })
})
