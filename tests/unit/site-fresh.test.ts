// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { afterAll, describe, expect, it } from 'vitest'
import { whySiteStale } from '../../node/site-fresh.ts'
import { DECKS } from '../../shared/course.ts'

const dist = mkdtempSync(`${tmpdir()}/course-dist-`)
afterAll(() => rmSync(dist, { recursive: true, force: true }))

describe('whySiteStale (npm start builds only when it must)', () => {
  it('names the chapters not built yet', () => {
    writeFileSync(`${dist}/index.html`, '')
    mkdirSync(`${dist}/02-containerd`)
    writeFileSync(`${dist}/02-containerd/index.html`, '')
    expect(whySiteStale(dist)).toMatch(/^chapitres non construits : 00-runtimes-et-cri, 01-comprendre-les-runtimes, 03-cri-o/)
  })
  it('says which source changed since the build, and nothing once the build is newer', () => {
    for (const d of DECKS) {
      mkdirSync(`${dist}/${d.slug}`, { recursive: true })
      writeFileSync(`${dist}/${d.slug}/index.html`, '')
    }
    const old = new Date('2000-01-01')
    for (const d of DECKS)
      utimesSync(`${dist}/${d.slug}/index.html`, old, old)
    expect(whySiteStale(dist)).toMatch(/modifié depuis la dernière construction$/)
    const future = new Date(Date.now() + 3600_000)
    for (const d of DECKS)
      utimesSync(`${dist}/${d.slug}/index.html`, future, future)
    expect(whySiteStale(dist)).toBeUndefined()
  })
})
